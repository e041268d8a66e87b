import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { toChecklistJson } from '../src/entities/checklist/publication.ts';

test.describe('checklist reference view', () => {
  test('lists every item grouped by section', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    await expect(view.resultCount).toHaveText(`Showing all ${checklist.items.length} items.`);
    await expect(view.items).toHaveCount(checklist.items.length);
    for (const section of checklist.sections) {
      await expect(page.getByRole('heading', { level: 2, name: section.title, exact: true })).toBeVisible();
    }
  });

  test('search narrows the list and survives a reload', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    await view.search.fill('recording consent');
    const expected = checklist.items.filter((i) =>
      ['recording', 'consent'].every((w) => [i.id, i.title, i.why, i.tags.join(' ')].join(' ').toLowerCase().includes(w)),
    );
    expect(expected.length).toBeGreaterThan(0);
    await expect(view.items).toHaveCount(expected.length);
    await expect(page).toHaveURL(/q=recording/);
    await page.reload();
    await expect(view.search).toHaveValue('recording consent');
    await expect(view.items).toHaveCount(expected.length);

    await view.search.fill('zzzz-no-such-thing');
    await expect(page.getByText('No item matches these filters.')).toBeVisible();
  });

  test('filters by severity and ASVS level', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    await view.severity('Critical').check();
    const critical = checklist.items.filter((i) => i.severity === 'critical');
    await expect(view.items).toHaveCount(critical.length);
    await view.severity('Critical').uncheck();

    await view.asvsLevel.selectOption({ label: 'Level 1–2 requirements' });
    const l2 = checklist.items.filter((i) => i.standards.some((s) => s.level <= 2));
    await expect(view.items).toHaveCount(l2.length);
    // Each V17 item shows which requirement it covers.
    await expect(page.getByText('ASVS 17.1.1 · L2').first()).toBeVisible();
    await expect(page.getByText(/ASVS 17\.2\.6/)).toHaveCount(0);
  });

  test('scoping to an architecture marks items as not applicable instead of dropping them', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    await page.getByText('Scope to an architecture').click();
    await page.getByLabel('Who runs your TURN servers?').selectOption({ label: 'A TURN or CPaaS provider' });
    const ownTurnOnly = checklist.items.filter((i) => i.appliesTo?.turn && !i.appliesTo.turn.includes('provider'));
    expect(ownTurnOnly.length).toBeGreaterThan(0);
    await expect(view.resultCount).toContainText(`${checklist.items.length - ownTurnOnly.length} apply to this architecture`);
    // Still all listed: the non-applicable ones sit in a collapsed group per section.
    await expect(page.locator('main li.item-row')).toHaveCount(checklist.items.length);
    await expect(page.locator('main li.item-row.is-na')).toHaveCount(ownTurnOnly.length);
    const first = ownTurnOnly[0]!;
    const section = page.locator(`#section-${first.section}`);
    await section.getByText(/Not applicable to this architecture/).click();
    await expect(section.getByRole('article', { name: first.title })).toContainText('you answered: TURN provider');
  });

  test('an item has a deep link that survives a reload', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    const item = checklist.items[5]!;
    await view.itemLink(item.title).click();
    await expect(page).toHaveURL(new RegExp(`/checklist/${item.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await expect(page.getByRole('heading', { name: 'How to verify' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to fix' })).toBeVisible();
    await expect(page.getByRole('link', { name: item.references[0]!.title })).toHaveAttribute('href', item.references[0]!.url);
    await expect(page).toHaveTitle(`${item.title} · WebRTC Security Checklist`);
    await page.getByRole('link', { name: '← Checklist' }).click();
    await expect(page).toHaveURL(/\/checklist$/);

    await page.goto('/checklist/no-such-item');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist item not found');
  });

  test('the prerendered list stays as HTML until a filter: no content request, links navigate in the app', async ({ page }) => {
    const content: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/content-[\w-]+\.js$/.test(r.url())) content.push(r.url());
    });
    const view = new ChecklistPage(page);
    await view.goto();
    // Hydrated: React owns the heading (its fiber mark) — the list itself is left as the HTML it arrived as.
    await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('main h1') ?? {}).some((k) => k.startsWith('__reactFiber')))).toBe(true);
    await expect(view.items).toHaveCount(checklist.items.length);
    expect(content, 'the unfiltered, prerendered list needs no content chunk').toEqual([]);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // A link in the unhydrated HTML is a client-side navigation (the document survives).
    const item = checklist.items[3]!;
    await view.itemLink(item.title).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.goBack();
    await expect(view.heading).toHaveText('WebRTC security checklist');

    // A filter renders the list from the content; clearing it brings back every item, links still in the app.
    await view.severity('Critical').check();
    await expect(view.resultCount).toHaveText(`${checklist.items.filter((i) => i.severity === 'critical').length} of ${checklist.items.length} items match.`);
    expect(content).toHaveLength(1);
    await view.severity('Critical').uncheck();
    await expect(view.resultCount).toHaveText(`Showing all ${checklist.items.length} items.`);
    await expect(view.items).toHaveCount(checklist.items.length);
    await view.itemLink(item.title).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('is usable from the keyboard', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    await view.search.focus();
    await page.keyboard.type('turn');
    await page.keyboard.press('Tab');
    await expect(view.severity('Critical')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(view.severity('Critical')).toBeChecked();
    const first = page.locator('main .item-title a').first();
    await first.focus();
    const title = await first.innerText();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the served build publishes /checklist.json generated from the same data', async ({ request }) => {
    const res = await request.get('/checklist.json');
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-type']).toContain('application/json');
    const json = await res.json();
    expect(json).toEqual(JSON.parse(JSON.stringify(toChecklistJson(checklist))));
    expect(json.format).toBe('webrtc-security-checklist');
    expect(json.schemaVersion).toBe(1);
    expect(json.items).toHaveLength(checklist.items.length);
  });

  test('downloads the checklist as RFC 4180 CSV', async ({ page }) => {
    const view = new ChecklistPage(page);
    await view.goto();
    const [download] = await Promise.all([page.waitForEvent('download'), view.downloadCsv.click()]);
    expect(download.suggestedFilename()).toBe(`webrtc-security-checklist-${checklist.version}.csv`);
    const raw = readFileSync((await download.path())!, 'utf8');
    expect(raw.startsWith('\uFEFF'), 'UTF-8 byte-order mark for Excel').toBe(true);
    const csv = raw.slice(1);
    expect(csv.startsWith('id,section,title,severity,applies_to,why,verify,fix,asvs,references,tags\r\n')).toBe(true);
    for (const item of checklist.items) expect(csv).toContain(item.id);
    // Rows = header + one per item (quoted fields may contain line breaks, so count ids at line starts).
    const rowStarts = csv.split('\r\n').filter((l) => checklist.items.some((i) => l.startsWith(`${i.id},`)));
    expect(rowStarts).toHaveLength(checklist.items.length);
  });
});
