import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ContractorPage, OnboardingPage } from './pages/onboarding-page.ts';

/** WCAG 2.2 A/AA rules: the level the README promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const ROUTES = [
  { path: '/', ready: /projects/i },
  { path: '/checklist', ready: /checklist/i },
  { path: '/turn', ready: /turn/i },
  { path: '/coturn', ready: /coturn/i },
  { path: '/about', ready: /about/i },
  { path: '/no-such-page', ready: /not found/i },
];

for (const route of ROUTES) {
  test(`axe finds no WCAG 2.2 AA violation on ${route.path}`, async ({ page }) => {
    // axe walks every node: the full checklist (120+ items) takes ~11 s on a quiet 2-core machine and more under load.
    test.slow();
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(route.ready);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

/** Axe violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds no WCAG 2.2 AA violation on the onboarding pages (owner with an inventory, contractor with a pack)', async ({ page, projectsPage }) => {
  await page.goto('/onboard');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/onboarding/i);
  expect(await violations(page)).toEqual([]);

  await projectsPage.goto();
  await projectsPage.createProject('Axe onboarding');
  await page.getByRole('link', { name: 'Contractor onboarding' }).click();
  const owner = new OnboardingPage(page);
  await owner.addServer({ name: 'SFU', role: 'Media server / SFU', product: 'Janus', exposure: 'Admin or control API', controlledBy: 'Clients (browsers and apps)' });
  await expect(owner.findings).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const pack = await owner.exportPack();
  await page.goto('/onboard');
  await new ContractorPage(page).importPack.setInputFiles(await pack.path());
  await expect(page.getByRole('heading', { name: /You are being onboarded by/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
