import { lazy, type ComponentType } from 'react';

type RouteModule = { default: ComponentType };

export type PreloadableRoute = ComponentType & { preload(): Promise<unknown> };

/**
 * `lazy()` for a route, plus `preload()`: once the module has loaded, the component renders without
 * suspending (the factory then returns a thenable that settles at once, which React.lazy reads
 * synchronously). src/main.tsx preloads the prerendered page's route before hydrating, so the whole
 * page hydrates in one pass and an early click finds its handler.
 */
export function lazyRoute(load: () => Promise<RouteModule>): PreloadableRoute {
  let loaded: RouteModule | undefined;
  let pending: Promise<RouteModule> | undefined;
  const preload = () => (pending ??= load().then((m) => (loaded = m)));
  const settled = (m: RouteModule) => ({ then: (resolve: (value: RouteModule) => void) => resolve(m) }) as unknown as Promise<RouteModule>;
  return Object.assign(lazy(() => (loaded ? settled(loaded) : preload())), { preload });
}
