export declare const INITIAL_JS_BUDGET_KB: number;
export declare const ROUTE_JS_BUDGETS_KB: { readonly '/': number; readonly '/turn': number };
export declare const ROUTE_JS_CEILINGS_KB: { readonly '/': number; readonly '/turn': number };
export declare const ROUTE_CHUNKS: Readonly<Record<'/' | '/checklist' | '/turn' | '/coturn' | '/projects/:id', string>>;
export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  code: string;
}
export declare function initialChunks(distDir?: string): Chunk[];
export declare function routeChunks(route: keyof typeof ROUTE_CHUNKS, distDir?: string): Chunk[];
