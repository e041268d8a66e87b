import { Suspense, type ReactNode } from 'react';
import { useLocation } from '@/lib/router';
import { NavLink } from '@/components/ui/link';
import { APP_NAME, paths } from '@/config/paths';
import { StorageGuard } from '@/features/projects/components/storage-guard';
import { ErrorBoundary } from './error-boundary';
import { UpdatePrompt } from './update-prompt';

const NAV = [
  { to: paths.home.getHref(), label: 'Projects', end: true },
  { to: paths.checklist.getHref(), label: 'Checklist', end: false },
  { to: paths.turn.getHref(), label: 'TURN tester', end: false },
  { to: paths.coturn.getHref(), label: 'coturn config', end: false },
  { to: paths.about.getHref(), label: 'About', end: false },
] as const;

/** The page frame around every route: header, navigation, the storage guard and error boundary. */
export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <NavLink to={paths.home.getHref()} className="brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{APP_NAME}</span>
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.end}>
                  {n.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          {/* Unreadable stored projects replace every page with the recovery screen. */}
          <StorageGuard>
            <Suspense
              fallback={
                <p className="page-loading" role="status">
                  Loading…
                </p>
              }
            >
              {children}
            </Suspense>
          </StorageGuard>
        </ErrorBoundary>
      </main>
      <UpdatePrompt />
      <footer className="site-footer">
        <p>
          Runs entirely in your browser. Projects are stored in this browser&rsquo;s local storage;
          nothing is sent anywhere.
        </p>
      </footer>
    </>
  );
}
