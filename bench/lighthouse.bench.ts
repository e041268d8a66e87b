/**
 * Lighthouse 12 with its mobile defaults (Moto G Power viewport, simulated 4G and 4× CPU slowdown)
 * against the production build in Debian's Chromium, several runs per route. Targets (issue 18):
 * performance ≥ 98, accessibility 100, best practices 100. The project page needs a stored project:
 * it is seeded on /robots.txt (same origin, no script or cache of the app) and the run keeps storage.
 */
import { chromium, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from '../e2e/harness/browser.ts';
import { recordRuns } from './report.ts';
import { answeredProjectSeed, BENCH_PROJECT_ID } from './seed.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ROUTES = ['/', '/checklist', '/turn', '/coturn', `/projects/${BENCH_PROJECT_ID}`];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;

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

async function audit(url: string, keepStorage: boolean): Promise<Run> {
  const chromePath = chromiumExecutable();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
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

for (const route of ROUTES) {
  const label = route.startsWith('/projects/') ? '/projects/:id' : route;
  test(`Lighthouse (mobile) on ${label}`, async ({ baseURL }) => {
    test.setTimeout(120_000 * RUNS);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(`${baseURL}${route}`, route.startsWith('/projects/')));
    for (const [id, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, number][]) {
      recordRuns({ name: `lighthouse ${label}: ${id}`, unit: 'pts', atLeast: target }, runs.map((r) => r.scores[id]));
    }
    recordRuns({ name: `lighthouse ${label}: first contentful paint`, unit: 'ms' }, runs.map((r) => r.fcp));
    recordRuns({ name: `lighthouse ${label}: largest contentful paint`, unit: 'ms' }, runs.map((r) => r.lcp));
    recordRuns({ name: `lighthouse ${label}: total blocking time`, unit: 'ms' }, runs.map((r) => r.tbt));
  });
}
