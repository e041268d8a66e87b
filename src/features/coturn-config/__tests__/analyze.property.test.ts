/**
 * Property test for the whole coturn analyzer on outside input (issue 18): config text a user pastes
 * or `coturn-lint` reads, built from real option names (every row of the option table, aliases,
 * misspellings), plausible and hostile values and real secrets. 10 000 cases, every version choice:
 * analysis, secure snippet and findings file never throw; findings point at real lines, counts add
 * up, and the findings file never carries the config's secret values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig, checkConfigBytes } from '@/features/coturn-config/analyze';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';
import { findingsFile } from '@/features/coturn-config/findings-file';
import { OPTION_ALIASES, OPTION_ROWS } from '@/features/coturn-config/option-table';
import { secureSnippet } from '@/features/coturn-config/snippet';
import { VERSION_CHOICES } from '@/features/coturn-config/versions';

const RUNS = { numRuns: 10_000 };
/** About 10 s alone; several times that on a loaded 2-core machine. */
const TIMEOUT = 240_000;
const NOW = new Date(Date.UTC(2026, 11, 2, 10));

const names = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...OPTION_ROWS.map((r) => r[0])) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(OPTION_ALIASES)) },
  { weight: 1, arbitrary: fc.constantFrom('no-tcp-relays', 'denied-peer', 'listening_port', 'FINGERPRINT', 'lt-cred', '--no-cli', 'verbose;', '') },
);
const values = fc.oneof(
  fc.constantFrom('', '0', '1', '-1', '3478', '65536', '443', 'yes', 'no', 'true', '127.0.0.1', '0.0.0.0', '::', '::1', '10.0.0.0-10.255.255.255', '172.16.0.0-172.31.255.255', '192.168.0.0-192.168.255.255', '0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'fe80::-febf::', '10.0.0.1-10.0.0.0', '1.2.3', 'example.com', '/etc/ssl/cert.pem', 'HIGH:!aNULL', 'TLSv1', '"quoted"', '# comment', '86400', '999999999999999999999'),
  fc.ipV4(),
  fc.tuple(fc.ipV4(), fc.ipV4()).map(([a, b]) => `${a}-${b}`),
  fc.ipV6(),
  fc.string({ maxLength: 20 }),
);
/** A secret no finding text would contain by chance. */
const secret = fc.string({ unit: fc.constantFrom(...'abcdefghkmnpqrstuvwxyz23456789'), minLength: 12, maxLength: 24 }).map((s) => `Qz${s}`);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(names, fc.constantFrom('=', ' ', '\t', ' = ', '=='), values).map(([n, sep, v]) => `${n}${sep}${v}`) },
  { weight: 2, arbitrary: names },
  { weight: 1, arbitrary: fc.constantFrom('', '# turnserver.conf', '   ', 'turnserver -n --no-auth', '\r', 'command: ["-n"]') },
);
const configArb = fc.record({
  lines: fc.array(line, { maxLength: 30 }),
  secrets: fc.array(fc.tuple(fc.constantFrom('static-auth-secret', 'cli-password', 'user', 'stateless-nonce-secret'), secret), { maxLength: 2 }),
  at: fc.nat(),
  newline: fc.constantFrom('\n', '\r\n'),
  version: fc.constantFrom(...VERSION_CHOICES.map((v) => v.id)),
});

describe('analyzeConfig (property)', () => {
  it('never throws; findings point at real lines, counts add up, and no secret value reaches the findings file', () => {
    fc.assert(
      fc.property(configArb, ({ lines, secrets, at, newline, version }) => {
        const all = [...lines];
        for (const [name, value] of secrets) all.splice(at % (all.length + 1), 0, name === 'user' ? `user=alice:${value}` : `${name}=${value}`);
        const r = analyzeConfig(all.join(newline), version, checklist.items);
        if (!r.ok) {
          expect(['empty', 'binary', 'too-large']).toContain(r.problem.kind);
          return;
        }
        const { findings, counts, parsed } = r.analysis;
        for (const f of findings) for (const l of f.lines) expect(l >= 1 && l <= parsed.lineCount).toBe(true);
        expect(FINDING_SEVERITIES.reduce((n, s) => n + counts[s], 0)).toBe(findings.length);
        const file = JSON.stringify(findingsFile(r.analysis, secureSnippet(parsed, r.analysis.version, { secret: 'GENERATED' }), NOW));
        for (const [, value] of secrets) expect(file).not.toContain(value);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('checkConfigBytes never throws on any bytes (a chosen file), and flags NUL bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const problem = checkConfigBytes(bytes);
        if (bytes.includes(0)) expect(problem?.kind).toBe('binary');
      }),
      RUNS,
    );
  });
});
