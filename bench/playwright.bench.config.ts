import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/harness/browser.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
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
    baseURL: `http://localhost:${PORT}`,
    // Every spec measures or tests the network as a first visit; e2e/offline.spec.ts allows the service worker.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
