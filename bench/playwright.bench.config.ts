import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/harness/browser.ts';
import { BENCH_PORT, HTTP_ORIGIN, HTTPS_ORIGIN, HTTPS_PORT } from './servers.ts';

const executablePath = chromiumExecutable();

/** Benchmarks run one at a time so figures are not skewed by a parallel worker. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  workers: 1,
  timeout: 120_000,
  reporter: [['list'], ['./table-reporter.ts']],
  use: {
    baseURL: HTTP_ORIGIN,
    // Every spec measures or tests the network as a first visit; e2e/offline.spec.ts allows the service worker.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  // The same build twice: as `npm start` serves it (HTTP/1.1) and as it is deployed (HTTPS, so HTTP/2),
  // which Lighthouse measures (bench/lighthouse.bench.ts).
  webServer: [
    {
      command: `npx vite preview --port ${BENCH_PORT} --strictPort`,
      cwd: '..',
      url: HTTP_ORIGIN,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --config bench/vite.https.config.ts --port ${HTTPS_PORT} --strictPort`,
      cwd: '..',
      url: HTTPS_ORIGIN,
      // Its certificate is self-signed, made when the server starts.
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
