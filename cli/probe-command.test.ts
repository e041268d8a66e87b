/** The command the web tester shows to settle an inconclusive verdict is one this CLI accepts as it is. */
import { describe, expect, it } from 'vitest';
import { probeCommand, type CommandCredentials } from '@/features/turn-tester/probe-command';
import { parseProbeArgs } from './probe';

/** The arguments after `npm run probe --`, as a shell splits them (the builder quotes only with '…' and "$VAR"). */
function splitArgs(command: string, env: Record<string, string>): string[] {
  const rest = command.replace(/^npm run probe -- /, '');
  return [...rest.matchAll(/'((?:[^']|'\\'')*)'|"\$([A-Z_]+)"|(\S+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2] !== undefined ? (env[m[2]] ?? '') : (m[3] ?? ''),
  );
}

describe('probe command from the web tester', () => {
  const url = 'turn:127.0.0.1:3478?transport=tcp';
  const cases: [CommandCredentials, Record<string, string>, { username: string; password: string }][] = [
    [{ kind: 'minted', username: '1767225600:turn-probe', password: 'a+b/c=', expiresAt: 0 }, {}, { username: '1767225600:turn-probe', password: 'a+b/c=' }],
    [{ kind: 'username', username: 'alice' }, { TURN_PASSWORD: 'pw' }, { username: 'alice', password: 'pw' }],
    [{ kind: 'none' }, { TURN_USERNAME: 'u', TURN_PASSWORD: 'p' }, { username: 'u', password: 'p' }],
  ];
  it.each(cases)('%o parses as static credentials for the URL', (credentials, env, expected) => {
    const parsed = parseProbeArgs(splitArgs(probeCommand(url, credentials), env));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.help === true) return;
    expect(parsed.args.uris.map((u) => u.url)).toEqual([url]);
    expect(parsed.args.credentials).toEqual({ kind: 'static', ...expected });
  });
});
