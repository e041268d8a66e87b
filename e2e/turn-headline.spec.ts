/**
 * The TURN tester's headline per server against real coturn: the probe command shown for an
 * inconclusive verdict (issue 14, run here as a user would paste it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
