/**
 * The pages the build prerenders to static HTML (vite.config.ts, prerender plugin; src/entry-server.tsx)
 * and which file answers which URL: the preview server (`npm start`), the service worker and any host
 * (README, "Deploy") map a request the same way, with `htmlFileFor`. Every other URL gets the SPA shell,
 * which renders on the client (the 404 page among them).
 *
 * Each prerendered page holds only what does not depend on the browser: no stored projects (the home
 * page's empty state, a project page skeleton), no query string, no saved TURN URLs or results.
 * src/main.tsx hydrates that HTML when it was rendered for the current URL and renders afresh otherwise.
 */
import { paths } from './paths';
import { routePattern } from './route-pattern';

export interface PrerenderedPage {
  /** The route pattern the HTML was rendered for (`data-page` on #root). */
  readonly route: string;
  /** The URL rendered at build time. */
  readonly url: string;
  /** The file in dist/ (also its URL, with a leading slash). */
  readonly file: string;
  /** The route module (src/app/routes/<module>.tsx) whose chunk the page preloads. */
  readonly module: string;
  /**
   * The page's content is in its HTML: its scripts only make it interactive, so the HTML asks for them
   * after its first paint (scripts/boot.template.js). False for the project skeleton, whose content (the
   * stored project) needs the scripts: it requests them at once, at low fetch priority, so the styles
   * and the skeleton still paint first.
   */
  readonly contentInHtml: boolean;
}

export const PRERENDERED_PAGES: readonly PrerenderedPage[] = [
  { route: paths.home.path, url: paths.home.getHref(), file: 'index.html', module: 'home', contentInHtml: true },
  { route: paths.checklist.path, url: paths.checklist.getHref(), file: 'checklist/index.html', module: 'checklist', contentInHtml: true },
  { route: paths.turn.path, url: paths.turn.getHref(), file: 'turn/index.html', module: 'turn', contentInHtml: true },
  { route: paths.coturn.path, url: paths.coturn.getHref(), file: 'coturn/index.html', module: 'coturn', contentInHtml: true },
  { route: paths.about.path, url: paths.about.getHref(), file: 'about/index.html', module: 'about', contentInHtml: true },
  // The project page skeleton answers every `/projects/<id>` (the id is never in the HTML).
  { route: paths.project.pagePath, url: paths.project.getHref('_'), file: 'projects/project.html', module: 'project', contentInHtml: false },
];

/** The client-rendered shell: the template with an empty #root. */
export const SHELL_FILE = 'shell.html';

/**
 * Which pathnames each page answers, as regular expression sources (a trailing slash allowed, as React
 * Router allows it): also written into the service worker, which maps navigations with the same table.
 */
export function pageUrlPatterns(): [pattern: string, file: string][] {
  return PRERENDERED_PAGES.map((p) => [routePattern(p.route), p.file]);
}

/** The prerendered page for a pathname, or null when the shell answers it. */
export function prerenderedPageFor(pathname: string): PrerenderedPage | null {
  return PRERENDERED_PAGES.find((p) => new RegExp(routePattern(p.route)).test(pathname)) ?? null;
}

/** The file in dist/ that answers a navigation to `pathname`. */
export function htmlFileFor(pathname: string): string {
  return prerenderedPageFor(pathname)?.file ?? SHELL_FILE;
}
