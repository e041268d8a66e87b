import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A/AA rules: the level the README promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe violations on the page as it is now, one line each. Sections styled `content-visibility: auto` (the
 * checklist's and a project's) are not laid out while off-screen, and axe's hit-testing (target-size,
 * contrast) cannot see into them; they are laid out first, as they are when a reader scrolls to them.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Through the CSSOM: the CSP refuses an added <style> or style attribute.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
