/**
 * The `bin` entry as users run it (issue 14: `npx <package> probe …`): from an installed copy of the
 * package, and under a terminal, where the report is coloured unless NO_COLOR is set.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;

async function exec(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, [...args], { env, cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A TCP port that refuses every connection attempt quickly: listened on, then closed. */
async function closedTcpPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('the bin entry from an installed copy (node_modules/webrtc-security-checklist)', { timeout: 60_000 }, () => {
  // Inside the repository's node_modules, so the copy's own dependencies (tsx, valibot) resolve
  // by walking up, as they do in an install; tsx does not apply tsconfig paths there.
  let bin = '';
  let dir = '';
  beforeAll(() => {
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'node_modules/.cache/bin-test-'));
    const copy = join(dir, 'node_modules/webrtc-security-checklist');
    for (const part of ['cli', 'src', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    bin = join(copy, 'cli/bin.mjs');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs probe: --help, a usage error (2) and a real run against a closed port (1)', async () => {
    const help = await exec(process.execPath, [bin, 'probe', '--help']);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npx webrtc-security-checklist probe');
    const usage = await exec(process.execPath, [bin, 'probe', 'turn:example.com']);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('missing credentials') });
    const port = await closedTcpPort();
    const probe = await exec(process.execPath, [bin, 'probe', `turn:127.0.0.1:${port}?transport=tcp`, '--secret', 's3cret-value', '--timeout', '500']);
    expect(probe.code, probe.stderr).toBe(1);
    expect(probe.stdout).toContain('connection refused');
  });

  it('runs coturn-lint', async () => {
    const r = await exec(process.execPath, [bin, 'coturn-lint', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage:');
  });
});

describe('probe colours', { timeout: 60_000 }, () => {
  // util-linux script(1) gives the probe a pseudo-terminal as stdout, as a user's shell does.
  const inTerminal = async (env: NodeJS.ProcessEnv) => {
    const port = await closedTcpPort();
    const command = `node cli/bin.mjs probe 'turn:127.0.0.1:${port}?transport=tcp' --username u --password p --timeout 500`;
    return exec('script', ['-qec', command, '/dev/null'], env);
  };
  const { NO_COLOR: _ignored, ...withoutNoColor } = process.env;

  it('paints verdicts on a terminal', async () => {
    const r = await inTerminal(withoutNoColor);
    expect(r.stdout).toContain('\x1b[31mFAIL \x1b[0m');
  });

  it('respects NO_COLOR on a terminal', async () => {
    const r = await inTerminal({ ...withoutNoColor, NO_COLOR: '1' });
    expect(r.stdout).toContain('FAIL  Allocation (allocation)');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('is plain when the output is not a terminal', async () => {
    const port = await closedTcpPort();
    const r = await exec(process.execPath, ['cli/bin.mjs', 'probe', `turn:127.0.0.1:${port}?transport=tcp`, '--username', 'u', '--password', 'p', '--timeout', '500'], withoutNoColor);
    expect(r.stdout).toContain('FAIL  Allocation (allocation)');
    expect(r.stdout).not.toContain('\x1b[');
  });
});
