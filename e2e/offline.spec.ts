/**
 * Offline after the first visit: the service worker precaches the whole build, so with the network
 * gone the app reloads, opens pages whose code was never loaded (the project page, the checklist),
 * saves answers and renders a PDF (jsPDF chunk and fonts from the cache).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { pdfPageCount, pdfText } from './harness/pdf.ts';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline: reload, new project, answer, PDF report', async ({ page, context, projectsPage, assessmentPage }, testInfo) => {
  await projectsPage.goto();
  // The worker installs after the load event and takes control of the page once it has cached everything.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('wsc-')) ?? '');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toContain('/index.html');
  expect(cached.some((p) => /^\/assets\/render-pdf\.chunk-[\w-]+\.js$/.test(p)), 'jsPDF chunk precached').toBe(true);
  expect(cached.some((p) => /^\/assets\/DejaVuSans-[\w-]+\.ttf$/.test(p)), 'PDF font precached').toBe(true);
  // Every file of the build (each lazy route chunk, style, font, public file) is in the cache, nothing else is needed.
  const built = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => `/${relative('dist', join(f.parentPath, f.name))}`);
  expect(cached.sort()).toEqual(built.filter((p) => p !== '/sw.js').sort());

  await context.setOffline(true);
  await page.reload();
  await expect(projectsPage.heading).toBeVisible();
  // Proof that the network is really gone (a file the worker does not cache cannot be fetched).
  expect(await page.evaluate(() => fetch('/not-precached-probe.txt').then(() => 'online', () => 'offline'))).toBe('offline');

  await projectsPage.createProject('Offline review');
  await assessmentPage.heading.waitFor();
  const first = checklist.items[0]!;
  await assessmentPage.answer(first.title, 'Yes');
  await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();
  const stored = await page.evaluate(() => localStorage.getItem('wsc:projects') ?? '');
  expect(stored).toContain(first.id);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (PDF)' }).click()]);
  const file = testInfo.outputPath('offline-report.pdf');
  await download.saveAs(file);
  // A real PDF: its header, pages poppler can count, and the project's name in its text.
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(file)).toBeGreaterThanOrEqual(1);
  expect(pdfText(file)).toContain('Offline review');

  // A deep link to a page never opened online loads from the cache too.
  await page.goto('/checklist');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/checklist/i);
  await context.setOffline(false);
});

test('a new deploy shows "A new version of the app is available"; Reload to update switches to it', async ({ page, deployableApp: app }) => {
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('wsc-')).sort());
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the app is available.' });
  await page.goto(`${app.origin}/checklist`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/checklist/i);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const first = await cacheNames();
  expect(first).toHaveLength(1);
  // The first install is not an update.
  await expect(prompt).toHaveCount(0);

  const version = app.deploy(2);
  // A navigation makes the browser check sw.js; the new worker installs and waits for the user.
  await page.reload();
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/checklist/i);
  expect(await cacheNames()).toEqual([...first, `wsc-${version}`].sort());

  // The waiting worker takes over and the page reloads once, under the new version.
  await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
  await expect.poll(cacheNames, { timeout: 20_000 }).toEqual([`wsc-${version}`]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/checklist/i);
  await expect(prompt).toHaveCount(0);
  // The page itself is the new deploy's (its marker comment sits after </html>), served from the new cache.
  expect(await page.evaluate(() => new XMLSerializer().serializeToString(document))).toContain('<!-- deploy 2 -->');
});
