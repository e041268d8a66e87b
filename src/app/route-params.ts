import { createContext, useContext } from 'react';
import type { RouteParams } from '@/lib/route-match';

/** The current route's URL parameters (`:projectId`, `:itemId`), set by `AppRoutes`. */
export const RouteParamsContext = createContext<RouteParams>({});

/** The URL parameters of the matched route, decoded. */
export function useParams(): RouteParams {
  return useContext(RouteParamsContext);
}
