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
