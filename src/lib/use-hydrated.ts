import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the prerendered HTML and while React hydrates it, true from the next render on (and at once
 * on a page rendered in the browser). Parts that depend on the browser (stored data, the locale) render
 * a fixed placeholder until then, so the hydrated tree matches the HTML (src/config/pages.ts).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
