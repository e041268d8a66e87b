/**
 * The two preview servers of the bench (bench/playwright.bench.config.ts starts both, on the same
 * production build): plain HTTP/1.1 as `npm start` serves it, on BENCH_PORT, and HTTPS, which Vite
 * serves with HTTP/2 as every HTTPS host does, on BENCH_PORT + 1 (bench/vite.https.config.ts).
 */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4181);
export const HTTP_ORIGIN = `http://localhost:${BENCH_PORT}`;
export const HTTPS_PORT = BENCH_PORT + 1;
export const HTTPS_ORIGIN = `https://localhost:${HTTPS_PORT}`;
