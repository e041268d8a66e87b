import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/projects-page.ts';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { encodeSeed, makeAnswer, makeData, makeProject } from '../src/testing/projects.ts';

const KEY = 'wsc:projects';
const BACKUP_PREFIX = 'wsc:projects:backup:';
const first = checklist.items.find((i) => i.section === 'baseline' && !i.appliesTo)!;

/** Writes the stored projects value from a page that does not read it, then leaves. */
async function seed(page: Page, value: string) {
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
}

/** The values of the timestamped backup keys, oldest first. */
async function backups(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort();
    return keys.map((k) => localStorage.getItem(k) ?? '');
  }, BACKUP_PREFIX);
}

/**
 * `deep`: the JSON, envelope and version are fine and only the full decode finds the problem. Every
 * page checks the first three before it renders; the full decode runs where projects are read, so a
 * page that never reads them (the checklist reference) opens normally and the recovery screen shows
 * on the first page that does.
 */
const CORRUPT = [
  { name: 'invalid JSON', raw: '{"version":1,"state":{"p":[{"i":"x"', what: /not valid JSON/, deep: false },
  {
    name: 'a wrong shape',
    raw: '{"version":1,"state":{"p":[{"i":"x","n":"X","c":1,"u":1,"cv":"1.0.0","a":{"item-1":{"s":"maybe","u":1}}}],"t":{}}}',
    what: 'state.p[0].a["item-1"].s: expected one of y, p, n, a',
    deep: true,
  },
  { name: 'a future version', raw: '{"version":99,"state":{"projects":[]}}', what: 'storage format version 99', deep: false },
];

test.describe('storage that loses nothing', () => {
  for (const c of CORRUPT) {
    test(`corrupted storage (${c.name}): backup, download, then start fresh`, async ({ page, projectsPage }) => {
      await seed(page, c.raw);
      await page.goto('/checklist');
      const heading = page.getByRole('heading', { name: 'Your saved projects could not be opened' });
      if (c.deep) {
        // The reference page reads no projects: it opens, and leaves the stored value alone.
        await expect(page.getByRole('heading', { level: 1, name: /checklist/i })).toBeVisible();
        await expect(heading).toHaveCount(0);
        await page.goto('/');
      }
      await expect(heading).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(c.what);
      // The raw value was copied to a backup key before anything else.
      expect(await backups(page)).toEqual([c.raw]);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(c.raw);
      if (c.name === 'a future version') await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();

      // The projects page shows it too; "Start fresh" only after the download.
      await page.goto('/');
      await expect(heading).toBeVisible();
      const startFresh = page.getByRole('button', { name: 'Start fresh' });
      await expect(startFresh).toBeDisabled();
      const downloadPromise = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the stored data' }).click();
      const download = await downloadPromise;
      expect(await readFile(await download.path(), 'utf8')).toBe(c.raw);
      await expect(startFresh).toBeEnabled();
      await startFresh.click();

      await expect(projectsPage.emptyState).toBeVisible();
      expect(await backups(page)).toEqual([c.raw]);
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '')).toMatchObject({ version: 1 });
      await projectsPage.createProject('After recovery');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'After recovery' })).toBeVisible();
    });
  }

  test('corrupted storage: recover by importing a project file', async ({ page, projectsPage }) => {
    await seed(page, 'not json at all');
    await page.goto('/');
    await page.getByLabel('Continue without downloading').check();
    const file = {
      format: 'webrtc-security-checklist/project',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contentVersion: checklist.version,
      project: { id: 'restored', name: 'Restored', profile: {}, answers: { [first.id]: { status: 'yes', updatedAt: 1 } } },
    };
    await page.getByLabel('Import a project file').setInputFiles({ name: 'restored.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(projectsPage.row('Restored')).toBeVisible();
    expect(await backups(page)).toEqual(['not json at all']);
  });

  test('a later corruption keeps the earlier backup', async ({ page, projectsPage }) => {
    await seed(page, 'first damage');
    await page.goto('/');
    await page.getByLabel('Continue without downloading').check();
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await expect(projectsPage.emptyState).toBeVisible();
    await seed(page, 'second damage');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your saved projects could not be opened' })).toBeVisible();
    expect(await backups(page)).toEqual(['first damage', 'second damage']);
  });

  test('another tab corrupts and then resets storage: this tab keeps its projects and writes them back', async ({ page, context, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Precious');
    const heading = page.getByRole('heading', { name: 'Your saved projects could not be opened' });

    const other = await context.newPage();
    await seed(other, 'garbage from another tab');
    await expect(heading).toBeVisible();
    // The recovery screen offers this tab's in-memory copy.
    await expect(page.getByText('This tab still has 1 project in memory')).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all projects' }).click();
    const exported = JSON.parse(await readFile(await (await downloadPromise).path(), 'utf8'));
    expect(exported.projects.map((p: { name: string }) => p.name)).toEqual(['Precious']);

    // The other tab starts fresh: this tab leaves the recovery screen and saves its projects again.
    await other.goto('/');
    await other.getByLabel('Continue without downloading').check();
    await other.getByRole('button', { name: 'Start fresh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Precious' })).toBeVisible();
    await expect(new ProjectsPage(other).row('Precious')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Precious' })).toBeVisible();
  });

  test('storage full: the change stays in memory, a message offers an export, nothing throws', async ({ page, projectsPage, assessmentPage }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await projectsPage.goto();
    await projectsPage.createProject('Full disk');
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      (window as unknown as { restoreSetItem: () => void }).restoreSetItem = () => {
        Storage.prototype.setItem = original;
      };
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await assessmentPage.answer(first.title, 'No');
    const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
    await expect(alert).toBeVisible();
    // Seen where the user is editing (far below the top of the page), not only at the top.
    await expect(alert).toBeInViewport();
    expect(await alert.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
    await assessmentPage.answer(first.title, 'Partial');
    await expect(alert).toBeVisible();
    await assessmentPage.answer(first.title, 'No');
    await expect(assessmentPage.radio(first.title, 'No')).toBeChecked();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toContain('"s":"n"');

    const downloadPromise = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export all projects' }).click();
    const exported = JSON.parse(await readFile(await (await downloadPromise).path(), 'utf8'));
    expect(exported.projects[0].answers[first.id].status).toBe('no');

    await page.evaluate(() => (window as unknown as { restoreSetItem: () => void }).restoreSetItem());
    await assessmentPage.note(first.title).fill('saved again');
    await expect(alert).toBeHidden();
    await page.reload();
    await expect(assessmentPage.radio(first.title, 'No')).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('answers to retired or unknown items are kept and listed', async ({ page, assessmentPage }) => {
    await seed(
      page,
      encodeSeed(
        makeData([
          makeProject({
            id: 'legacy',
            name: 'Legacy',
            answers: { 'turn-retired-thing': makeAnswer({ status: 'no', note: 'old finding', updatedAt: 5 }), [first.id]: makeAnswer({ status: 'yes', updatedAt: 6 }) },
          }),
        ]),
      ),
    );
    await assessmentPage.goto('/projects/legacy');
    await expect(assessmentPage.retired).toContainText('turn-retired-thing');
    await expect(assessmentPage.retired).toContainText('old finding');
    // The id appears once (no title is known for it).
    expect((await assessmentPage.retired.textContent())?.split('turn-retired-thing').length).toBe(2);
    await assessmentPage.answer(first.title, 'Partial');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('turn-retired-thing');
  });

  test('shows whether the browser granted persistent storage', async ({ projectsPage }) => {
    await projectsPage.goto();
    await expect(projectsPage.persistence).toBeVisible();
  });
});
