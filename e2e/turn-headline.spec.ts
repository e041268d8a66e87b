/**
 * The TURN tester's headline per server against real coturn: the probe command shown for an
 * inconclusive verdict (issue 14, run here as a user would paste it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { findFreePort } from './harness/coturn.ts';
import type { ProjectsPage } from './pages/projects-page.ts';
import { expect, test } from './fixtures';

interface ShellRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line as a user pasting it into bash in a checkout of the project would. */
function runInShell(command: string, env: Record<string, string> = {}): Promise<ShellRun> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', command], { cwd: process.cwd(), timeout: 60_000, env: { ...process.env, NO_COLOR: '1', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

test.describe('TURN tester: the command that settles an inconclusive verdict', () => {
  test.setTimeout(90_000);
  test.beforeEach(async ({ turnPage }) => {
    await turnPage.goto();
  });

  test('shared secret: a minted 15-minute credential, never the secret; the command settles it and the credential is valid', async ({
    turnPage: turn,
    coturn,
    startCoturn,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const anonymous = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.runWith([coturn.urls.udp, anonymous.urls.tcp], { secret: coturn.secret, userId: 'e2e-settle' });
    await turn.waitForCompletion();

    const server = `127.0.0.1:${anonymous.port}`;
    const line = turn.headline(server);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Inconclusive');
    const command = (await line.locator('.tt-settle-command').textContent()) ?? '';
    expect(command).toMatch(new RegExp(`^npm run probe -- '${anonymous.urls.tcp.replace(/[?.]/g, '\\$&')}' --username \\d+:e2e-settle --password \\S+$`));
    expect(command).not.toContain(coturn.secret);
    await expect(line).toContainText('expire after 15 minutes');
    await expect(line).not.toContainText(coturn.secret);
    // The secure server's headline has no command.
    await expect(turn.headline(`127.0.0.1:${coturn.instance.port}`).locator('.tt-settle')).toHaveCount(0);

    await line.getByRole('button', { name: `Copy command for ${server}` }).click();
    await expect(line.getByRole('status')).toHaveText('Copied.');
    expect(await turn.page.evaluate(() => navigator.clipboard.readText())).toBe(command);

    // Pasted as shown: the probe finds what the browser could not, an anonymous relay.
    const settled = await runInShell(command);
    expect(settled.code, settled.stdout + settled.stderr).toBe(1);
    expect(settled.stdout).toContain(`FAIL  Anonymous allocation (anonymous-allocation) ${server}`);

    // The minted pair is a credential coturn (use-auth-secret) accepts, and lasts about 15 minutes.
    const expiry = Number(/--username (\d+):/.exec(command)?.[1]);
    expect(expiry * 1000 - Date.now()).toBeGreaterThan(13 * 60_000);
    expect(expiry * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const out = join(mkdtempSync(join(tmpdir(), 'settle-')), 'probe.json');
    const valid = await runInShell(`${command.replace(`'${anonymous.urls.tcp}'`, `'${coturn.urls.udp}'`)} --json ${out}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { checks: { id: string; url: string; verdict: string }[] };
    expect(json.checks.find((c) => c.id === 'allocation'), valid.stdout).toMatchObject({ url: coturn.urls.udp, verdict: 'pass' });
  });

  test('username and password: the password is not printed; the command reads it from TURN_PASSWORD and settles it', async ({ turnPage: turn, startCoturn }) => {
    const anonymous = await startCoturn({ auth: { kind: 'no-auth' } });
    const password = 'typed-pass-9c41';
    await turn.runWith([anonymous.urls.tcp], { username: 'anyone', password });
    await turn.waitForCompletion();
    const server = `127.0.0.1:${anonymous.port}`;
    const line = turn.headline(server);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Inconclusive');
    await expect(line).toContainText('anonymous relay');
    const command = line.locator('.tt-settle-command');
    await expect(command).toHaveText(`npm run probe -- '${anonymous.urls.tcp}' --username anyone --password "$TURN_PASSWORD"`);
    await expect(line).toContainText('Your password is not printed here');
    await expect(line).not.toContainText(password);

    const settled = await runInShell((await command.textContent()) ?? '', { TURN_PASSWORD: password });
    expect(settled.code, settled.stdout + settled.stderr).toBe(1);
    expect(settled.stdout).toContain('FAIL  Anonymous allocation (anonymous-allocation)');

    // After a reload the page no longer has any credential: both come from the environment.
    await turn.page.reload();
    await expect(turn.headline(server).locator('.tt-settle-command')).toHaveText(
      `npm run probe -- '${anonymous.urls.tcp}' --username "$TURN_USERNAME" --password "$TURN_PASSWORD"`,
    );
  });
});

/** A new project whose profile answers "How do clients reach your TURN servers, on purpose?"; returns its id. */
async function projectExposing(page: Page, projectsPage: ProjectsPage, name: string, answer: string): Promise<string> {
  await projectsPage.goto();
  const projectUrl = await projectsPage.createProject(name);
  const profile = page.getByRole('region', { name: 'Architecture profile' });
  await profile.getByText(/questions answered — edit the profile/).click();
  await profile.getByRole('group', { name: 'How do clients reach your TURN servers, on purpose?' }).getByRole('radio', { name: answer }).check();
  return new URL(projectUrl).pathname.split('/').pop() ?? '';
}

test.describe('TURN tester judged against the project', () => {
  test('UDP blocked on purpose, coturn without UDP listeners: not Unreachable or Insecure, UDP graded off (intended)', async ({
    page,
    projectsPage,
    turnPage: turn,
    startCoturn,
  }) => {
    const projectId = await projectExposing(page, projectsPage, 'Hardened TURN', 'TCP and TLS: UDP blocked on purpose');
    await page.getByRole('link', { name: 'Test your TURN servers against this project' }).click();
    await expect(page).toHaveURL(`/turn?project=${projectId}`);
    const note = page.getByRole('note', { name: 'Judged against the project' });
    await expect(note).toContainText('Judged against project “Hardened TURN”: TCP and TLS: UDP blocked on purpose.');

    // coturn `no-udp` (4.6.1 README.turnserver: "Do not start UDP client listeners"): only TCP answers.
    const server = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true, extraConfig: ['no-udp'] });
    await turn.runWith([server.urls.udp, server.urls.tcp], { secret: server.secret ?? '' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${server.port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Secure');
    const grades = line.getByRole('list', { name: /Transport grades/ });
    await expect(grades).toContainText('UDP: off (UDP is blocked on purpose (intended by the project))');
    await expect(grades).toContainText('TCP: good');
    await expect(line).toContainText(`${server.urls.udp}: no answer — UDP is blocked on purpose, intended by the project.`);
    await expect(turn.verdict('allocation', server.urls.udp)).toHaveText('pass');
    await expect(turn.row('allocation', server.urls.udp)).toContainText('Intended by the project (UDP is blocked on purpose)');

    // The same run without the project: UDP is a failure again.
    await turn.goto();
    await expect(page.getByRole('note', { name: 'Judged against the project' })).toHaveCount(0);
    await expect(turn.verdict('allocation', server.urls.udp)).toHaveText('fail');
    await expect(turn.headline(`127.0.0.1:${server.port}`).getByRole('list', { name: /Transport grades/ })).toContainText('UDP: fail');
  });

  test('only the blocked URL tested: closed as intended; an unknown project id is said so', async ({ page, projectsPage, turnPage: turn }) => {
    const projectId = await projectExposing(page, projectsPage, 'SFU only', 'Not at all: only our SFU or media servers use TURN');
    await page.goto(`/turn?project=${projectId}`);
    const port = await findFreePort();
    await turn.runWith([`turn:127.0.0.1:${port}?transport=udp`, `turn:127.0.0.1:${port}?transport=tcp`], { username: 'sfu', password: 'sfu-password' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Closed as intended');
    await expect(line).toContainText('not reachable from here, as the project intends (TURN is only for the SFU, not for clients)');

    await page.goto('/turn?project=no-such-project');
    await expect(page.getByRole('note', { name: 'Judged against the project' })).toContainText('There is no project with the id “no-such-project”');
  });
});

test.describe('TURN tester: IPv4 and IPv6', () => {
  test('an IPv6 URL reaches coturn over ::1 but gets an IPv4 relay by default; with allocation-default-address-family=keep an IPv6 one', async ({
    turnPage: turn,
    startCoturn,
  }) => {
    await turn.goto();
    const plain = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true, relayIpv6: true });
    const keep = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true, relayIpv6: true, extraConfig: ['allocation-default-address-family=keep'] });
    const v6 = (port: number) => `turn:[::1]:${port}?transport=udp`;
    await turn.runWith([plain.urls.udp, v6(plain.port)], { secret: plain.secret ?? '' });
    await turn.waitForCompletion();
    await expect(turn.row('allocation', v6(plain.port))).toContainText('IPv4 relay address');
    const line = turn.headline(`[::1]:${plain.port}`);
    await expect(line).toContainText(`${v6(plain.port)}: IPv4 relay (reached over IPv6)`);
    await expect(line).toContainText('No IPv6 relay was tested');
    await expect(turn.headline(`127.0.0.1:${plain.port}`)).toContainText(`${plain.urls.udp}: IPv4 relay (reached over IPv4)`);

    await turn.runWith([v6(keep.port)], { secret: keep.secret ?? '' });
    await turn.waitForCompletion();
    await expect(turn.row('allocation', v6(keep.port))).toContainText('IPv6 relay address');
    await expect(turn.headline(`[::1]:${keep.port}`)).toContainText(`${v6(keep.port)}: IPv6 relay (reached over IPv6). No IPv4 relay was tested`);
  });
});

/**
 * Where the results table's URL cells wrap onto a new line at a point that is not a sensible one
 * (after the scheme, a dot or a hyphen of a host name but not of an IP address, before `?` or `&`): e.g. "turn:host:34" / "78".
 * Found from each character's line box, as the browser laid it out.
 */
async function badUrlBreaks(page: Page): Promise<string[]> {
  return page.locator('.tt-results .tt-target').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const text = cell.textContent ?? '';
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      const bad: string[] = [];
      for (let i = 1; i < tops.length; i++) {
        if (tops[i] === tops[i - 1]) continue;
        const before = text.slice(0, i);
        const after = text.slice(i);
        const ipHost = /^(turns?:)?(\d{1,3}(\.\d{1,3}){3}|\[)/.test(text);
        const sensible = /^(turns?|stuns?):$/.test(before) || (!ipHost && /[.-]$/.test(before)) || /^[?&]/.test(after);
        if (!sensible) bad.push(`"${before}" / "${after}"`);
      }
      return bad;
    }),
  );
}

test.describe('TURN tester results, as a user sees them', () => {
  test('screenshots at 1366 and 390 px: headlines with grades, the probe command, the table; nothing scrolls sideways', async ({ turnPage: turn, coturn, startCoturn }) => {
    const anonymous = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.page.setViewportSize({ width: 1366, height: 900 });
    await turn.goto();
    await turn.runWith([coturn.urls.udp, coturn.urls.tcp, anonymous.urls.tcp], { secret: coturn.secret, userId: 'e2e-shots' });
    await turn.waitForCompletion();
    await expect(turn.headline(`127.0.0.1:${anonymous.port}`).locator('.tt-settle-command')).toBeVisible();
    const overflow = () => turn.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    expect(await badUrlBreaks(turn.page)).toEqual([]);
    await turn.page.locator('.tt-results-panel').screenshot({ path: 'test-results/screenshots/turn-1366.png' });
    await turn.page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow()).toBe(0);
    expect(await badUrlBreaks(turn.page)).toEqual([]);
    const command = turn.headline(`127.0.0.1:${anonymous.port}`).locator('.tt-settle-command');
    expect(await command.evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
    await turn.page.locator('.tt-results-panel').screenshot({ path: 'test-results/screenshots/turn-390.png' });
    await turn.headlines.screenshot({ path: 'test-results/screenshots/turn-390-headlines.png' });
    await turn.results.locator('tbody tr').first().screenshot({ path: 'test-results/screenshots/turn-390-result-card.png' });
  });
});
