/**
 * A route pattern (`/projects/:projectId`) as a regular expression source that matches its pathnames,
 * a trailing slash allowed as React Router allows it. Kept apart from pages.ts: the entry bundle needs
 * only this.
 */
export function routePattern(route: string): string {
  return `^${route.replace(/:\w+/g, '[^/]+').replace(/\/$/, '')}/?$`;
}
