/**
 * A project saved by checklist 1.0.0 (its stored value written literally, with the retired ids
 * 1.1.0 merged away) opens in the current app with every answer carried over, tells the user once
 * what changed, and old deep links to retired items land on the item that replaced them.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checklist, getItem } from '../src/entities/checklist/content/index.ts';
import { changesSince } from '../src/entities/checklist/successors.ts';

const KEY = 'wsc:projects';
const T = Date.UTC(2026, 10, 28, 9);
const title = (id: string) => getItem(id)?.title ?? `missing ${id}`;
const retiredTitle = (id: string) => checklist.retired.find((r) => r.id === id)?.title ?? `missing ${id}`;

/** The storage value checklist 1.0.0 wrote: format 1, short keys, answers under 1.0.0 ids. */
const STORED_1_0_0 = JSON.stringify({
  version: 1,
  state: {
    p: [
      {
        i: 'legacy-a',
        n: 'Legacy video',
        c: T,
        u: T + 50,
        cv: '1.0.0',
        pr: { turn: 'own', screenSharing: true },
        a: {
          'turn-auth-mode': { s: 'n', n: 'no-auth still on staging', o: 'Ops', u: T + 10 },
          'turn-cred-authentication-enforced': { s: 'y', u: T + 11 },
          'baseline-screen-sharing-consent': { s: 'y', n: 'Share button only', u: T + 12 },
          'privacy-screen-share-warning': { s: 'p', o: 'UX', d: '2026-12-31', u: T + 13 },
          'ops-asset-inventory': {
            s: 'y',
            e: [{ id: 'inv-1', kind: 'link', label: 'Server inventory sheet', url: 'https://wiki.example.com/inventory', date: '2026-11-28T09:00:00.000Z' }],
            u: T + 14,
          },
          'turn-cred-ephemeral': { s: 'y', u: T + 15 },
        },
      },
      { i: 'legacy-b', n: 'Second legacy', c: T, u: T, cv: '1.0.0', a: { 'ops-asset-inventory': { s: 'n', u: T } } },
    ],
    t: {},
  },
});

async function seed(page: Page) {
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, STORED_1_0_0]);
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);

test.describe('checklist update from 1.0.0', () => {
  const changes = changesSince(checklist, '1.0.0');
  const summary = `Checklist updated to ${checklist.version}: ${changes.added.length} new items, ${changes.merged.length} merged`;

  test('a 1.0.0 project opens with its answers carried over and the notice shown once', async ({ page, assessmentPage }) => {
    await seed(page);
    await page.goto('/projects/legacy-a');
    await expect(assessmentPage.heading).toHaveText('Legacy video');
    const notice = page.getByRole('region', { name: summary });
    await expect(notice).toBeVisible();
    await notice.getByText('What changed').click();
    await expect(notice.getByRole('list', { name: 'New items' }).getByRole('listitem')).toHaveCount(changes.added.length);
    await expect(notice.getByRole('list', { name: 'Merged items' })).toContainText(`${retiredTitle('turn-auth-mode')} → ${title('turn-cred-authentication-enforced')}`);

    // Two answers met on one item: the worse status and both notes survive.
    await assessmentPage.showSection('turn-credentials');
    const auth = title('turn-cred-authentication-enforced');
    await expect(assessmentPage.radio(auth, 'No')).toBeChecked();
    await expect(assessmentPage.note(auth)).toHaveValue('no-auth still on staging');
    await expect(assessmentPage.item(auth).getByLabel('Owner')).toHaveValue('Ops');
    await expect(assessmentPage.radio(title('turn-cred-ephemeral'), 'Yes')).toBeChecked();

    // Three 1.0.0 screen-sharing items are one now: partial beats yes, notes and owners kept.
    await assessmentPage.showSection('privacy');
    const share = title('privacy-display-capture-safe-defaults');
    await expect(assessmentPage.radio(share, 'Partial')).toBeChecked();
    await expect(assessmentPage.note(share)).toHaveValue('Share button only');
    await expect(assessmentPage.item(share).getByLabel('Owner')).toHaveValue('UX');
    await expect(assessmentPage.item(share).getByLabel('Due date')).toHaveValue('2026-12-31');

    await assessmentPage.showSection('operations');
    const diagram = title('ops-architecture-diagram');
    await expect(assessmentPage.radio(diagram, 'Yes')).toBeChecked();
    await expect(assessmentPage.item(diagram)).toContainText('Server inventory sheet');

    // Dismissed once, for this project only; the next save writes the new ids.
    await notice.getByRole('button', { name: 'Dismiss update notice' }).click();
    await expect(notice).toBeHidden();
    await expect.poll(() => stored(page)).toContain('"ns":"1.1.0"');
    const value = await stored(page);
    expect(value).not.toContain('"turn-auth-mode"');
    expect(value).toContain('"turn-cred-authentication-enforced"');
    await page.reload();
    await expect(assessmentPage.heading).toHaveText('Legacy video');
    await expect(page.getByRole('region', { name: summary })).toHaveCount(0);
    await assessmentPage.showSection('turn-credentials');
    await expect(assessmentPage.radio(auth, 'No')).toBeChecked();

    await page.goto('/projects/legacy-b');
    await expect(assessmentPage.heading).toHaveText('Second legacy');
    await expect(page.getByRole('region', { name: summary })).toBeVisible();
    await assessmentPage.showSection('operations');
    await expect(assessmentPage.radio(diagram, 'No')).toBeChecked();
  });

  test('a new project gets no update notice', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Fresh start');
    await expect(page.getByRole('heading', { name: 'Fresh start' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Checklist updated to/ })).toHaveCount(0);
  });

  test('deep links to retired items redirect to the item that replaced them', async ({ page }) => {
    await page.goto('/checklist/turn-auth-mode');
    await expect(page).toHaveURL(/\/checklist\/turn-cred-authentication-enforced$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('turn-cred-authentication-enforced'));
    await expect(page.getByRole('status').filter({ hasText: 'turn-auth-mode' })).toContainText('merged into this item in checklist 1.1.0');
    await page.goto('/checklist/baseline-screen-sharing-consent');
    await expect(page).toHaveURL(/\/checklist\/privacy-display-capture-safe-defaults$/);
    await page.goto('/checklist/no-such-item');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist item not found');
  });

  test('the About page carries the changelog', async ({ page }) => {
    await page.goto('/about');
    const log = page.getByRole('region', { name: 'Checklist changelog' });
    await expect(log.getByRole('heading', { name: `${checklist.version} (${checklist.date})` })).toBeVisible();
    await expect(log).toContainText(`Merged items (${changes.merged.length} into`);
    await expect(log.getByRole('link', { name: title('media-no-ssrf-via-media-urls') })).toBeVisible();
  });
});
