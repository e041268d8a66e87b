/**
 * Whether src/main.tsx may hydrate the HTML it finds in #root, or must render afresh. Hydrating needs
 * the first render in the browser to equal the prerendered HTML (src/config/pages.ts): the HTML must
 * have been rendered for this URL, without a query string (filters, views), and the page must not
 * start from other stored state. The projects store needs no check: its hooks give the empty state
 * while React hydrates, and the stored projects right after.
 */
import { routePattern } from '@/config/route-pattern';
import { paths } from '@/config/paths';
import { safeGetItem, STORAGE_KEYS, type StorageLike } from '@/lib/storage';

export interface BrowserStorages {
  readonly local: StorageLike | null;
  readonly session: StorageLike | null;
}

const stored = (storage: StorageLike | null, key: string) => {
  const read = safeGetItem(storage, key);
  return read.ok && read.value !== null;
};

/** Pages whose first render reads more of the browser's storage than the projects store. */
const STARTS_FROM_STORAGE: Readonly<Record<string, (s: BrowserStorages) => boolean>> = {
  // Remembered URLs fill the form; this tab's last results show below it.
  [paths.turn.path]: (s) => stored(s.local, STORAGE_KEYS.turnUrls) || stored(s.session, STORAGE_KEYS.turnResults),
};

export function canHydrate(page: string | undefined, location: Pick<Location, 'pathname' | 'search'>, storages: BrowserStorages): boolean {
  if (page === undefined || location.search !== '') return false;
  // `page` is the route pattern the HTML was rendered for (src/config/pages.ts writes it on #root).
  if (!new RegExp(routePattern(page)).test(location.pathname)) return false;
  return !(STARTS_FROM_STORAGE[page]?.(storages) ?? false);
}
