import { readFile } from 'node:fs/promises';
import { Lexer, type Tokens } from 'marked';
import type { Download } from '@playwright/test';
import { test, expect } from './fixtures';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

const project = fullyAnsweredProject(checklist);
const openItem = checklist.items.find((i) => project.answers[i.id]?.status === 'no' && !i.appliesTo)!;

test.describe('hand-off', () => {
  test.beforeEach(async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.importFile({
      name: 'project.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeFile(createProjectFile(project, checklist.version))),
    });
    await projectsPage.row(REPORT_PROJECT_NAME).getByRole('link', { name: REPORT_PROJECT_NAME }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(REPORT_PROJECT_NAME);
  });

  test('Export Markdown downloads a GitHub-flavoured report with its tables intact', async ({ page }) => {
    const toolbar = page.getByRole('group', { name: 'Project actions' });
    const [download] = await Promise.all([page.waitForEvent('download'), toolbar.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^equipe-mega-lodz-security-report-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await text(download);
    const tokens = new Lexer({ gfm: true }).lex(md);
    const h1 = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
    expect(h1?.text).toBe(`WebRTC security report: ${REPORT_PROJECT_NAME}`);
    expect(tokens.filter((t) => t.type === 'table').length).toBe(4);
    expect(md).toContain(`\`${openItem.id}\``);
    expect(md).toContain('**Owner:** Platform team');
    await expect(page.getByRole('status').filter({ hasText: /Exported|redacted/ })).toBeVisible();
  });

  test('Copy as Markdown puts one item on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByLabel('Section', { exact: true }).selectOption(openItem.section);
    const card = page.getByRole('article', { name: openItem.title, exact: true });
    await card.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(card.getByText('Copied as Markdown.')).toBeVisible();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip.split('\n')[0]).toMatch(/^## (Critical|High|Medium|Low): /);
    expect(clip).toContain(`\`${openItem.id}\``);
    expect(clip).toContain('**Status:** No');
  });

  test('a tracker address with a typo is refused with a clear message; a valid one gives prefilled "Open issue" links', async ({ page }) => {
    await page.getByText('Issue tracker: none set').click();
    await page.getByLabel('Issue tracker', { exact: true }).selectOption('github');
    const address = page.getByLabel('Tracker address');
    await address.fill('https://gihub.com/acme/webrtc');
    await page.getByRole('button', { name: 'Save tracker' }).click();
    await expect(page.getByRole('alert')).toContainText('looks like a typo of github.com');
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await address.fill('http://github.com/acme/webrtc');
    await page.getByRole('button', { name: 'Save tracker' }).click();
    await expect(page.getByRole('alert')).toContainText('use https://');

    await address.fill('https://github.com/acme/webrtc/issues');
    await page.getByRole('button', { name: 'Save tracker' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText('https://github.com/acme/webrtc');
    await page.reload();
    await expect(page.getByText('Issue tracker: GitHub (https://github.com/acme/webrtc)')).toBeVisible();

    await page.getByLabel('Section', { exact: true }).selectOption(openItem.section);
    const card = page.getByRole('article', { name: openItem.title, exact: true });
    const link = card.getByRole('link', { name: 'Open issue in GitHub' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://github.com/acme/webrtc/issues/new');
    expect(href.searchParams.get('title')).toContain(openItem.title);
    expect(href.searchParams.get('body')).toContain(`\`${openItem.id}\``);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // A Yes answer is not a finding: no link.
    const done = checklist.items.find((i) => i.section === openItem.section && project.answers[i.id]?.status === 'yes');
    if (done) await expect(page.getByRole('article', { name: done.title, exact: true }).getByRole('link', { name: /Open issue/ })).toHaveCount(0);

    // Jira needs the numeric project and issue type ids.
    await page.getByText(/^Issue tracker: GitHub/).click();
    await page.getByLabel('Issue tracker', { exact: true }).selectOption('jira');
    await address.fill('https://acme.atlassian.net');
    await page.getByLabel('Jira project id').fill('SEC');
    await page.getByRole('button', { name: 'Save tracker' }).click();
    await expect(page.getByRole('alert')).toContainText('numeric id of the project');
    await page.getByLabel('Jira project id').fill('10000');
    await page.getByLabel('Jira issue type id').fill('10001');
    await page.getByRole('button', { name: 'Save tracker' }).click();
    const jira = new URL((await card.getByRole('link', { name: 'Open issue in Jira' }).getAttribute('href'))!);
    expect(jira.pathname).toBe('/secure/CreateIssueDetails!init.jspa');
    expect(jira.searchParams.get('pid')).toBe('10000');
    expect(jira.searchParams.get('issuetype')).toBe('10001');
  });

  test('Jira CSV and findings CSV: open findings by default, everything on request', async ({ page }) => {
    const toolbar = page.getByRole('group', { name: 'Project actions' });
    const [jira] = await Promise.all([page.waitForEvent('download'), toolbar.getByRole('button', { name: 'Export for Jira (CSV)' }).click()]);
    const jiraCsv = (await text(jira)).replace(/^\uFEFF/, '');
    expect(jiraCsv.split('\r\n')[0]).toBe('Summary,Issue Type,Priority,Description,Labels,Labels,Due Date,Assignee,Owner');
    expect(jiraCsv).toContain(`checklist-${openItem.id}`);

    const [open] = await Promise.all([page.waitForEvent('download'), toolbar.getByRole('button', { name: 'Export findings (CSV)' }).click()]);
    expect(open.suggestedFilename()).toMatch(/-open-findings-/);
    const openCsv = await text(open);
    await toolbar.getByRole('checkbox', { name: 'Include closed and N/A items' }).check();
    const [all] = await Promise.all([page.waitForEvent('download'), toolbar.getByRole('button', { name: 'Export findings (CSV)' }).click()]);
    const allCsv = await text(all);
    const statuses = (csv: string) => new Set(csv.split('\r\n').slice(1).map((r) => /,(Yes|No|Partial|N\/A|Not answered),/.exec(r)?.[1]).filter(Boolean));
    expect([...statuses(openCsv)].sort()).toEqual(['No', 'Partial']);
    expect(statuses(allCsv)).toContain('Yes');
    expect(openCsv).toContain('TURN test of turn.example.com');
    expect(openCsv).toMatch(/\/projects\/[^,]+\?section=[a-z-]+&item=/);
  });
});

test('the checklist CSV holds what the filters show', async ({ page }) => {
  await page.goto('/checklist');
  await page.getByRole('checkbox', { name: 'Critical' }).check();
  await expect(page.getByText(/The CSV holds the \d+ items the filters below show/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download checklist (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`webrtc-security-checklist-${checklist.version}-filtered.csv`);
  const rows = (await text(download)).replace(/^\uFEFF/, '').trim().split('\r\n');
  const critical = checklist.items.filter((i) => i.severity === 'critical');
  expect(rows).toHaveLength(critical.length + 1);
  for (const item of critical) expect(rows.some((r) => r.startsWith(`${item.id},`))).toBe(true);
});
