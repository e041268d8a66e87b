import { matchPath, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { Layout } from './layout';
import { lazyRoute, type PreloadableRoute } from './lazy-route';
import { RouteParamsContext, type RouteParams } from './route-params';

// Every page is its own lazy chunk.
const HomePage = lazyRoute(() => import('./routes/home'));
const ProjectPage = lazyRoute(() => import('./routes/project'));
const ProjectOnboardingPage = lazyRoute(() => import('./routes/project-onboarding'));
const OnboardPage = lazyRoute(() => import('./routes/onboard'));
const ProjectBriefPage = lazyRoute(() => import('./routes/project-brief'));
const ChecklistPage = lazyRoute(() => import('./routes/checklist'));
const TurnPage = lazyRoute(() => import('./routes/turn'));
const CoturnPage = lazyRoute(() => import('./routes/coturn'));
const AboutPage = lazyRoute(() => import('./routes/about'));
const NotFoundPage = lazyRoute(() => import('./routes/not-found'));

interface AppRoute {
  readonly path: string;
  readonly Page: PreloadableRoute;
}

/**
 * The route table, most specific first: the first pattern that matches the whole path wins
 * (react-router's ranking gives the same order for these patterns; router.test.ts checks every one).
 * Matching is react-router's own `matchPath`, but not its `<Routes>`: that costs ~5 KB gzip on every
 * page for nested routes, loaders and error elements this app does not use.
 */
export const ROUTES: readonly AppRoute[] = [
  { path: paths.home.path, Page: HomePage },
  { path: paths.projectOnboarding.path, Page: ProjectOnboardingPage },
  { path: paths.projectBrief.path, Page: ProjectBriefPage },
  { path: paths.project.path, Page: ProjectPage },
  { path: paths.onboard.path, Page: OnboardPage },
  { path: paths.checklist.path, Page: ChecklistPage },
  { path: paths.checklistItem.path, Page: ChecklistPage },
  { path: paths.turn.path, Page: TurnPage },
  { path: paths.coturn.path, Page: CoturnPage },
  { path: paths.about.path, Page: AboutPage },
  { path: '*', Page: NotFoundPage },
];

/** Decodes each path segment as react-router does before matching (an encoded `/` stays `%2F`). */
function decodePath(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

/** The route for `pathname` and its URL parameters (the `*` route matches everything). */
export function matchRoute(pathname: string): { route: AppRoute; params: RouteParams } {
  const decoded = decodePath(pathname);
  for (const route of ROUTES) {
    const match = matchPath({ path: route.path, caseSensitive: false, end: true }, decoded);
    if (match) return { route, params: match.params };
  }
  throw new Error(`No route matches ${pathname}`);
}

/** Loads the code of the page at `pathname` (src/main.tsx, before hydrating its prerendered HTML). */
export function preloadRoute(pathname: string): Promise<unknown> {
  return matchRoute(pathname).route.Page.preload();
}

export function AppRoutes() {
  const { pathname } = useLocation();
  const { route, params } = matchRoute(pathname);
  return (
    <Layout>
      <RouteParamsContext value={params}>
        <route.Page />
      </RouteParamsContext>
    </Layout>
  );
}
