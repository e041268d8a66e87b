import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { browserStorage } from '@/lib/storage';
import { checkStoredProjects, watchStoredProjects } from '@/features/projects/persistence/health';
import { useStorageHealth } from '@/features/projects/use-storage-health';

const RecoveryScreen = lazy(() => import('./recovery-screen'));

/**
 * Mounted around every route (src/app/layout.tsx). Checks the stored projects before any page
 * renders (JSON, envelope, version), and again whenever another tab changes them; a wrong shape
 * deeper down is found where projects are read (the store, which reports it to storageHealth).
 * Unreadable data — invalid JSON, wrong shape, a future format version — is copied to the backup
 * key first, then replaces every page with the recovery screen. Kept tiny: it is part of the
 * initial bundle.
 */
export function StorageGuard({ children }: { children: ReactNode }) {
  // The synchronous part runs during the first render, before children can create the store.
  useState(() => checkStoredProjects(browserStorage()));
  const health = useStorageHealth();

  // The app's one storage listener (it checks again on every change by another tab, then lets the
  // store merge). It lives as long as the page: the store relies on it too.
  useEffect(() => {
    watchStoredProjects(browserStorage());
  }, []);

  if (health.corrupt)
    return (
      <Suspense
        fallback={
          <p className="page-loading" role="status">
            Your saved projects could not be read. Loading the recovery options…
          </p>
        }
      >
        <RecoveryScreen corrupt={health.corrupt} />
      </Suspense>
    );
  return children;
}
