import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checklist } from '../src/entities/checklist/content/index.ts';

const KEY = 'wsc:projects';
const baseline = checklist.items.filter((i) => i.section === 'baseline' && !i.appliesTo);
const first = baseline[0]!;

function projectFile(project: { id: string; name: string; answers?: Record<string, unknown> }): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: 'webrtc-security-checklist/project',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contentVersion: checklist.version,
      project: { profile: {}, answers: {}, ...project },
    }),
  );
}

async function stored(page: Page): Promise<{ version: number; state: { p: { i: string; n: string; u: number; a?: Record<string, { s?: string; u: number }> }[] } }> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
}

const recoveryHeading = (page: Page) => page.getByRole('heading', { name: 'Your saved projects could not be opened' });

test.describe('files no one can break the app with', () => {
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    test(`a project with the id "${id}" imports, opens, saves, replaces and reloads like any other`, async ({ page, projectsPage, assessmentPage }) => {
      await projectsPage.goto();
      const file = { name: `${id}.json`, mimeType: 'application/json', buffer: projectFile({ id, name: `Named ${id}`, answers: { [first.id]: { status: 'no', updatedAt: 1 } } }) };
      await projectsPage.importFile(file);
      // No conflict with a project that does not exist (Object.prototype members are not projects).
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

      // Importing it again asks about the real project, and Replace works (and keeps saving).
      await projectsPage.importFile(file);
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toContainText(`A project with the same id: “Named ${id}”`);
      await dialog.getByRole('button', { name: 'Replace existing project' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);

      await page.goto(`/projects/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: `Named ${id}` })).toBeVisible();
      await expect(assessmentPage.radio(first.title, 'No')).toBeChecked();
      await assessmentPage.answer(first.title, 'Yes');
      await expect.poll(async () => (await stored(page)).state.p.find((p) => p.i === id)?.a?.[first.id]?.s).toBe('y');

      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: `Named ${id}` })).toBeVisible();
      await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();
      await projectsPage.goto();
      await expect(projectsPage.row(`Named ${id}`)).toBeVisible();
      await expect(recoveryHeading(page)).toHaveCount(0);
    });
  }

  test('/projects/constructor with no such project says it is not found, not the error page', async ({ page }) => {
    await page.goto('/projects/constructor');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    await expect(page.getByText(/something went wrong/i)).toHaveCount(0);
  });

  test('timestamps at the edge of the date range: the list shows, edits save, a reload opens the projects', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    const edge = projectFile({ id: 'edge', name: 'Edge of time', answers: { [first.id]: { status: 'no', updatedAt: 8.64e15 }, 'retired-x': { status: 'yes', updatedAt: Date.UTC(2999, 0, 1) } } });
    await projectsPage.importFile({ name: 'edge.json', mimeType: 'application/json', buffer: edge });
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(projectsPage.row('Edge of time')).toBeVisible();
    const imported = await stored(page);
    // Future timestamps became "now" on import: later edits are stamped with the real time.
    for (const p of imported.state.p) expect(p.u).toBeLessThanOrEqual(Date.now() + 60_000);

    await projectsPage.row('Edge of time').getByRole('link', { name: 'Edge of time' }).click();
    await assessmentPage.answer(first.title, 'Partial');
    await expect.poll(async () => (await stored(page)).state.p[0]?.a?.[first.id]?.s).toBe('p');
    await page.reload();
    await expect(recoveryHeading(page)).toHaveCount(0);
    await expect(assessmentPage.radio(first.title, 'Partial')).toBeChecked();
  });

  test('a stored value at the very end of the date range (written by an older version) opens, and edits win', async ({ page, projectsPage, assessmentPage }) => {
    await page.goto('/about');
    const raw = JSON.stringify({
      version: 1,
      state: { p: [{ i: 'old', n: 'Old edge', c: 8.64e15, u: 8.64e15, cv: checklist.version, a: { [first.id]: { s: 'n', u: 8.64e15 } } }], t: {} },
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, raw]);
    await projectsPage.goto();
    await expect(recoveryHeading(page)).toHaveCount(0);
    await expect(projectsPage.row('Old edge')).toBeVisible();
    await projectsPage.row('Old edge').getByRole('link', { name: 'Old edge' }).click();
    await assessmentPage.answer(first.title, 'Yes');
    await page.reload();
    await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();
  });

  test('an all-projects file with one id twice is refused, naming both, and nothing is imported', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const file = {
      format: 'webrtc-security-checklist/projects',
      version: 1,
      contentVersion: checklist.version,
      projects: [
        { id: 'same', name: 'First', profile: {}, answers: {} },
        { id: 'same', name: 'Second', profile: {}, answers: {} },
      ],
    };
    await projectsPage.importFile({ name: 'dup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('alert')).toContainText('projects[1].id: "same" is also the id of projects[0]');
    await expect(projectsPage.emptyState).toBeVisible();
  });

  test('a right-to-left override in a name is not shown: list, heading and title read in order', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.importFile({ name: 'rlo.json', mimeType: 'application/json', buffer: projectFile({ id: 'rlo', name: 'Invoice \u202Efdp.exe' }) });
    const link = projectsPage.list.getByRole('link', { name: 'Invoice fdp.exe' });
    await expect(link).toBeVisible();
    expect(await link.textContent()).toBe('Invoice fdp.exe');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invoice fdp.exe');
    await expect(page).toHaveTitle(/^Invoice fdp\.exe · Project/);
  });

  test('an error message never shows a huge value', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const huge = JSON.stringify({ format: 'webrtc-security-checklist/project', version: 1, project: 'x'.repeat(2_000_000) });
    await projectsPage.importFile({ name: 'huge-value.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('2,000,000 characters');
    expect((await alert.textContent())?.length ?? 0).toBeLessThan(500);
  });
});
