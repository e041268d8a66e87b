import { test, expect } from '@playwright/test';
import { initialChunks, INITIAL_JS_BUDGET_KB } from '../scripts/bundle-stats.mjs';
import { median, record } from './report.ts';

test('initial JavaScript weight', () => {
  const chunks = initialChunks('dist');
  const kb = chunks.reduce((s, c) => s + c.gzipBytes, 0) / 1024;
  record({ name: 'initial JS (gzip)', value: kb, unit: 'KB', budget: INITIAL_JS_BUDGET_KB, detail: `${chunks.length} file(s)` });
  expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});

test('first render of the home page', async ({ page }) => {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('/about');
    await page.goto('/', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    samples.push(await page.evaluate(() => performance.now()));
  }
  record({ name: 'home: navigation start → heading visible (median of 7)', value: median(samples), unit: 'ms' });
});
