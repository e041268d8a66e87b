import { paths } from '@/config/paths';
import { decodePath, matchPattern, type RouteParams } from '@/lib/route-match';
import { useLocation } from '@/lib/router';
import { Layout } from './layout';
import { lazyRoute, type PreloadableRoute } from './lazy-route';
import { RouteParamsContext } from './route-params';

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
 * (React Router's ranking gave the same order for these patterns; router.test.ts checks every one).
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

/** The route for `pathname` and its URL parameters (the `*` route matches everything). */
export function matchRoute(pathname: string): { route: AppRoute; params: RouteParams } {
  const decoded = decodePath(pathname);
  for (const route of ROUTES) {
    const params = matchPattern(route.path, decoded);
    if (params) return { route, params };
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
