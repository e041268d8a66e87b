import type { Locator, Page } from '@playwright/test';
import type { ProjectsPage } from './pages/projects-page.ts';
import { axeViolations as violations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { createProjectFile, serializeFile } from '../src/features/projects/project-file.ts';
import { fullyAnsweredProject, REPORT_PROJECT_NAME } from '../src/testing/report-project.ts';
import { analyzeConfig } from '../src/features/coturn-config/analyze.ts';
import { findingsFile } from '../src/features/coturn-config/findings-file.ts';
import { secureSnippet } from '../src/features/coturn-config/snippet.ts';
import { buildResultsFile } from '../src/features/turn-tester/results-file.ts';
import { makeCheck } from '../src/features/turn-tester/verdicts.ts';
import { CoturnPage } from './pages/coturn-page.ts';
import { ContractorPage, OnboardingPage } from './pages/onboarding-page.ts';

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
    expect(await violations(page)).toEqual([]);
  });
}

/** A command-line probe's results file: a failure, a warning and a pass, with severities. */
const PROBE_FILE = buildResultsFile(
  {
    startedAt: '2026-12-02T08:00:00.000Z',
    urls: ['turn:127.0.0.1:3478?transport=udp'],
    checks: [
      makeCheck({ id: 'anonymous-allocation', scope: 'server', target: '127.0.0.1:3478', verdict: 'fail', detail: 'The server granted an allocation without credentials.', severity: 'critical' }),
      makeCheck({ id: 'peer-restrictions', scope: 'server', target: '127.0.0.1:3478', verdict: 'warn', detail: 'Relaying to 10.0.0.1 was allowed.', severity: 'high' }),
      makeCheck({ id: 'allocation', scope: 'url', target: 'turn:127.0.0.1:3478?transport=udp', verdict: 'pass', ms: 80, detail: 'Relay allocated.' }),
    ],
    candidates: {},
    cancelled: false,
    ms: 1,
  },
  [],
  'turn-probe',
);

/** The findings file the coturn analyzer writes for `config` (coturn 4.6). */
function findingsFileFor(config: string): unknown {
  const r = analyzeConfig(config, '4.6', checklist.items);
  if (!r.ok) throw new Error('the config must analyse');
  return findingsFile(r.analysis, secureSnippet(r.analysis.parsed, r.analysis.version, { secret: 'GENERATED' }), new Date(Date.UTC(2026, 11, 2)));
}

/** Imports the same project file twice; returns the "already exists" dialog it opens. */
async function importTwice(projectsPage: ProjectsPage): Promise<Locator> {
  const file = { name: 'twice.json', mimeType: 'application/json', buffer: Buffer.from(serializeFile(createProjectFile(fullyAnsweredProject(checklist), checklist.version))) };
  await projectsPage.importFile(file);
  await expect(projectsPage.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await projectsPage.importFile(file);
  const dialog = projectsPage.page.getByRole('alertdialog');
  await expect(dialog).toContainText('This project already exists here.');
  return dialog;
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

    await importTwice(projectsPage);
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

  test('import previews: probe results on /turn, a TURN results file and a coturn findings file on a project page, a refused file (verdicts in words)', async ({ page, turnPage, projectsPage }) => {
    const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
    await projectsPage.goto();
    await projectsPage.createProject('Axe previews');
    const preview = page.getByRole('region', { name: 'Results file preview' });
    const attach = page.getByLabel('Attach results file to project');
    await attach.setInputFiles(json('turn-probe.json', PROBE_FILE));
    await expect(preview).toContainText('TURN probe (command line) results taken');
    expect(await violations(page)).toEqual([]);
    await attach.setInputFiles(json('coturn-findings.json', findingsFileFor('listening-port=3478\nno-auth\nrealm=example.com\ncli-password=qwerty\n')));
    await expect(preview).toContainText('coturn config analyzer results taken');
    expect(await violations(page)).toEqual([]);
    await attach.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect(page.getByRole('alert')).toContainText('“broken.json” was not attached.');
    expect(await violations(page)).toEqual([]);

    await turnPage.goto();
    await page.getByLabel('Import TURN probe results').setInputFiles(json('turn-probe.json', PROBE_FILE));
    await expect(page.getByRole('region', { name: 'Imported results: TURN probe (command line)' })).toContainText('from the command line');
    expect(await violations(page)).toEqual([]);
    expect(await colourOnly(page)).toEqual([]);
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

/**
 * Presses Tab through the page and returns the visible, enabled controls it never reached (a radio
 * group counts once: Tab stops at one radio, the arrows move within the group) and those whose focus
 * was not visible (an outline of 2 px or more, or a focus shadow).
 */
async function unreachableByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    // Native controls taken out of the Tab order on purpose (tabindex="-1") are left out; an element that
    // only says it is a control (role="button" …) must be in the Tab order.
    const ROLE = '[role="button"], [role="link"], [role="checkbox"], [role="switch"]';
    const controls = [...document.querySelectorAll<HTMLElement>(`a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), ${ROLE}`)].filter(
      (el) => (el.tabIndex >= 0 || el.matches(ROLE)) && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }) && el.closest('[inert]') === null,
    );
    const keys = new Set<string>();
    controls.forEach((el, i) => {
      const key = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : `control:${i}`;
      el.dataset.kbdKey = key;
      keys.add(key);
    });
    return keys.size;
  });
  const reached = new Set<string>();
  const invisible: string[] = [];
  for (let i = 0; i < total * 2 + 10 && reached.size < total; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.kbdKey) return null;
      const s = getComputedStyle(el);
      const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(s.outlineColor);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent) || s.boxShadow !== 'none';
      return { key: el.dataset.kbdKey, visible, what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"` };
    });
    if (focus === null) continue;
    reached.add(focus.key);
    // Every control, not only the first few of a page (the test above), shows where the focus is.
    if (!focus.visible) invisible.push(`focus not visible on ${focus.what}`);
  }
  const missing = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd-key]')]
        .filter((el) => !seen.includes(el.dataset.kbdKey ?? ''))
        .map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name).trim().slice(0, 40)}"`),
    [...reached],
  );
  return [...missing, ...new Set(invisible)];
}

test('keyboard: every visible control of every page (and of TURN results) is reached with Tab, its focus visible', async ({ page, projectsPage, turnPage, coturn }) => {
  test.slow();
  await projectsPage.goto();
  const project = new URL(await projectsPage.createProject('Tab walk')).pathname;
  for (const path of ['/', '/turn', '/coturn', '/about', '/onboard', `${project}/onboarding`, `${project}/brief`, '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await unreachableByTab(page), path).toEqual([]);
  }
  await turnPage.goto();
  await turnPage.runWith([coturn.urls.udp], { secret: coturn.secret });
  await turnPage.waitForCompletion(30_000);
  await page.locator('body').focus();
  expect(await unreachableByTab(page), '/turn with results').toEqual([]);

  // The check itself: a "button" that is only a styled span is reported.
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('span'), { role: 'button', textContent: 'Fake button' }) /* `role` reflects to the attribute */));
  await page.locator('body').focus();
  expect(await unreachableByTab(page)).toEqual(['span "Fake button"']);
});

test('keyboard: the TURN test runs and the "already exists" dialog is answered without a mouse', async ({ page, turnPage, coturn, projectsPage }) => {
  await turnPage.goto();
  await turnPage.urls.focus();
  await page.keyboard.insertText(coturn.urls.udp);
  await turnPage.credentials.getByRole('radio', { name: 'Shared secret (TURN REST API)', exact: true }).focus();
  await page.keyboard.press('Space');
  await turnPage.secret.focus();
  await page.keyboard.insertText(coturn.secret);
  await turnPage.runButton.focus();
  await page.keyboard.press('Enter');
  await turnPage.waitForCompletion(30_000);
  await expect(turnPage.results).toBeVisible();

  await projectsPage.goto();
  const dialog = await importTwice(projectsPage);
  // Focus moves into the dialog; Tab reaches its choices and Enter picks one.
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  const buttons = await dialog.getByRole('button').count();
  for (let i = 0; i < buttons && !(await dialog.getByRole('button').last().evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button').last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
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
