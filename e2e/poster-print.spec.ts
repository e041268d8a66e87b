import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/projects-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';
import { pdfPageCount, pdfText, renderPagePng, squash } from './harness/pdf';

/** Median height of the words of item titles (poppler's word boxes): the printed title size. */
function titleHeight(file: string): number {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const titleWords = new Set(checklist.items.flatMap((i) => i.title.split(' ')).filter((w) => w.length > 4));
  const heights = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .filter((m) => titleWords.has(m[5]!))
    .map((m) => Number(m[4]) - Number(m[2]))
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

async function poster(page: Page, paper: string, file: string, variant?: string): Promise<string> {
  await page.getByLabel('Paper size', { exact: true }).selectOption({ label: paper });
  if (variant) await page.getByLabel('Poster content').selectOption({ label: variant });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download wall poster (PDF)' }).click()]);
  await download.saveAs(file);
  return download.suggestedFilename();
}

test('the poster text scales with the sheet: A3 titles are larger than A4 titles', async ({ page }, testInfo) => {
  await page.goto('/checklist');
  const a4 = testInfo.outputPath('a4.pdf');
  const a3 = testInfo.outputPath('a3.pdf');
  await poster(page, 'A4', a4);
  await poster(page, 'A3', a3);
  const [h4, h3] = [titleHeight(a4), titleHeight(a3)];
  expect(h4).toBeGreaterThan(8);
  expect(h3).toBeGreaterThan(h4);
  renderPagePng(a3, testInfo.outputPath('poster-a3'), 1, 60);
});

test('the critical and high poster is one A3 sheet with only those items, every title extractable', async ({ page }, testInfo) => {
  await page.goto('/checklist');
  const file = testInfo.outputPath('crit.pdf');
  expect(await poster(page, 'A3', file, 'Critical and high items only')).toBe('webrtc-security-poster-critical-high-a3.pdf');
  expect(pdfPageCount(file)).toBe(1);
  const text = squash(pdfText(file));
  for (const item of checklist.items.filter((i) => i.severity === 'critical' || i.severity === 'high')) expect(text, item.id).toContain(squash(item.title));
  const low = checklist.items.filter((i) => i.severity === 'low');
  expect(low.filter((i) => text.includes(squash(i.title)))).toEqual([]);
  expect(titleHeight(file)).toBeGreaterThan(11);
  renderPagePng(file, testInfo.outputPath('poster-critical-high-a3'), 1, 60);
});

test('a filled poster carries score, grade and the owners of open items', async ({ page }, testInfo) => {
  const projects = new ProjectsPage(page);
  await projects.goto();
  const project = fullyAnsweredProject(checklist);
  await projects.importFile({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(serializeFile(createProjectFile(project, checklist.version))) });
  await projects.row(REPORT_PROJECT_NAME).getByRole('link', { name: REPORT_PROJECT_NAME }).click();
  const file = testInfo.outputPath('filled.pdf');
  await poster(page, 'A3', file);
  expect(pdfPageCount(file)).toBe(1);
  const text = squash(pdfText(file));
  expect(text).toMatch(/Score \d+% · Grade [ABCDF]/);
  expect(text).toContain('→ Platform team · due 2027-03-31');
  expect(text).toContain(REPORT_PROJECT_NAME);
  renderPagePng(file, testInfo.outputPath('poster-filled-a3'), 1, 60);
});
