/**
 * Prerendered pages (src/config/pages.ts) show their buttons and fields before the app's JavaScript
 * runs; until src/main.tsx has called hydrateRoot (or createRoot), a click or a typed character does
 * nothing, as for any server-rendered page. A person reads first; a test acts within milliseconds of the
 * load event. So `goto` and `reload` also wait until React owns #root (it then handles early events
 * itself, hydrating the part that was clicked first). Pages without #root (robots.txt, a PDF) are not
 * waited for.
 */
import type { Page } from '@playwright/test';

const appMounted = () => {
  const root = document.getElementById('root');
  return root === null || Object.keys(root).some((key) => key.startsWith('__reactContainer'));
};

export function waitForAppOnNavigation(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const ready = async <T>(response: T, options?: { waitUntil?: string }) => {
    // `commit`/`domcontentloaded` callers want the page early (e.g. to watch it load); leave them be.
    if (options?.waitUntil === undefined || options.waitUntil === 'load' || options.waitUntil === 'networkidle')
      await page.waitForFunction(appMounted, undefined, { timeout: 15_000 }).catch(() => undefined);
    return response;
  };
  page.goto = async (url, options) => ready(await goto(url, options), options);
  page.reload = async (options) => ready(await reload(options), options);
}
