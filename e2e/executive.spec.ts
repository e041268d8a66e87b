import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/projects-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject } from '../src/testing/report-project.ts';
import { pdfPageCount, pdfPageSize, pdfText, renderPagePng, squash } from './harness/pdf';

const LONG_NAME = 'Équipe Ωmega — Łódź: Платформа видеосвязи für die Öffentliche Verwaltung, Ελληνικά και Español, zweite Ausbaustufe 2027';

test.describe('executive summary PDF', () => {
  test.beforeEach(async ({ page }) => {
    const projects = new ProjectsPage(page);
    await projects.goto();
    const project = { ...fullyAnsweredProject(checklist), name: LONG_NAME };
    await projects.importFile({ name: 'project.json', mimeType: 'application/json', buffer: Buffer.from(serializeFile(createProjectFile(project, checklist.version))) });
    await projects.row(LONG_NAME).getByRole('link', { name: LONG_NAME }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Łódź');
  });

  for (const [paper, label, size] of [
    ['a4', 'A4', { width: 595.28, height: 841.89 }],
    ['letter', 'Letter', { width: 612, height: 792 }],
  ] as const) {
    test(`is one ${label} page with the long Unicode name, score, top gaps, evidence and owners`, async ({ page }, testInfo) => {
      await page.getByLabel('Executive summary paper size').selectOption({ label });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download executive summary (PDF)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/-executive-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
      const file = testInfo.outputPath(`executive-${paper}.pdf`);
      await download.saveAs(file);
      expect(pdfPageCount(file)).toBe(1);
      const dims = pdfPageSize(file);
      expect(dims.width).toBeCloseTo(size.width, 0);
      expect(dims.height).toBeCloseTo(size.height, 0);
      const text = squash(pdfText(file));
      expect(text).toContain('Équipe Ωmega — Łódź');
      expect(text).toContain('Платформа');
      expect(text).toContain('First assessment');
      expect(text).toMatch(/The 5 most important open gaps/);
      expect(text).toContain('Evidence coverage');
      expect(text).toContain('Owners and due dates');
      expect(text).toContain(`WebRTC Security Checklist v${checklist.version}`);
      expect(text).toContain('Page 1 of 1');
      await expect(page.getByText(/Downloaded .*executive-summary.*\(1 page\)/)).toBeVisible();
      renderPagePng(file, testInfo.outputPath(`executive-${paper}`), 1, 100);
    });
  }
});
