/**
 * The TURN commands quoted in checklist items' "how to verify" text, executed as written against
 * real coturn started by the harness (no browser). Placeholders are substituted the way a reader
 * would: `turn.example.com` → 127.0.0.1, `-p 3478` → the instance's port, `TURN_SECRET` → the
 * instance's throwaway secret, `/etc/turnserver.conf` → the instance's generated config. A typo in
 * an item's command, or coturn behaving differently from what the item says, fails here.
 */
import { execFile, execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import type { CoturnInstance } from './harness/coturn.ts';
import { getItem } from '../src/entities/checklist/content/index.ts';

function codeSpans(itemId: string, field: 'verify' | 'fix' = 'verify'): string[] {
  const item = getItem(itemId);
  if (!item) throw new Error(`No checklist item ${itemId}`);
  // Inline code is delimited by single backticks (as the UI renders it): every odd piece is code.
  return item[field].split('`').filter((_, i) => i % 2 === 1);
}

/** The one command in the item's text that starts with `prefix` and contains `marker`. */
function command(itemId: string, prefix: string, marker = ''): string {
  const found = codeSpans(itemId).filter((c) => c.startsWith(prefix) && c.includes(marker));
  expect(found, `${itemId}: commands starting with "${prefix}"${marker ? ` containing "${marker}"` : ''}`).toHaveLength(1);
  return found[0] ?? '';
}

const mintValid = (itemId: string) => command(itemId, 'u=', '+ 600');
const mintExpired = (itemId: string) => command(itemId, 'u=', '- 60');

interface Run {
  code: number;
  output: string;
}

/** Runs the item's command lines in bash with the placeholders substituted for `turn`. */
function run(turn: CoturnInstance, lines: string[]): Promise<Run> {
  const script = lines
    .map((l) =>
      l
        .replaceAll('turn.example.com', '127.0.0.1')
        .replaceAll('-p 3478', `-p ${turn.port}`)
        .replaceAll('/etc/turnserver.conf', turn.configFile),
    )
    .join('\n');
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', script],
      { env: { ...process.env, TURN_SECRET: turn.secret ?? '' }, timeout: 25_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

function coturnVersion(): [number, number, number] {
  const out = execFileSync(process.env.TURNSERVER_PATH ?? 'turnserver', ['--version'], { encoding: 'utf8' });
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(out);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

const atLeast = (v: readonly number[], floor: readonly number[]) => {
  for (let i = 0; i < floor.length; i++) {
    if ((v[i] ?? 0) !== (floor[i] ?? 0)) return (v[i] ?? 0) > (floor[i] ?? 0);
  }
  return true;
};

test.describe('verify commands from checklist items, run against real coturn', () => {
  test('allocation succeeds with a minted credential and fails with a wrong password', async ({ startCoturn }) => {
    const id = 'turn-cred-authentication-enforced';
    const turn = await startCoturn({ auth: { kind: 'rest-secret' } });

    const ok = await run(turn, [mintValid(id), command(id, 'timeout 5 turnutils_uclient', 'Received relay addr')]);
    expect(ok.output).toMatch(/IPv4\. Received relay addr: 127\.0\.0\.1:\d+/);
    expect(ok.code).toBe(0);

    const wrong = await run(turn, [mintValid(id), command(id, 'turnutils_uclient', 'wrong-password')]);
    expect(wrong.output).toContain('ERROR: Cannot complete Allocation');
    expect(wrong.code).toBe(255);
    expect(turn.readLog()).toContain('error 401: Unauthorized');
  });

  test('the auth-options grep tells a secret-mode config from anonymous and static-user ones', async ({ startCoturn }) => {
    const id = 'turn-cred-authentication-enforced';
    const grep = command(id, 'grep -nE', 'use-auth-secret');
    const secret = await run(await startCoturn({ auth: { kind: 'rest-secret' } }), [grep]);
    expect(secret.output).toMatch(/^\d+:use-auth-secret$/m);
    expect(secret.output).toMatch(/^\d+:static-auth-secret=/m);
    expect(secret.output).toMatch(/^\d+:realm=/m);
    expect(secret.output).not.toMatch(/no-auth|user=/);

    const anonymous = await run(await startCoturn({ auth: { kind: 'no-auth' } }), [grep]);
    expect(anonymous.output).toMatch(/^\d+:no-auth$/m);
    const staticUser = await run(await startCoturn({ auth: { kind: 'static-user' } }), [grep]);
    expect(staticUser.output).toMatch(/^\d+:user=/m);
    expect(staticUser.output).not.toMatch(/use-auth-secret/);
  });

  test('an expired but correctly signed credential is refused', async ({ startCoturn }) => {
    const id = 'turn-cred-ephemeral';
    const turn = await startCoturn({ auth: { kind: 'rest-secret' } });
    const allocate = command(id, 'turnutils_uclient');

    const expired = await run(turn, [mintExpired(id), allocate]);
    expect(expired.output).toContain('ERROR: Cannot complete Allocation');
    expect(expired.code).toBe(255);
    expect(turn.readLog()).toMatch(/user <\d+:audit>: incoming packet message processed, error 401: Unauthorized/);

    // The same command with a fresh credential allocates, so the refusal above is about the expiry.
    const fresh = await run(turn, [mintValid('turn-cred-authentication-enforced'), allocate]);
    expect(fresh.output).not.toContain('Cannot complete Allocation');
  });

  test('a loopback peer is refused with 403 Forbidden IP', async ({ startCoturn }) => {
    const id = 'turn-close-ipv4-mapped-bypass';
    const lines = [mintValid(id), command(id, 'turnutils_uclient', '-e 127.0.0.1')];

    const guarded = await run(await startCoturn({ auth: { kind: 'rest-secret' } }), lines);
    expect(guarded.output).toContain('error 403 (Forbidden IP)');

    // With allow-loopback-peers the very same command gets through: the 403 comes from the guard.
    const open = await run(await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true }), lines);
    expect(open.output).not.toContain('403');
  });

  test('the deny list from the item’s fix blocks private and metadata peers, written as ranges', async ({ startCoturn }) => {
    const id = 'turn-deny-special-purpose-peers';
    // The ranges exactly as the fix text lists them.
    const ranges = codeSpans(id, 'fix').filter((c) => /^[0-9a-f:.]+-[0-9a-f:.]+$/i.test(c));
    expect(ranges.length).toBeGreaterThanOrEqual(20);
    const turn = await startCoturn({ auth: { kind: 'rest-secret' }, deniedPeerIps: ranges });
    expect(turn.readLog()).not.toMatch(/Wrong address range format/);

    for (const peer of ['-e 10.0.0.1', '-e 169.254.169.254']) {
      const r = await run(turn, [mintValid(id), command(id, 'turnutils_uclient', peer)]);
      expect(r.output, peer).toContain('error 403 (Forbidden IP)');
    }
    const grep = await run(turn, [command(id, 'grep -nE')]);
    expect(grep.output).toBe('');
    expect(grep.code).toBe(1);
  });

  test('a CIDR deny line is flagged by the grep and does not block on this coturn version', async ({ startCoturn }) => {
    const id = 'turn-deny-special-purpose-peers';
    const version = coturnVersion();
    if (atLeast(version, [4, 11, 0])) {
      // Since 4.11.0 a malformed ACL stops coturn at startup, as the item says.
      await expect(startCoturn({ auth: { kind: 'rest-secret' }, deniedPeerIps: ['10.0.0.0/8'] })).rejects.toThrow(/exited early/);
      return;
    }
    // Before 4.11.0 the line is dropped silently: no block at all.
    const turn = await startCoturn({ auth: { kind: 'rest-secret' }, deniedPeerIps: ['10.0.0.0/8'] });
    const grep = await run(turn, [command(id, 'grep -nE')]);
    expect(grep.output).toContain('denied-peer-ip=10.0.0.0/8');
    const r = await run(turn, [mintValid(id), command(id, 'turnutils_uclient', '-e 10.0.0.1')]);
    expect(r.output).not.toContain('403');
  });

  test('an SFU-only allow-list refuses any other peer', async ({ startCoturn }) => {
    const id = 'turn-sfu-only-peers';
    const denyAll = codeSpans(id).filter((c) => c.startsWith('denied-peer-ip='));
    expect(denyAll).toHaveLength(2);
    const turn = await startCoturn({ auth: { kind: 'rest-secret' }, extraConfig: denyAll });
    const r = await run(turn, [mintValid(id), command(id, 'turnutils_uclient', '-e 203.0.113.7')]);
    expect(r.output).toContain('error 403 (Forbidden IP)');
  });

  test('TCP relay is refused with 442 when no-tcp-relay is set, and only then', async ({ startCoturn }) => {
    const id = 'turn-disable-tcp-relay';
    const lines = [mintValid(id), command(id, 'turnutils_uclient -T')];

    const off = await run(await startCoturn({ auth: { kind: 'rest-secret' }, extraConfig: ['no-tcp-relay'] }), lines);
    expect(off.output).toContain('error 442 (TCP Transport is not allowed by the TURN Server configuration)');
    expect(off.code).toBe(255);

    const on = await run(await startCoturn({ auth: { kind: 'rest-secret' } }), lines);
    expect(on.output).not.toContain('442');
  });
});
