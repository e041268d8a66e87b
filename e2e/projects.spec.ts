import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AssessmentPage } from './pages/assessment-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { appliesToProfile, EMPTY_PROFILE } from '../src/entities/checklist/scope.ts';

const baseline = checklist.items.filter((i) => i.section === 'baseline' && !i.appliesTo);
const [first, second, third] = baseline as [(typeof baseline)[number], (typeof baseline)[number], (typeof baseline)[number]];
const screenSharing = checklist.items.find((i) => i.id === 'privacy-display-capture-safe-defaults');

async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

async function storedProjects(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('wsc:projects'));
}

test.describe('projects', () => {
  test('create a project with a profile, answer items, reload and see the answers', async ({ page, projectsPage, assessmentPage }) => {
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await projectsPage.goto();
    await expect(projectsPage.emptyState).toBeVisible();
    await projectsPage.createProject('Acme Video', { 'Can users share their screen?': 'No' });
    await expect(page).toHaveTitle('Acme Video · Project · WebRTC Security Checklist');
    await expect(assessmentPage.heading).toHaveText('Acme Video');

    await assessmentPage.answer(first.title, 'Yes');
    await assessmentPage.answer(second.title, 'No');
    await assessmentPage.note(second.title).fill('Plain ws:// still open on port 8188');
    await assessmentPage.item(third.title).getByLabel('Owner').fill('Platform team');
    await assessmentPage.item(third.title).getByLabel('Due date').fill('2020-01-31');

    // An item that does not apply is kept, collapsed, with the reason.
    if (screenSharing) {
      await assessmentPage.showSection(screenSharing.section);
      await expect(page.getByText(`${screenSharing.title} — Not applicable to your architecture: Applies only when you offer screen sharing (you answered: No)`)).toBeVisible();
      await expect(assessmentPage.item(screenSharing.title)).toBeHidden();
    }

    await page.reload();
    await assessmentPage.showSection('baseline');
    await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();
    await expect(assessmentPage.radio(second.title, 'No')).toBeChecked();
    await expect(assessmentPage.note(second.title)).toHaveValue('Plain ws:// still open on port 8188');
    await expect(assessmentPage.item(third.title).getByLabel('Owner')).toHaveValue('Platform team');
    // The overview reflects it: overdue list, failing item in "What to fix next".
    await expect(page.getByRole('list', { name: 'Overdue' })).toContainText(third.title);
    // Critical items first: the first open critical item in checklist order leads "What to fix next".
    const firstCritical = checklist.items.find((i) => i.severity === 'critical' && !i.appliesTo?.screenSharing);
    await expect(page.getByRole('list', { name: 'What to fix next' }).getByRole('listitem').first()).toContainText(firstCritical?.title ?? '');
    await expect(assessmentPage.overview).toContainText('Weights: critical 10, high 5, medium 2, low 1');

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Projects' }).click();
    const row = projectsPage.row('Acme Video');
    await expect(row).toContainText(/2\/\d+ answered/);
    await expect(projectsPage.persistence).toBeVisible();
    expect(cspViolations).toEqual([]);
  });

  test('the architecture profile stays editable and decides which items apply', async ({ page, projectsPage, assessmentPage }) => {
    test.skip(!screenSharing, 'needs the screen-sharing item');
    await projectsPage.goto();
    await projectsPage.createProject('Profile later');
    await assessmentPage.showSection(screenSharing!.section);
    await expect(assessmentPage.item(screenSharing!.title)).toBeVisible();
    const profile = page.getByRole('region', { name: 'Architecture profile' });
    await profile.getByText(/questions answered — edit the profile/).click();
    await profile.getByRole('group', { name: 'Can users share their screen?' }).getByRole('radio', { name: 'No', exact: true }).check();
    await expect(assessmentPage.item(screenSharing!.title)).toBeHidden();
    await expect(page.getByText(`${screenSharing!.title} — Not applicable to your architecture:`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`${screenSharing!.title} — Not applicable to your architecture:`)).toBeVisible();
    const notApplicable = checklist.items.filter((i) => !appliesToProfile(i, { ...EMPTY_PROFILE, screenSharing: false })).length;
    await expect(assessmentPage.overview).toContainText(`${notApplicable} not applicable to your architecture`);
  });

  test('two pages: an answer in each survives and each page shows the other without reload', async ({ page, context, projectsPage }) => {
    await projectsPage.goto();
    const url = await projectsPage.createProject('Shared');
    const one = new AssessmentPage(page);
    const page2 = await context.newPage();
    const two = new AssessmentPage(page2);
    await two.goto(url);

    await one.answer(first.title, 'Yes');
    await two.answer(second.title, 'No');
    await expect(one.radio(second.title, 'No')).toBeChecked();
    await expect(two.radio(first.title, 'Yes')).toBeChecked();

    // Same item, later answer wins in both.
    await one.answer(second.title, 'Partial');
    await expect(two.radio(second.title, 'Partial')).toBeChecked();
    await two.note(first.title).fill('typed in page 2');
    await expect(one.note(first.title)).toHaveValue('typed in page 2');

    await page.reload();
    await page2.reload();
    for (const p of [one, two]) {
      await expect(p.radio(first.title, 'Yes')).toBeChecked();
      await expect(p.radio(second.title, 'Partial')).toBeChecked();
      await expect(p.note(first.title)).toHaveValue('typed in page 2');
    }
  });

  test('N/A asks for a reason, which is kept and exported', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('NA project');
    await expect(assessmentPage.naReason(first.title)).toHaveCount(0);
    await assessmentPage.answer(first.title, 'N/A');
    await assessmentPage.naReason(first.title).fill('We only ship a native app');
    await page.reload();
    await expect(assessmentPage.naReason(first.title)).toHaveValue('We only ship a native app');

    const file = JSON.parse(await downloadedText(await assessmentPage.exportProject()));
    expect(file.project.answers[first.id]).toMatchObject({ status: 'na', naReason: 'We only ship a native app' });

    // Open findings by default; N/A answers come with "Include closed and N/A items".
    expect(await downloadedText(await assessmentPage.exportFindings())).not.toContain('We only ship a native app');
    await page.getByRole('checkbox', { name: 'Include closed and N/A items' }).check();
    const raw = await downloadedText(await assessmentPage.exportFindings());
    expect(raw.startsWith('\uFEFF'), 'UTF-8 byte-order mark for Excel').toBe(true);
    const csv = raw.slice(1);
    expect(csv.split('\r\n')[0]).toBe('item,title,section,severity,status,owner,due,note,naReason,evidence,link');
    expect(csv).toContain(`${first.id},`);
    expect(csv).toContain('N/A');
    expect(csv).toContain('We only ship a native app');
  });

  test('answers from the keyboard: j/k move, y/p/n/a answer, typing in a field does not', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Keyboard');
    await expect(page.getByText('Keyboard shortcuts')).toBeVisible();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    await expect(assessmentPage.item(first.title)).toBeFocused();
    await page.keyboard.press('y');
    await expect(assessmentPage.radio(first.title, 'Yes')).toBeChecked();
    await page.keyboard.press('j');
    await page.keyboard.press('3');
    await expect(assessmentPage.radio(second.title, 'No')).toBeChecked();
    await page.keyboard.press('k');
    await expect(assessmentPage.item(first.title)).toBeFocused();
    await page.keyboard.press('p');
    await expect(assessmentPage.radio(first.title, 'Partial')).toBeChecked();

    await assessmentPage.note(first.title).click();
    await page.keyboard.type('yes and no');
    await expect(assessmentPage.note(first.title)).toHaveValue('yes and no');
    await expect(assessmentPage.radio(first.title, 'Partial')).toBeChecked();

    await assessmentPage.nextSection.click();
    await expect(page).toHaveURL(/section=signaling/);
    await expect(page.getByRole('heading', { level: 3, name: /Section 2 of/ })).toBeFocused();
    await assessmentPage.previousSection.click();
    await expect(assessmentPage.radio(second.title, 'No')).toBeChecked();
  });

  test('filters: unanswered, failing, severity and all sections', async ({ projectsPage, assessmentPage, page }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Filters');
    await assessmentPage.answer(first.title, 'No');
    await assessmentPage.answer(second.title, 'Yes');
    await page.getByRole('radio', { name: 'Failing (No or Partial)' }).check();
    await expect(page.locator('article[data-item-id]')).toHaveCount(1);
    await expect(assessmentPage.item(first.title)).toBeVisible();
    await page.getByRole('radio', { name: 'Unanswered' }).check();
    await expect(assessmentPage.item(first.title)).toHaveCount(0);
    await expect(assessmentPage.item(third.title)).toBeVisible();
    await page.getByRole('radio', { name: 'All items' }).check();
    await assessmentPage.showSection('all');
    await page.getByLabel('Severity').selectOption('critical');
    const critical = checklist.items.filter((i) => i.severity === 'critical');
    await expect(page.locator('[data-item-id]')).toHaveCount(critical.length);
  });

  test('export → import round trip, and the same id asks before replacing', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Round trip');
    await assessmentPage.answer(first.title, 'Partial');
    await assessmentPage.note(first.title).fill('quotes " and, commas');
    await assessmentPage.item(first.title).getByRole('button', { name: 'Add evidence link' }).click();
    await assessmentPage.item(first.title).getByLabel('Evidence link').fill('https://admin:hunter2@wiki.example.com/review');
    await assessmentPage.item(first.title).getByLabel('Evidence label').fill('Review notes');
    await assessmentPage.item(first.title).getByRole('button', { name: 'Add link' }).click();
    await expect(assessmentPage.item(first.title).getByRole('link', { name: 'Review notes' })).toBeVisible();

    const download = await assessmentPage.exportProject();
    expect(download.suggestedFilename()).toMatch(/^round-trip-\d{4}-\d{2}-\d{2}\.webrtc-checklist\.json$/);
    const text = await downloadedText(download);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'contentVersion', 'project']);
    expect(file.format).toBe('webrtc-security-checklist/project');
    expect(Object.keys(file.project)).toEqual(['id', 'name', 'profile', 'answers']);
    expect(text).not.toContain('hunter2');

    // Delete (with undo), then import the file back.
    await page.getByRole('link', { name: 'Projects' }).first().click();
    await projectsPage.row('Round trip').getByRole('button', { name: 'Delete' }).click();
    await expect(projectsPage.undoButton).toBeVisible();
    await projectsPage.undoButton.click();
    await expect(projectsPage.row('Round trip')).toBeVisible();
    await projectsPage.row('Round trip').getByRole('button', { name: 'Delete' }).click();
    await expect(projectsPage.emptyState).toBeVisible();

    await projectsPage.importFile({ name: 'round-trip.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await page.getByRole('link', { name: 'Round trip', exact: true }).first().click();
    await expect(assessmentPage.radio(first.title, 'Partial')).toBeChecked();
    await expect(assessmentPage.note(first.title)).toHaveValue('quotes " and, commas');
    const again = JSON.parse(await downloadedText(await assessmentPage.exportProject()));
    expect({ ...again, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });

    // Importing the same id again asks; the default keeps both.
    await page.getByRole('link', { name: 'Projects' }).first().click();
    await projectsPage.importFile({ name: 'round-trip.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('This project already exists here.');
    await expect(dialog).toBeFocused();
    await dialog.getByRole('button', { name: 'Import as a copy' }).click();
    // Focus comes back to the page (not lost on <body>).
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
    await expect(projectsPage.row('Round trip (imported copy)')).toBeVisible();
    await expect(projectsPage.row('Round trip')).toBeVisible();
  });

  test('a malformed file gets one message naming the first bad field', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const bad = {
      format: 'webrtc-security-checklist/project',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contentVersion: checklist.version,
      project: { id: 'p1', name: 'Bad', profile: {}, answers: { 'turn-x': { status: 'maybe', updatedAt: 1 } } },
    };
    await projectsPage.importFile({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(page.getByRole('alert')).toContainText('project.answers["turn-x"].status: expected one of yes, partial, no, na');
    await projectsPage.importFile({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await expect(projectsPage.emptyState).toBeVisible();
  });

  test('a file over 50 MB is refused before it is read', async ({ page, projectsPage }, testInfo) => {
    await projectsPage.goto();
    // A file on disk: Playwright refuses in-memory buffers of this size.
    const path = testInfo.outputPath('huge.json');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
    await projectsPage.importInput.setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText('over 50 MB are refused');
    await expect(projectsPage.emptyState).toBeVisible();
  });

  test('drag and drop a project file onto the page imports it', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    const file = {
      format: 'webrtc-security-checklist/project',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contentVersion: checklist.version,
      project: { id: 'dropped', name: 'Dropped', profile: {}, answers: { [first.id]: { status: 'yes', updatedAt: 1 } } },
    };
    const dataTransfer = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(file));
    const target = page.getByRole('region', { name: 'Projects' });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(projectsPage.row('Dropped')).toContainText('1/');

    // "Anywhere on this page": the site header and footer too.
    const again = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify({ ...file, project: { ...file.project, id: 'dropped-2', name: 'Dropped outside' } }));
    const outside = page.locator('footer.site-footer');
    await outside.dispatchEvent('dragover', { dataTransfer: again });
    await outside.dispatchEvent('drop', { dataTransfer: again });
    await expect(projectsPage.row('Dropped outside')).toBeVisible();
  });

  test('rename, duplicate and export all projects', async ({ page, projectsPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Q1 review');
    await page.getByRole('link', { name: 'Projects' }).first().click();
    await projectsPage.row('Q1 review').getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for Q1 review').fill('Q1 2026 review');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('link', { name: 'Q1 2026 review', exact: true })).toBeFocused();
    await projectsPage.row('Q1 2026 review').getByRole('button', { name: 'Duplicate' }).click();
    await expect(projectsPage.row('Q1 2026 review (copy)')).toBeVisible();
    const all = JSON.parse(await downloadedText(await projectsPage.exportAll()));
    expect(all.format).toBe('webrtc-security-checklist/projects');
    expect(all.projects.map((p: { name: string }) => p.name).sort()).toEqual(['Q1 2026 review', 'Q1 2026 review (copy)']);
    expect(await storedProjects(page)).toContain('Q1 2026 review (copy)');
  });

  test('focus: create lands on the project heading; delete moves to the next row; Undo stays while focused', async ({ page, projectsPage }) => {
    await page.clock.install();
    await projectsPage.goto();
    await projectsPage.createProject('Alpha');
    await expect(page.getByRole('heading', { level: 1, name: 'Alpha' })).toBeFocused();
    await page.getByRole('link', { name: 'Projects' }).first().click();
    await projectsPage.createProject('Beta');
    await page.getByRole('link', { name: 'Projects' }).first().click();
    // Rows: Beta, Alpha (most recent first). Deleting Beta focuses Alpha's link.
    await projectsPage.row('Beta').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name: 'Alpha', exact: true })).toBeFocused();
    await projectsPage.undoButton.focus();
    await page.clock.fastForward(15_000);
    await expect(projectsPage.undoButton).toBeVisible();
    await projectsPage.undoButton.click();
    await expect(projectsPage.row('Beta')).toBeVisible();
    // The last row deleted: focus goes to the page heading.
    await projectsPage.row('Beta').getByRole('button', { name: 'Delete' }).click();
    await projectsPage.row('Alpha').getByRole('button', { name: 'Delete' }).click();
    await expect(projectsPage.heading).toBeFocused();
  });

  test('single-key shortcuts work only in the assessment and can be turned off', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Shortcuts');
    // The walkthrough mounts after the overview has painted: wait for it, or "j does nothing" proves nothing.
    await expect(assessmentPage.item(first.title)).toBeVisible();
    // Focus outside the walkthrough (the page toolbar): "j" does nothing.
    await page.getByRole('button', { name: 'Export project' }).focus();
    await page.keyboard.press('j');
    await expect(assessmentPage.item(first.title)).not.toBeFocused();
    await page.getByText('Keyboard shortcuts').click();
    const toggle = page.getByRole('checkbox', { name: 'Use single-key shortcuts' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    await expect(assessmentPage.item(first.title)).not.toBeFocused();
    await page.reload();
    await page.getByText('Keyboard shortcuts').click();
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    await expect(assessmentPage.item(first.title)).toBeFocused();
  });

  test('the controls between the overview and the walkthrough stay where they are once shown or scrolled to', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    // From the first frame the project page has: the results-file control is there with the profile
    // below it (its code loading later would push the profile down under a reader's pointer).
    const order = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const check = () => {
            const profile = document.querySelector('.pj-profile summary');
            if (profile === null) return requestAnimationFrame(check);
            resolve(document.querySelector('.pj-evidence-file input[type="file"]') === null ? 'profile before the file control' : 'file control with the profile');
          };
          check();
        }),
    );
    await projectsPage.createProject('Layout');
    expect(await order).toBe('file control with the profile');
    await expect(assessmentPage.item(first.title)).toBeVisible();
    const summaries = [page.getByText(/questions answered — edit the profile/), page.getByText('Keyboard shortcuts')];
    for (const summary of summaries) {
      // Where it is right after scrolling to it, and three frames later, when the sections around it
      // have been laid out: the same (a section laid out late counted at an estimated height, and the
      // profile's summary moved 260 px: a click pressed on it and released elsewhere).
      const moved = await summary.evaluate(
        (el) =>
          new Promise<number>((resolve) => {
            el.scrollIntoView({ block: 'center' });
            const before = el.getBoundingClientRect().top;
            let frames = 0;
            const next = () => (++frames < 4 ? requestAnimationFrame(next) : resolve(el.getBoundingClientRect().top - before));
            requestAnimationFrame(next);
          }),
      );
      expect(moved).toBe(0);
    }
  });

  test('an export says how many values were redacted, and keeps prose', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Redaction');
    await assessmentPage.note(first.title).fill('password: hunter2');
    await assessmentPage.note(second.title).fill('Rotate the TURN secret: done via vault');
    const text = await downloadedText(await assessmentPage.exportProject());
    expect(text).not.toContain('hunter2');
    expect(text).toContain('Rotate the TURN secret: done via vault');
    await expect(page.getByRole('status').filter({ hasText: '1 value that looked like a credential was replaced by [redacted] in the file.' })).toBeVisible();
  });
});
