import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/projects-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { appliesToProfile } from '../src/entities/checklist/scope.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';
import { pdfPageCount, pdfText, renderPagePng, squash } from './harness/pdf';

test.describe('project PDFs', () => {
  test.beforeEach(async ({ page }) => {
    const projects = new ProjectsPage(page);
    await projects.goto();
    const project = fullyAnsweredProject(checklist);
    await projects.importFile({
      name: 'project.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeFile(createProjectFile(project, checklist.version))),
    });
    await projects.row(REPORT_PROJECT_NAME).getByRole('link', { name: REPORT_PROJECT_NAME }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(REPORT_PROJECT_NAME);
  });

  test('the report lists every applicable item and prints the project name exactly', async ({ page }, testInfo) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download report (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^equipe-mega-lodz-security-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = testInfo.outputPath('report.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain(REPORT_PROJECT_NAME);
    expect(text).toContain('Łukasz Kowalski');
    const flat = squash(text);
    const project = fullyAnsweredProject(checklist);
    for (const item of checklist.items.filter((i) => appliesToProfile(i, project.profile))) {
      expect(flat, item.id).toContain(squash(item.title));
    }
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(3);
    expect(flat).toContain(`Page 1 of ${pages}`);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    expect(flat).toContain('What to fix next');
    renderPagePng(file, testInfo.outputPath('report-page1'));
    renderPagePng(file, testInfo.outputPath('report-page3'), 3);
  });

  test('the filled poster shows the project name and fits the promised pages', async ({ page }, testInfo) => {
    await page.getByLabel('Paper size', { exact: true }).selectOption({ label: 'A4' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download wall poster (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('equipe-mega-lodz-security-poster-a4.pdf');
    const file = testInfo.outputPath('poster.pdf');
    await download.saveAs(file);
    expect(pdfPageCount(file)).toBe(2);
    const text = pdfText(file);
    expect(text).toContain(REPORT_PROJECT_NAME);
    expect(text).toContain('\u2714'); // ✔ for Yes answers
    expect(text).toContain('\u2718'); // ✘ for No answers
    const project = fullyAnsweredProject(checklist);
    const flat = squash(text);
    for (const item of checklist.items.filter((i) => appliesToProfile(i, project.profile))) {
      expect(flat, item.id).toContain(squash(item.title));
    }
    renderPagePng(file, testInfo.outputPath('filled-poster-page1'));
  });
});

test('characters the PDF font lacks are printed as □ and the user is told', async ({ page, projectsPage }, testInfo) => {
  await projectsPage.goto();
  await projectsPage.createProject('Team 会议 😀 Ωmega');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download wall poster (PDF)' }).click(),
  ]);
  const file = testInfo.outputPath('poster.pdf');
  await download.saveAs(file);
  await expect(page.getByText('The PDF font has no glyph for 会 议 😀')).toBeVisible();
  expect(pdfText(file)).toContain('Team □□ □ Ωmega');
});
