import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { appliesToProfile, EMPTY_PROFILE } from '../src/entities/checklist/scope.ts';

const items = checklist.items;
const NO_SCREEN_SHARING = { 'Can users share their screen?': 'No' };
const profile = { ...EMPTY_PROFILE, screenSharing: false };
const applicable = items.filter((i) => appliesToProfile(i, profile));

test.describe('assessment: start, continue and the keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a new project shows "Start assessment" in the first viewport; it focuses the first unanswered item, then "Continue" the next', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Start here');
    await expect(assessmentPage.startAction).toHaveText('Start assessment');
    await expect(assessmentPage.startAction).toBeInViewport();
    await page.screenshot({ path: 'test-results/assessment-start-1280.png' });
    await assessmentPage.startAction.click();
    const first = items[0]!;
    await expect(assessmentPage.item(first.title)).toBeFocused();
    await expect(assessmentPage.item(first.title)).toBeInViewport();
    await page.keyboard.press('y');
    await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(assessmentPage.startAction).toHaveText(`Continue: ${items[1]!.title}`);
    await assessmentPage.startAction.click();
    await expect(assessmentPage.item(items[1]!.title)).toBeFocused();

    // A progress link scrolls to the section and focuses its heading.
    await page.evaluate(() => window.scrollTo(0, 0));
    const third = checklist.sections[2]!;
    await assessmentPage.sectionProgress.getByRole('button', { name: third.title, exact: true }).click();
    await expect(assessmentPage.sectionHeading).toContainText(`Section 3 of ${checklist.sections.length}`);
    await expect(assessmentPage.sectionHeading).toBeFocused();
    await expect(assessmentPage.sectionHeading).toBeInViewport();
  });

  test('keyboard only: j/k and y/n/p/a answer every applicable item, collapsed N/A items are skipped, ] moves on', async ({ page, projectsPage, assessmentPage }) => {
    test.setTimeout(120_000);
    await projectsPage.goto();
    await projectsPage.createProject('Keyboard pass', NO_SCREEN_SHARING);
    expect(applicable.length).toBeLessThan(items.length);
    await assessmentPage.startAction.focus();
    await page.keyboard.press('Enter');
    // The walkthrough mounts after the overview has painted: focus reaches the first item once it has.
    await expect.poll(async () => (await assessmentPage.focused()).kind).toBe('item');
    const keys = ['y', 'n', 'p', 'a'];
    const answered = new Set<string>();
    for (let step = 0; step < items.length * 3; step++) {
      const at = await assessmentPage.focused();
      if (at.kind === 'item') {
        expect(answered.has(at.id), `j came back to ${at.id}`).toBe(false);
        await page.keyboard.press(keys[answered.size % keys.length]!);
        answered.add(at.id);
        await page.keyboard.press('j');
      } else if (at.kind === 'next-section') {
        await page.keyboard.press(']');
        await expect(assessmentPage.sectionHeading).toBeFocused();
        await page.keyboard.press('j');
      } else {
        // The last section's end step (no next section): the pass is over.
        expect(at.kind, `focus went to ${'text' in at ? at.text : ''}`).toBe('section-end');
        break;
      }
    }
    expect([...answered].sort()).toEqual(applicable.map((i) => i.id).sort());
    await expect(assessmentPage.overview).toContainText(`${applicable.length} of ${applicable.length} applicable items answered`);
    // k from the end step goes back to the last item; [ goes to the previous section's heading.
    await page.keyboard.press('k');
    await expect(assessmentPage.item(applicable.at(-1)!.title)).toBeFocused();
    await page.keyboard.press('[');
    await expect(assessmentPage.sectionHeading).toContainText(`Section ${checklist.sections.length - 1} of`);
    await expect(assessmentPage.sectionHeading).toBeFocused();
    // N/A answers without a reason are asked about (not forced).
    await expect(page.getByText(/^No reason yet: why does this not apply/).first()).toBeAttached();
    await expect(assessmentPage.startAction).toHaveCount(0);
  });
});

test.describe('checklist search over the whole item', () => {
  const TERM = 'static-auth-secret';
  const shownOrTagged = (i: (typeof items)[number]) => [i.title, i.why, i.verify, i.tags.join(' '), ...i.references.map((r) => r.title + r.url)].join(' ').toLowerCase();
  const onlyInFix = items.find((i) => i.fix.toLowerCase().includes(TERM) && !shownOrTagged(i).includes(TERM));

  test('finds a term that appears only in an item’s fix text, and highlights it', async ({ page }) => {
    expect(onlyInFix, `an item names ${TERM} only in its fix text`).toBeDefined();
    const view = new ChecklistPage(page);
    await view.goto();
    await view.search.fill(TERM);
    const row = view.items.filter({ has: page.getByRole('heading', { name: onlyInFix!.title, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Found in How to fix:');
    await expect(row.locator('mark')).toHaveText([TERM]);
    // gitleaks is named only in a verify text.
    await view.search.fill('gitleaks');
    await expect(view.items.locator('mark').first()).toHaveText('gitleaks');
    await expect(view.items.first()).toContainText('Found in How to verify:');
  });
});

test.describe('evidence that agrees with answers', () => {
  test('Yes + a failing TURN test from the real coturn is flagged on the item and in the overview', async ({ projectsPage, assessmentPage, turnPage, startCoturn }) => {
    test.setTimeout(60_000);
    const target = items.find((i) => i.section === 'turn-credentials' && i.evidence.includes('turn:credential-lifetime') && appliesToProfile(i, EMPTY_PROFILE));
    expect(target, 'an item takes credential-lifetime evidence').toBeDefined();
    // Static long-term credentials: the TURN tester's credential-lifetime check fails.
    const server = await startCoturn({ auth: { kind: 'static-user', username: 'alice-static' }, allowLoopbackPeers: true });
    await projectsPage.goto();
    const projectUrl = await projectsPage.createProject('Evidence check');
    await assessmentPage.showSection(target!.section);
    await assessmentPage.answer(target!.title, 'Yes');
    await expect(assessmentPage.radio(target!.title, 'Yes')).toBeChecked();

    await turnPage.goto();
    await turnPage.runWith([server.urls.udp], server.user ?? { username: '', password: '' });
    await turnPage.waitForCompletion();
    await expect(turnPage.verdict('credential-lifetime')).toHaveText('fail');
    await expect(turnPage.project).toHaveValue(new URL(projectUrl).pathname.split('/').pop() ?? '');
    await turnPage.attachButton.click();
    await turnPage.attachStatus.getByRole('link', { name: 'Open Evidence check' }).click();

    await expect(assessmentPage.overview).toContainText('1 answer contradicted by evidence');
    await assessmentPage.overview.getByRole('button', { name: target!.title, exact: true }).click();
    const card = assessmentPage.item(target!.title);
    await expect(card).toBeFocused();
    await expect(card).toContainText('Contradicted by evidence: answered Yes, but the TURN test of');
    await expect(card).toContainText('failed');
    // Answering No resolves the disagreement.
    await assessmentPage.answer(target!.title, 'No');
    await expect(assessmentPage.overview).not.toContainText('contradicted by evidence');
  });
});

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('assessment rounds', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a second round keeps the first read-only; the comparison lists a changed answer; axe is clean in both rounds', async ({ page, projectsPage, assessmentPage }) => {
    test.setTimeout(90_000);
    const [a, b] = items;
    await projectsPage.goto();
    await projectsPage.createProject('Quarterly review');
    await assessmentPage.answer(a!.title, 'Yes');
    await assessmentPage.answer(b!.title, 'No');
    expect(await axeViolations(page)).toEqual([]);

    const rounds = page.getByRole('region', { name: 'Assessment rounds' });
    await expect(rounds).toContainText('This is the first assessment round.');
    await rounds.getByRole('button', { name: 'Start a new assessment round' }).click();
    await rounds.getByRole('button', { name: 'Start round 2' }).click();
    await expect(rounds.getByRole('status')).toHaveText('Round 1 closed and kept read-only; round 2 started from its answers.');
    await expect(rounds).toContainText('No answer has changed since round 1.');

    // Round 2: one answer gets worse, one improves.
    await assessmentPage.answer(a!.title, 'Partial');
    await assessmentPage.answer(b!.title, 'Yes');
    const comparison = rounds.getByRole('region', { name: 'Changes since round 1' });
    await expect(comparison.getByRole('list', { name: /^Worse/ })).toHaveText(`${a!.title}: Yes → Partial`);
    await expect(comparison.getByRole('list', { name: /^Improved/ })).toHaveText(`${b!.title}: No → Yes`);
    // Round 1 stays as it was.
    const history = rounds.getByRole('list', { name: 'Previous rounds' });
    await history.getByText(/^Round 1 · closed/).click();
    await expect(history).toContainText(`${a!.title}: Yes`);
    await expect(history).toContainText(`${b!.title}: No`);
    await expect(history.getByRole('radio')).toHaveCount(0);
    await expect(assessmentPage.overview).toContainText(/Score trend: Round 1: \d+% \([A-F]\) → Round 2 \(current\): \d+% \([A-F]\)/);

    await page.reload();
    await expect(comparison.getByRole('list', { name: /^Worse/ })).toHaveText(`${a!.title}: Yes → Partial`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/assessment-round2-1280.png', fullPage: false });
    await rounds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/assessment-rounds-1280.png' });
  });
});

test.describe('small screens (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the projects table, progress table and lists reflow without sideways scrolling', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Telecommunications infrastructure assessment');
    await assessmentPage.answer(items[0]!.title, 'Yes');
    await expect(assessmentPage.sectionProgress).toBeVisible();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/assessment-project-390.png' });
    await assessmentPage.sectionProgress.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/assessment-progress-390.png' });
    expect(await axeViolations(page)).toEqual([]);

    await projectsPage.goto();
    await expect(projectsPage.row('Telecommunications infrastructure assessment')).toBeVisible();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // The name wraps between words only: every line of the link starts at a word.
    const link = page.getByRole('link', { name: 'Telecommunications infrastructure assessment', exact: true });
    const wordsSplit = await link.evaluate((el) => {
      const range = document.createRange();
      const text = el.firstChild?.firstChild ?? el.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const tops: number[] = [];
      const content = text.textContent ?? '';
      for (let i = 0; i < content.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        tops.push(range.getBoundingClientRect().top);
      }
      // Indexes where a new line starts must follow a space.
      return tops.flatMap((t, i) => (i > 0 && t > (tops[i - 1] ?? t) + 1 && content[i - 1] !== ' ' ? [i] : []));
    });
    expect(wordsSplit).toEqual([]);
    await page.screenshot({ path: 'test-results/projects-390.png' });
  });
});
