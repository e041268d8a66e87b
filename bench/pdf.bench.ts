import { test, expect, type Page } from './fixtures.ts';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';
import { median, record, recordRuns } from './report.ts';

const RUNS = 7;

/** Clicks a PDF button RUNS + 1 times and returns the render times after the first (chunk and fonts loaded). */
async function renderTimes(page: Page, button: string, what: string, label: string): Promise<number[]> {
  for (let i = 0; i <= RUNS; i++) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    await download;
    await expect(page.getByRole('button', { name: button })).toBeEnabled();
  }
  const all = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), `pdf:${what}`);
  expect(all).toHaveLength(RUNS + 1);
  await recordSizes(page, label);
  return all.slice(1);
}

/** File size before and after the native stream compression (compress-pdf.ts), and its time. */
async function recordSizes(page: Page, label: string): Promise<void> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByName('pdf:compress').map((e) => ({ ms: e.duration, ...((e as PerformanceMeasure).detail as { before: number; after: number }) })),
  );
  await page.evaluate(() => performance.clearMeasures('pdf:compress'));
  const last = entries[entries.length - 1];
  expect(last, 'compression measure').toBeDefined();
  if (!last) return;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  record({ name: `${label}: file size after compression`, value: last.after / 1024, unit: 'KB', detail: `before ${kb(last.before)}, ${(last.before / last.after).toFixed(1)}× smaller` });
  recordRuns({ name: `${label}: compression time (included in the render time)`, unit: 'ms' }, entries.map((e) => e.ms));
}

/** Imports the fully answered project (a note on every item) and opens its page. */
async function openAnsweredProject(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Import project').setInputFiles({
    name: 'project.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeFile(createProjectFile(fullyAnsweredProject(checklist), checklist.version))),
  });
  await page.getByRole('table').getByRole('link', { name: REPORT_PROJECT_NAME, exact: true }).click();
}

test('wall poster render time (A4, blank)', async ({ page }) => {
  await page.goto('/checklist');
  await page.getByLabel('Paper size', { exact: true }).selectOption('a4');
  const label = `poster A4 blank (${checklist.items.length} items)`;
  const times = await renderTimes(page, 'Download wall poster (PDF)', 'poster', label);
  recordRuns({ name: `${label}: render after chunk load`, unit: 'ms', budget: 150 }, times);
  expect(median(times)).toBeLessThanOrEqual(150);
});

test('project report render time (every item answered, a note on each)', async ({ page }) => {
  await openAnsweredProject(page);
  const label = 'project report (all answered, notes)';
  const times = await renderTimes(page, 'Download report (PDF)', 'report', label);
  recordRuns({ name: `${label}: render after chunk load`, unit: 'ms', budget: 300 }, times);
  expect(median(times)).toBeLessThanOrEqual(300);
});

test('executive summary render time (every item answered)', async ({ page }) => {
  await openAnsweredProject(page);
  const label = 'executive summary (one page)';
  const times = await renderTimes(page, 'Download executive summary (PDF)', 'executive summary', label);
  recordRuns({ name: `${label}: render after chunk load`, unit: 'ms', budget: 300 }, times);
  expect(median(times)).toBeLessThanOrEqual(300);
});

test('wall poster render time (A3, filled, owners on open items)', async ({ page }) => {
  await openAnsweredProject(page);
  await page.getByLabel('Paper size', { exact: true }).selectOption('a3');
  const label = 'poster A3 filled (owners on open items)';
  const times = await renderTimes(page, 'Download wall poster (PDF)', 'poster', label);
  recordRuns({ name: `${label}: render after chunk load`, unit: 'ms', budget: 150 }, times);
  expect(median(times)).toBeLessThanOrEqual(150);
});
