/**
 * Lighthouse 12 with its mobile defaults (Moto G Power viewport, simulated 4G and 4× CPU slowdown)
 * against the production build in Debian's Chromium, several runs per route. Targets (issue 18):
 * performance ≥ 98, accessibility 100, best practices 100. The project page needs a stored project:
 * it is seeded on /robots.txt (same origin, no script or cache of the app) and the run keeps storage.
 *
 * The routes are audited as the app is deployed (README, "Deploy"): over HTTPS, hence HTTP/2, from
 * the second preview server (bench/servers.ts) with its throwaway certificate. A page loads ~40 small
 * module files in parallel; over HTTP/1.1 lantern queues them six at a time, one simulated round trip
 * per wave, which is not what a visitor of an HTTPS host gets. The project page over HTTP/1.1 (the
 * `npm start` server) is recorded beside it, without a budget, so the difference stays visible. Each
 * run checks that the origin's requests used the protocol its figure names.
 */
import { chromium, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from '../e2e/harness/browser.ts';
import { protocolProblems, type NetworkRequest } from './protocol.ts';
import { recordRuns } from './report.ts';
import { answeredProjectSeed, BENCH_PROJECT_ID } from './seed.ts';
import { HTTP_ORIGIN, HTTPS_ORIGIN } from './servers.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PROJECT_ROUTE = `/projects/${BENCH_PROJECT_ID}`;
const ROUTES = ['/', '/checklist', '/turn', '/coturn', PROJECT_ROUTE];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;
const HTTPS_HTTP2 = { origin: HTTPS_ORIGIN, protocol: 'h2', detail: 'HTTPS, HTTP/2' } as const;
const HTTP1 = { origin: HTTP_ORIGIN, protocol: 'http/1.1', detail: 'plain HTTP/1.1 (npm start), no budget' } as const;
type Server = typeof HTTPS_HTTP2 | typeof HTTP1;

interface Run {
  scores: Record<keyof typeof TARGETS, number>;
  fcp: number;
  lcp: number;
  tbt: number;
}

async function seedStorage(port: number, url: string): Promise<void> {
  const origin = new URL(url).origin;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
  const { key, value } = answeredProjectSeed();
  await page.goto(`${origin}/robots.txt`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
  await page.close();
  await browser.close();
}

async function audit(server: Server, route: string): Promise<Run> {
  const url = `${server.origin}${route}`;
  const keepStorage = route === PROJECT_ROUTE;
  const chromePath = chromiumExecutable();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    // The HTTPS server's certificate is self-signed (bench/vite.https.config.ts).
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--ignore-certificate-errors'],
  });
  try {
    if (keepStorage) await seedStorage(chrome.port, url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
      disableStorageReset: keepStorage,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: keyof typeof TARGETS) => Math.round((categories[id]?.score ?? NaN) * 100);
    const ms = (id: string) => audits[id]?.numericValue ?? NaN;
    const requests = (audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
    const wrongProtocol = protocolProblems(requests, server.origin, server.protocol);
    if (wrongProtocol.length) throw new Error(`Lighthouse on ${url}: ${wrongProtocol.slice(0, 3).join('; ')}`);
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
    };
  } finally {
    await chrome.kill();
  }
}

const labelOf = (route: string) => (route === PROJECT_ROUTE ? '/projects/:id' : route);

async function runs(server: Server, route: string): Promise<Run[]> {
  const all: Run[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await audit(server, route));
  return all;
}

for (const route of ROUTES) {
  const label = labelOf(route);
  test(`Lighthouse (mobile) on ${label}`, async () => {
    test.setTimeout(120_000 * RUNS);
    const results = await runs(HTTPS_HTTP2, route);
    const detail = HTTPS_HTTP2.detail;
    // The names are the budgets' (bench/budgets.ts); the detail says which protocol.
    for (const [id, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, number][]) {
      recordRuns({ name: `lighthouse ${label}: ${id}`, unit: 'pts', atLeast: target, detail }, results.map((r) => r.scores[id]));
    }
    recordRuns({ name: `lighthouse ${label}: first contentful paint`, unit: 'ms', detail }, results.map((r) => r.fcp));
    recordRuns({ name: `lighthouse ${label}: largest contentful paint`, unit: 'ms', detail }, results.map((r) => r.lcp));
    recordRuns({ name: `lighthouse ${label}: total blocking time`, unit: 'ms', detail }, results.map((r) => r.tbt));
  });
}

test(`Lighthouse (mobile) on ${labelOf(PROJECT_ROUTE)} over HTTP/1.1`, async () => {
  test.setTimeout(120_000 * RUNS);
  const results = await runs(HTTP1, PROJECT_ROUTE);
  const name = `lighthouse ${labelOf(PROJECT_ROUTE)} over HTTP/1.1`;
  recordRuns({ name: `${name}: performance`, unit: 'pts', detail: HTTP1.detail }, results.map((r) => r.scores.performance));
  recordRuns({ name: `${name}: largest contentful paint`, unit: 'ms', detail: HTTP1.detail }, results.map((r) => r.lcp));
});
