import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { CoturnPage } from './pages/coturn-page';

const INSECURE = [
  '# quick start',
  'lt-cred-mech',
  'user=alice:alicepassword42',
  'realm=example.com',
  'denied-peer-ip=10.0.0.0/8',
  'no-loopback-peers',
  'cli-password=qwerty',
  'static-auth-secret=tiny-secret-99',
].join('\n');

test.describe('coturn analyzer', () => {
  test('offers exactly the issue\'s versions, latest first selected', async ({ page }) => {
    const coturn = new CoturnPage(page);
    await coturn.goto();
    await expect(coturn.version.locator('option')).toHaveText(['4.5.x', '4.6.x', '4.7–4.8', '4.9–4.10', '4.11–4.12', '4.13.0', '4.13.1–4.15', '4.16', '4.17 and later']);
    await expect(coturn.version).toHaveValue('4.17');
  });

  test('paste → findings by severity with lines → download masked JSON → attach → evidence on the item', async ({ page, projectsPage, assessmentPage }) => {
    await projectsPage.goto();
    await projectsPage.createProject('Acme TURN');
    const coturn = new CoturnPage(page);
    await coturn.goto();
    await coturn.analyze(INSECURE, '4.6.x');

    await expect(page.getByRole('heading', { name: 'Findings for coturn 4.6.x' })).toBeVisible();
    await expect(coturn.summary).toContainText('High or critical findings remain.');
    const critical = coturn.group('Critical');
    await expect(critical).toContainText('cli-example-password');
    await expect(coturn.group('High')).toContainText('peer-acl-cidr');
    await expect(coturn.group('High')).toContainText('line 5');
    await expect(page.getByText('Ranges still open', { exact: false }).first()).toBeVisible();
    await expect(coturn.snippet).toContainText('denied-peer-ip=10.0.0.0-10.255.255.255');
    await expect(coturn.snippet).toContainText('no-tlsv1');
    for (const secret of ['alicepassword42', 'tiny-secret-99']) await expect(page.locator('.ca-results')).not.toContainText(secret);

    const download = await coturn.download();
    expect(download.suggestedFilename()).toBe('coturn-findings-4.6.json');
    const json = await readFile((await download.path()) ?? '', 'utf8');
    const file = JSON.parse(json);
    expect(file.format).toBe('webrtc-security-checklist/coturn-findings');
    expect(file.coturnVersion).toBe('4.6');
    expect(file.findings.map((f: { rule: string }) => f.rule)).toContain('peer-acl-cidr');
    for (const secret of ['alicepassword42', 'tiny-secret-99', 'qwerty']) expect(json).not.toContain(secret);

    // Nothing of the config is stored before attaching.
    const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(before).not.toContain('alice');

    await coturn.attachButton.click();
    await expect(coturn.attachStatus).toContainText(/Evidence attached to \d+ checklist items in “Acme TURN”/);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const secret of ['alicepassword42', 'tiny-secret-99', 'qwerty']) expect(stored).not.toContain(secret);

    await coturn.attachStatus.getByRole('link', { name: 'Open Acme TURN' }).click();
    await assessmentPage.showSection('turn-credentials');
    const item = assessmentPage.item('Enforce TURN authentication and confirm unauthenticated allocations are refused');
    await expect(item).toContainText(/Evidence: coturn config, fail, \d{1,2} \w{3} \d{4}/);
    await expect(item).toContainText('coturn config analyzer: auth-mode');
  });

  test('refuses binary files and files over 1 MB with a clear message; the file picker loads text', async ({ page }) => {
    const coturn = new CoturnPage(page);
    await coturn.goto();
    await coturn.file.setInputFiles({ name: 'turnserver', mimeType: 'application/octet-stream', buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) });
    await expect(coturn.error).toContainText('does not look like a text config file');
    await coturn.file.setInputFiles({ name: 'big.conf', mimeType: 'text/plain', buffer: Buffer.alloc(1024 * 1024 + 10, 0x61) });
    await expect(coturn.error).toContainText('reads at most 1 MB');
    await coturn.file.setInputFiles({ name: 'turnserver.conf', mimeType: 'text/plain', buffer: Buffer.from('no-auth\n') });
    await expect(coturn.config).toHaveValue('no-auth\n');
    await coturn.analyzeButton.click();
    await expect(coturn.group('Critical')).toContainText('auth-no-auth');
  });

  test('works from the keyboard', async ({ page }) => {
    const coturn = new CoturnPage(page);
    await coturn.goto();
    await coturn.config.focus();
    await page.keyboard.type('no-tcp-rely');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(coturn.version).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(coturn.analyzeButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('did you mean `no-tcp-relay`?', { exact: false })).toBeVisible();
  });
});
