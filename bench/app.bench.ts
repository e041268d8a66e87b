import type { Request } from '@playwright/test';
import { test, expect, type Page } from './fixtures.ts';
import { BENCH_PROJECT_ID, BENCH_PROJECT_NAME, seedAnsweredProject } from './seed.ts';
import { initialChunks, INITIAL_JS_BUDGET_KB, ROUTE_JS_BUDGETS_KB } from '../scripts/bundle-stats.mjs';
import { record, recordRuns } from './report.ts';

test('initial JavaScript weight', () => {
  const chunks = initialChunks('dist');
  const kb = chunks.reduce((s, c) => s + c.gzipBytes, 0) / 1024;
  record({ name: 'initial JS (gzip)', value: kb, unit: 'KB', budget: INITIAL_JS_BUDGET_KB, detail: `${chunks.length} file(s)` });
  expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});

test('full page load of the home page (empty storage)', async ({ page }) => {
  const fcp: number[] = [];
  const mounted: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('/about');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    // The heading is in the prerendered HTML: wait for the mount mark itself (React hydrated the page).
    await page.waitForFunction(() => performance.getEntriesByName('projects:home-mount').length > 0);
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      // Set by the home page when it mounts (hydrated, after its scripts loaded).
      mount: performance.getEntriesByName('projects:home-mount').at(-1)?.startTime ?? NaN,
    }));
    fcp.push(t.fcp);
    mounted.push(t.mount);
  }
  recordRuns({ name: 'home (full load, desktop): navigation start → first contentful paint', unit: 'ms' }, fcp);
  recordRuns({ name: 'home (full load, desktop): navigation start → home page mounted', unit: 'ms' }, mounted);
});

test('checklist page: all items rendered after client-side navigation', async ({ page }) => {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('/about');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
    await page.locator('main li.item-row').last().waitFor();
    const t1 = await page.evaluate(() => performance.now());
    samples.push(t1 - t0);
  }
  const count = await page.locator('main li.item-row').count();
  recordRuns({ name: `checklist: click → all ${count} items rendered (incl. lazy chunk load, polling)`, unit: 'ms' }, samples);
});

test('checklist page: search narrows the list', async ({ page }) => {
  await page.goto('/checklist');
  await page.locator('main li.item-row').last().waitFor();
  const samples: number[] = [];
  for (const q of ['turn', 'recording', 'coturn', 'janus', 'credentials', 'signaling', 'srtp']) {
    await page.getByLabel('Search checklist').fill('');
    await page.locator('main li.item-row').nth(100).waitFor();
    const t0 = await page.evaluate(() => performance.now());
    await page.getByLabel('Search checklist').fill(q);
    await page.waitForFunction(() => document.querySelectorAll('main li.item-row').length < 100);
    samples.push((await page.evaluate(() => performance.now())) - t0);
  }
  recordRuns({ name: 'checklist: type a search → filtered list (incl. polling)', unit: 'ms' }, samples);
});

/** Every script the page requested until the network went idle, gzipped from dist/. */
async function scriptsFor(page: Page, route: string): Promise<{ kb: number; files: number }> {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const scripts = new Set<string>();
  const onRequest = (r: Request) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto(route);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The project figure must be the project's page, not "Project not found" (the id once was wrong).
  if (route.startsWith('/projects/')) await page.getByRole('heading', { level: 1, name: BENCH_PROJECT_NAME }).waitFor();
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const kb = [...scripts].reduce((sum, p) => sum + gzipSync(readFileSync(`dist${p}`)).length, 0) / 1024;
  return { kb, files: scripts.size };
}

test('JavaScript transferred to show each main route (entry + lazy chunks, gzip)', async ({ page }) => {
  await seedAnsweredProject(page);
  for (const route of ['/', '/checklist', '/turn', '/coturn', `/projects/${BENCH_PROJECT_ID}`]) {
    // Fresh page per route: the in-memory module cache would otherwise hide shared chunks.
    const fresh = await page.context().newPage();
    const { kb, files } = await scriptsFor(fresh, route);
    await fresh.close();
    const budget = ROUTE_JS_BUDGETS_KB[route as keyof typeof ROUTE_JS_BUDGETS_KB];
    const label = route.startsWith('/projects/') ? '/projects/:id' : route;
    record({ name: `JS for ${label} (all scripts loaded, gzip; with one stored project)`, value: kb, unit: 'KB', ...(budget ? { budget } : {}), detail: `${files} files` });
  }
});
