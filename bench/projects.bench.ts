import { test, expect, type Page } from '@playwright/test';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { encodeSeed, seedProjects } from '../src/testing/projects.ts';
import { median, record } from './report.ts';

const KEY = 'wsc:projects';
const PROJECTS = 200;
const ANSWERS = 80;
const seed = encodeSeed(seedProjects(PROJECTS, ANSWERS, checklist.items.map((i) => i.id)));

async function seedStorage(page: Page) {
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, seed]);
}

/** ms between the home page's mount and its list's first commit (marks set by the components). */
async function homeMarks(page: Page): Promise<{ mountToList: number; navToList: number }> {
  await page.getByRole('table').getByRole('row').nth(PROJECTS).waitFor();
  return page.evaluate(() => {
    const mount = performance.getEntriesByName('projects:home-mount').at(-1);
    const list = performance.getEntriesByName('projects:list-rendered').at(-1);
    if (!mount || !list) throw new Error('performance marks missing');
    return { mountToList: list.startTime - mount.startTime, navToList: list.startTime };
  });
}

test(`storage size with ${PROJECTS} projects × ${ANSWERS} answers`, async ({ page }) => {
  await seedStorage(page);
  const stored = await page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);
  expect(stored).toBe(seed);
  const bytes = Buffer.byteLength(stored, 'utf8');
  record({ name: `storage: ${PROJECTS} projects × ${ANSWERS} answers (UTF-8)`, value: bytes / 1024 / 1024, unit: 'MB', budget: 2, detail: `${stored.length.toLocaleString('en')} UTF-16 code units` });
  expect(bytes).toBeLessThan(2 * 1024 * 1024);
});

test('home renders the list of 200 projects', async ({ page }) => {
  await seedStorage(page);
  const cold: number[] = [];
  const warm: number[] = [];
  const fullLoad: number[] = [];
  for (let i = 0; i < 7; i++) {
    // Cold: a fresh page load on another route, then client-side navigation to the home page (store created, data decoded, 200 projects scored).
    await page.goto('/about');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    cold.push((await homeMarks(page)).mountToList);
    // Warm: back and forth within the app (store in memory).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    warm.push((await homeMarks(page)).mountToList);
    // Full page load of / (navigation start → list committed, including the lazy route chunk).
    await page.goto('/');
    fullLoad.push((await homeMarks(page)).navToList);
  }
  record({ name: 'home: route mount → 200-project list rendered, first visit (median of 7)', value: median(cold), unit: 'ms', budget: 100, detail: `max ${Math.max(...cold).toFixed(1)} ms` });
  record({ name: 'home: route mount → list rendered, store in memory (median of 7)', value: median(warm), unit: 'ms', budget: 100 });
  record({ name: 'home: navigation start → list rendered, full page load (median of 7)', value: median(fullLoad), unit: 'ms' });
  expect(median(cold)).toBeLessThan(100);
});

test('an answer click is persisted to localStorage', async ({ page }) => {
  await seedStorage(page);
  await page.goto('/projects/seed-100');
  const first = checklist.items[0]!;
  await page.getByRole('radiogroup', { name: first.title, exact: true }).waitFor();
  const persisted: number[] = [];
  const rendered: number[] = [];
  // The seeded answer is Yes; every click changes it.
  const labels = ['No', 'Partial', 'Yes', 'N/A'];
  for (let i = 0; i < 12; i++) {
    const label = labels[i % labels.length]!;
    const r = await page.evaluate(
      async ([title, label, key]) => {
        const group = [...document.querySelectorAll('[role="radiogroup"]')].find((g) => g.closest('article')?.querySelector('h4')?.textContent === title);
        const radio = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === label)?.querySelector('input');
        if (!radio) throw new Error(`radio ${label} not found`);
        // Note when the write of the projects key returns: that is when localStorage holds the change.
        let writtenAt = 0;
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k: string, v: string) {
          original.call(this, k, v);
          if (k === key && !writtenAt) writtenAt = performance.now();
        };
        try {
          const t0 = performance.now();
          radio.click(); // React handles the click and re-renders before click() returns
          const t1 = performance.now();
          while (!writtenAt) {
            if (performance.now() - t0 > 2000) throw new Error('the answer was not persisted within 2 s');
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          return { persisted: writtenAt - t0, rendered: t1 - t0 };
        } finally {
          Storage.prototype.setItem = original;
        }
      },
      [first.title, label, KEY],
    );
    persisted.push(r.persisted);
    rendered.push(r.rendered);
    await expect(page.getByRole('radiogroup', { name: first.title, exact: true }).getByRole('radio', { name: label, exact: true })).toBeChecked();
  }
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
  const project = stored.state.p.find((p: { i: string }) => p.i === 'seed-100');
  expect(project.a[first.id].s).toBe('a'); // the last click (N/A) is what is stored
  record({ name: 'answer click → change written to localStorage (median of 12)', value: median(persisted), unit: 'ms', budget: 50, detail: `max ${Math.max(...persisted).toFixed(1)} ms, ${PROJECTS}×${ANSWERS} stored` });
  record({ name: 'answer click → saved and page re-rendered (median of 12)', value: median(rendered), unit: 'ms', detail: `max ${Math.max(...rendered).toFixed(1)} ms` });
  expect(median(persisted)).toBeLessThan(50);
});
