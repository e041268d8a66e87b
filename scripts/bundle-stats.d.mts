export declare const INITIAL_JS_BUDGET_KB: number;
export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  code: string;
}
export declare function initialChunks(distDir?: string): Chunk[];
export declare function allChunks(distDir?: string): Omit<Chunk, 'code'>[];
