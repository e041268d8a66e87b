import { lazy, type ComponentType } from 'react';
import { matchPath, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { Layout } from './layout';
import { RouteParamsContext, type RouteParams } from './route-params';

// Every page is its own lazy chunk.
const HomePage = lazy(() => import('./routes/home'));
const ProjectPage = lazy(() => import('./routes/project'));
const ProjectOnboardingPage = lazy(() => import('./routes/project-onboarding'));
const OnboardPage = lazy(() => import('./routes/onboard'));
const ProjectBriefPage = lazy(() => import('./routes/project-brief'));
const ChecklistPage = lazy(() => import('./routes/checklist'));
const TurnPage = lazy(() => import('./routes/turn'));
const CoturnPage = lazy(() => import('./routes/coturn'));
const AboutPage = lazy(() => import('./routes/about'));
const NotFoundPage = lazy(() => import('./routes/not-found'));

interface AppRoute {
  readonly path: string;
  readonly Page: ComponentType;
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
