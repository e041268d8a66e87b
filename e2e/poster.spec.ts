import { test, expect } from './fixtures';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { pdfPageCount, pdfPageSize, pdfText, renderPagePng, squash } from './harness/pdf';

const PAPERS = [
  { value: 'a4', label: 'A4', pages: 2, width: 595.28 },
  { value: 'letter', label: 'Letter', pages: 2, width: 612 },
  { value: 'a3', label: 'A3', pages: 1, width: 841.89 },
  { value: 'tabloid', label: 'Tabloid', pages: 1, width: 792 },
] as const;

test.describe('wall poster (blank template)', () => {
  for (const paper of PAPERS) {
    test(`${paper.label}: every item title on ${paper.pages} page(s)`, async ({ page }, testInfo) => {
      await page.goto('/checklist');
      await page.getByLabel('Paper size', { exact: true }).selectOption({ label: paper.label });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download wall poster (PDF)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`webrtc-security-poster-${paper.value}.pdf`);
      const file = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(file);
      await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
        `${paper.pages} page`,
      );

      expect(pdfPageCount(file)).toBe(paper.pages);
      expect(pdfPageSize(file).width).toBeCloseTo(paper.width, 0);
      const text = squash(pdfText(file));
      for (const item of checklist.items) expect(text, `title of ${item.id}`).toContain(squash(item.title));
      for (const section of checklist.sections) expect(text).toContain(section.title.toUpperCase());
      expect(text).toContain(`WebRTC Security Checklist v${checklist.version}`);
      expect(text).toContain(new URL(page.url()).origin);
      renderPagePng(file, testInfo.outputPath(`poster-${paper.value}-page1`));
    });
  }

  test('the paper size defaults from the browser locale', async ({ browser }) => {
    for (const [locale, expected] of [
      ['en-US', 'letter'],
      ['fr-CA', 'letter'],
      ['de-DE', 'a4'],
      ['en-GB', 'a4'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const p = await context.newPage();
      await p.goto('/checklist');
      await expect(p.getByLabel('Paper size', { exact: true })).toHaveValue(expected);
      await context.close();
    }
  });

  test('jsPDF is not part of the initial load and loads only when asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/checklist');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(scripts.some((s) => /render-pdf\.chunk/.test(s))).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download wall poster (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(scripts.some((s) => /render-pdf\.chunk/.test(s))).toBe(true);
  });

  test('a failed load of the PDF generator gives a clear error', async ({ page }) => {
    await page.route(/render-pdf\.chunk/, (route) => route.abort());
    await page.goto('/checklist');
    await page.getByRole('button', { name: 'Download wall poster (PDF)' }).click();
    await expect(page.getByRole('alert')).toContainText('The PDF generator could not be loaded');
    await page.unroute(/render-pdf\.chunk/);
  });
});
