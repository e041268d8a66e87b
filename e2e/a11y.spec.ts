import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';
import { CoturnPage } from './pages/coturn-page.ts';
import { ContractorPage, OnboardingPage } from './pages/onboarding-page.ts';

/** WCAG 2.2 A/AA rules: the level the README promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const DEEP_ITEM = checklist.items[5]!;

/** Every route that needs no data (the project routes with data are in the tests below). */
const ROUTES = [
  { path: '/', ready: /projects/i },
  { path: '/checklist', ready: /checklist/i },
  { path: `/checklist/${DEEP_ITEM.id}`, ready: DEEP_ITEM.title },
  { path: '/checklist/no-such-item', ready: /not found/i },
  { path: '/turn', ready: /turn/i },
  { path: '/coturn', ready: /coturn/i },
  { path: '/about', ready: /about/i },
  { path: '/onboard', ready: /onboarding/i },
  { path: '/projects/no-such-project', ready: /not found/i },
  { path: '/projects/no-such-project/brief', ready: /not found/i },
  { path: '/projects/no-such-project/onboarding', ready: /not found/i },
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

/**
 * Elements styled by a verdict, grade or severity class (the colour) whose own visible text does not
 * say it in words: the icon and decoration parts are aria-hidden, so their text does not count.
 */
async function colourOnly(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const COLOURED = /^((tt-|pj-)?(verdict|grade|severity)-(?!icon$|text$|cell$|why$|filter$|inline$)[\w-]+|ca-(critical|high|medium|low|info|fail|pass))$/;
    const out: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll<HTMLElement>('main [class]')) {
      const token = [...el.classList].find((c) => COLOURED.test(c));
      if (!token || el.closest('[aria-hidden="true"], [hidden]')) continue;
      checked++;
      const copy = el.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      const words = `${copy.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`.trim();
      if (!/[A-Za-z]{2,}|\b[A-F]\b/.test(words)) out.push(`${el.tagName.toLowerCase()}.${token}: "${words}"`);
    }
    if (checked === 0) out.push('no verdict, grade or severity element on the page (nothing checked)');
    return out;
  });
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

  await page.getByRole('link', { name: 'contractor brief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Contractor brief/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goBack();

  const pack = await owner.exportPack();
  await page.goto('/onboard');
  await new ContractorPage(page).importPack.setInputFiles(await pack.path());
  await expect(page.getByRole('heading', { name: /You are being onboarded by/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('axe on the main states', () => {
  test.slow();

  test('an assessment with answers, notes, owners and evidence', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.importFile({ name: 'project.json', mimeType: 'application/json', buffer: Buffer.from(serializeFile(createProjectFile(fullyAnsweredProject(checklist), checklist.version))) });
    await page.getByRole('table').getByRole('link', { name: REPORT_PROJECT_NAME, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(REPORT_PROJECT_NAME);
    await expect(page.getByRole('radiogroup').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('TURN results from a run against the real coturn', async ({ page, turnPage, coturn }) => {
    await turnPage.goto();
    await turnPage.runWith([coturn.urls.udp, coturn.urls.tcp], { secret: coturn.secret });
    await turnPage.waitForCompletion(30_000);
    await expect(turnPage.results).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('coturn analyzer findings for the real coturn test server config', async ({ page, coturn }) => {
    const analyzer = new CoturnPage(page);
    await analyzer.goto();
    await analyzer.analyze(readFileSync(coturn.instance.configFile, 'utf8'), '4.6.x');
    await expect(analyzer.summary).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('TURN results attached to a project, and the project page with that evidence (verdicts in words)', async ({ page, turnPage, coturn, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Axe evidence');
    await turnPage.goto();
    await turnPage.runWith([coturn.urls.udp], { secret: coturn.secret });
    await turnPage.waitForCompletion(30_000);
    await expect(turnPage.attachButton).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(await colourOnly(page)).toEqual([]);
    await turnPage.attachButton.click();
    await expect(turnPage.attachStatus).toContainText('Evidence attached');
    expect(await violations(page)).toEqual([]);

    await turnPage.attachStatus.getByRole('link', { name: 'Open Axe evidence' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Axe evidence');
    await expect(page.getByText(/Evidence: TURN test/).first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(await colourOnly(page)).toEqual([]);
  });

  test('coturn findings attached to a project (verdicts and severities in words)', async ({ page, coturn, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Axe coturn');
    const analyzer = new CoturnPage(page);
    await analyzer.goto();
    await analyzer.analyze(readFileSync(coturn.instance.configFile, 'utf8'), '4.6.x');
    await expect(analyzer.summary).toBeVisible();
    expect(await colourOnly(page)).toEqual([]);
    await analyzer.attachButton.click();
    await expect(analyzer.attachStatus).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('import error messages and the "already exists" dialog', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"webrtc-security-checklist/project","version":1,"project":{"id":"x"') });
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await projectsPage.importFile({ name: 'bad-field.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'webrtc-security-checklist/project', version: 1, project: { id: 'x', name: 'X', profile: {}, answers: { a: { status: 'maybe' } } } })) });
    await expect(page.getByRole('alert')).toContainText('status');
    expect(await violations(page)).toEqual([]);

    const file = { name: 'twice.json', mimeType: 'application/json', buffer: Buffer.from(serializeFile(createProjectFile(fullyAnsweredProject(checklist), checklist.version))) };
    await projectsPage.importFile(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await projectsPage.importFile(file);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('This project already exists here.');
    expect(await violations(page)).toEqual([]);
  });

  test('the colour check flags a verdict shown only by colour and an icon', async ({ page }) => {
    await page.goto('/turn');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => {
      const badge = Object.assign(document.createElement('span'), { className: 'tt-verdict tt-verdict-fail', innerHTML: '<span aria-hidden="true">✗</span>' });
      document.querySelector('main')?.append(badge);
    });
    expect(await colourOnly(page)).toEqual(['span.tt-verdict-fail: ""']);
  });

  test('the recovery screen for corrupted storage', async ({ page }) => {
    await page.goto('/about');
    await page.evaluate(() => localStorage.setItem('wsc:projects', '{"version":1,"state":{"p":[{"i":"x"'));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your saved projects could not be opened' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test('keyboard focus is always visible (an outline of 2 px or more, or a focus shadow, on every focused control)', async ({ page, projectsPage }) => {
  test.slow();
  await projectsPage.goto();
  const project = new URL(await projectsPage.createProject('Focus walk')).pathname;
  for (const path of ['/', '/checklist', `/checklist/${DEEP_ITEM.id}`, '/turn', '/coturn', '/about', '/onboard', project, `${project}/onboarding`, `${project}/brief`, '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor, shadow: s.boxShadow };
      });
      if (!focus) continue;
      const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(focus.colour);
      const visible = (focus.outline !== 'none' && focus.width >= 2 && !transparent) || focus.shadow !== 'none';
      expect(visible, `${path}: focus on ${focus.what} is not visible (${JSON.stringify(focus)})`).toBe(true);
    }
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('with prefers-reduced-motion nothing animates or transitions', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const project = new URL(await projectsPage.createProject('Still')).pathname;
    for (const path of ['/', '/checklist', `/checklist/${DEEP_ITEM.id}`, '/turn', '/coturn', '/about', '/onboard', project, `${project}/onboarding`, `${project}/brief`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
          const s = getComputedStyle(el);
          const long = (v: string) => v.split(',').some((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000) > 10);
          const animated = s.animationName !== 'none' && long(s.animationDuration);
          return animated || long(s.transitionDuration) ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
        }),
      );
      expect(moving, path).toEqual([]);
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    }
  });
});
