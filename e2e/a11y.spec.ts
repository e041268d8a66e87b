import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

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
