/**
 * The app's client-side routing: the current location in a context, moved with the History API.
 * It replaces React Router (~5.5 KB gzip on every page), of which the app used only this: no nested
 * routes, loaders or data APIs. What it keeps from React Router, because pages and tests rely on it:
 * navigations commit as transitions (a lazy page's chunk loads while the old page stays on screen,
 * and a controlled input never flicks back), a navigation's `state` lives in `history.state.usr` (so
 * it survives a reload, like React Router's), back/forward re-render through `popstate`, and the
 * server render (src/entry-server.tsx) gets a fixed location with no window access.
 */
import { createContext, startTransition, use, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

export interface AppLocation {
  readonly pathname: string;
  /** `?…` or ''. */
  readonly search: string;
  /** `#…` or ''. */
  readonly hash: string;
  /** What the navigation that led here passed as `state` (null when none). */
  readonly state: unknown;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  readonly replace?: boolean;
  readonly state?: unknown;
}

/** Goes to an app URL (a path, optionally with `?search`/`#hash`, or only `?search` for this page). */
export type NavigateFunction = (to: string, options?: NavigateOptions) => void;

interface Router {
  readonly location: AppLocation;
  readonly navigate: NavigateFunction;
}

const RouterContext = createContext<Router | null>(null);

function useRouter(): Router {
  const router = use(RouterContext);
  if (!router) throw new Error('Routing hooks need a <BrowserRouter> or <StaticRouter> above them.');
  return router;
}

/** The parts of a URL: relative ones resolve against `base` (`?q` keeps the path and drops the hash). */
function parseUrl(to: string, base: string): Omit<AppLocation, 'state'> {
  const url = new URL(to, base);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

function browserLocation(): AppLocation {
  const { pathname, search, hash } = window.location;
  const entry: unknown = window.history.state;
  const state = entry !== null && typeof entry === 'object' && 'usr' in entry ? entry.usr : null;
  return { pathname, search, hash, state: state ?? null };
}

/** The location of the browser tab; `navigate` pushes (or replaces) a history entry. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(browserLocation);
  useLayoutEffect(() => {
    const onPopState = () => startTransition(() => setLocation(browserLocation()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback<NavigateFunction>((to, { replace = false, state = null } = {}) => {
    const { pathname, search, hash } = parseUrl(to, window.location.href);
    window.history[replace ? 'replaceState' : 'pushState']({ usr: state }, '', pathname + search + hash);
    startTransition(() => setLocation(browserLocation()));
  }, []);
  const router = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={router}>{children}</RouterContext>;
}

const refuseNavigation: NavigateFunction = (to) => {
  throw new Error(`Cannot navigate to ${to} while rendering on the server`);
};

/** A fixed location, for rendering a page on the server (src/entry-server.tsx). */
export function StaticRouter({ location, children }: { location: string; children: ReactNode }) {
  const router = useMemo(() => ({ location: { ...parseUrl(location, 'http://localhost'), state: null }, navigate: refuseNavigation }), [location]);
  return <RouterContext value={router}>{children}</RouterContext>;
}

export function useLocation(): AppLocation {
  return useRouter().location;
}

export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

/**
 * The query string of the current URL, and a setter that navigates to this page with another one
 * (dropping the hash, as React Router's did).
 */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: NavigateOptions) => void] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback((next: URLSearchParams, options?: NavigateOptions) => navigate(`?${next.toString()}`, options), [navigate]);
  return [params, setParams];
}

/** Navigates once rendered (a redirect); renders nothing. */
export function Navigate({ to, replace = false, state = null }: { to: string } & NavigateOptions) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace, state }), [navigate, to, replace, state]);
  return null;
}
