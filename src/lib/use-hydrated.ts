import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the prerendered HTML and while React hydrates it, true from then on (and at once on a page
 * rendered in the browser). Parts that depend on the browser (stored data, the locale) render a fixed
 * placeholder until then, so the hydrated tree matches the HTML (src/config/pages.ts).
 *
 * The switch after hydrating is a transition: React renders the real content in slices that yield to the
 * browser instead of one long task. (useSyncExternalStore alone would tell hydration from a client
 * render, but it re-renders synchronously once hydrated; here it only decides the first value.)
 */
export function useHydrated(): boolean {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
