/**
 * The prerendered pages (src/config/pages.ts) arrive as HTML and React hydrates them: no hydration
 * warning or error on any of them, the server's nodes are kept (not thrown away and rendered again),
 * and pages that start from this browser's data (stored projects, remembered TURN URLs, a filter in
 * the query string) show it once the page is live.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PAGES = [
  { path: '/', heading: 'Projects' },
  { path: '/checklist', heading: 'WebRTC security checklist' },
  { path: '/turn', heading: 'TURN credential tester' },
  { path: '/coturn', heading: 'coturn configuration analyzer' },
  { path: '/about', heading: /about/i },
];

/** React's production hydration errors are minified (#418 mismatch, #423 recovery, #425 text, …). */
const HYDRATION_PROBLEM = /hydrat|Minified React error|react\.dev\/errors/i;

/** Console errors and warnings about hydration (or any React error), and uncaught page errors, from now on. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && HYDRATION_PROBLEM.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Keeps the first <h1> the HTML parser creates, to tell hydration (same node) from a fresh render. */
async function rememberParsedHeading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector('#root h1');
      if (h1) {
        (window as unknown as { parsedHeading: Element }).parsedHeading = h1;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** React marks the DOM nodes it owns; a hydrated heading carries the marks. */
async function headingState(page: Page): Promise<{ reactOwned: boolean; sameNode: boolean }> {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    return {
      reactOwned: h1 !== null && Object.keys(h1).some((k) => k.startsWith('__reactFiber')),
      sameNode: h1 === (window as unknown as { parsedHeading?: Element }).parsedHeading,
    };
  });
}

test.describe('prerendered pages hydrate', () => {
  for (const { path, heading } of PAGES) {
    test(`${path} is served as HTML and hydrates without a warning`, async ({ page, request }) => {
      const html = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
      expect(html, 'the page content is in the HTML').toMatch(/<h1[^>]*>/);
      expect(html).toContain('data-page=');

      const problems = collectProblems(page);
      await rememberParsedHeading(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect.poll(() => headingState(page)).toEqual({ reactOwned: true, sameNode: true });
      // A beat for late warnings (effects after hydration).
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    });
  }

  test('a page whose content is in its HTML asks for its scripts only after it has painted; the project skeleton preloads them', async ({ page, request }) => {
    const checklistHtml = await (await request.get('/checklist', { headers: { accept: 'text/html' } })).text();
    // No script or module preload in the head but the loader, which names the entry and the chunks.
    expect(checklistHtml).not.toContain('rel="modulepreload"');
    const scripts = [...checklistHtml.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/src="\/assets\/boot-[\w-]+\.js" data-entry="\/assets\/index-[\w-]+\.js" data-preload="[^"]*\/assets\/checklist-/);
    const projectHtml = await (await request.get('/projects/any-id', { headers: { accept: 'text/html' } })).text();
    expect(projectHtml).toContain('rel="modulepreload"');
    expect(projectHtml).not.toContain('data-entry=');

    // In the browser: the first paint comes before the entry script is even requested.
    const requested: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/index-[\w-]+\.js$/.test(r.url())) requested.push(r.url());
    });
    await page.goto('/checklist');
    await expect(page.getByRole('heading', { level: 1, name: 'WebRTC security checklist' })).toBeVisible();
    const { paint, entryStart } = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const entry = performance.getEntriesByType('resource').find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.name));
      return { paint: fcp?.startTime ?? NaN, entryStart: entry?.startTime ?? NaN };
    });
    expect(requested).toHaveLength(1);
    expect(entryStart).toBeGreaterThan(paint);
  });

  test('a project page hydrates its skeleton, then shows the stored project', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const url = await projectsPage.createProject('Hydration check');
    const problems = collectProblems(page);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: /Hydration check/ })).toBeVisible();
    await expect(page).toHaveTitle(/^Hydration check · Project · /);
    await page.goto('/');
    await expect(projectsPage.row('Hydration check')).toBeVisible();
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
  });

  test('pages that start from stored or URL state render it without a hydration warning', async ({ page, turnPage }) => {
    await turnPage.goto();
    await turnPage.urls.fill('turn:127.0.0.1:3478');
    await turnPage.remember.check();
    const problems = collectProblems(page);
    await page.reload();
    await expect(turnPage.urls).toHaveValue('turn:127.0.0.1:3478');
    await expect(turnPage.remember).toBeChecked();

    await page.goto('/checklist?q=coturn');
    await expect(page.getByLabel('Search checklist')).toHaveValue('coturn');
    await expect(page.getByRole('status').filter({ hasText: /items match/ })).toBeVisible();
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
  });

  test('an unknown URL gets the shell and renders the 404 page on the client', async ({ page, request }) => {
    const html = await (await request.get('/no-such-page', { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<div id="root"></div>');
    const problems = collectProblems(page);
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
