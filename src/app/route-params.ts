import { createContext, useContext } from 'react';

export type RouteParams = Readonly<Record<string, string | undefined>>;

/** The current route's URL parameters (`:projectId`, `:itemId`), set by `AppRoutes`. */
export const RouteParamsContext = createContext<RouteParams>({});

/** The URL parameters of the matched route, decoded (react-router's `useParams` for our own route table). */
export function useParams(): RouteParams {
  return useContext(RouteParamsContext);
}
