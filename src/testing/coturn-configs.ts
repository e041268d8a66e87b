/**
 * fast-check arbitraries for coturn configs as users paste them: real option names (every row of the
 * option table, aliases, misspellings), plausible and hostile values, and secret values placed at a
 * random line (so tests can check they never leak). Shared by the analyzer's property tests.
 */
import fc from 'fast-check';
import { OPTION_ALIASES, OPTION_ROWS } from '@/features/coturn-config/option-table';
import { VERSION_CHOICES } from '@/features/coturn-config/versions';

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
export const configArb = fc.record({
  lines: fc.array(line, { maxLength: 30 }),
  secrets: fc.array(fc.tuple(fc.constantFrom('static-auth-secret', 'cli-password', 'user', 'stateless-nonce-secret'), secret), { maxLength: 2 }),
  at: fc.nat(),
  newline: fc.constantFrom('\n', '\r\n'),
  version: fc.constantFrom(...VERSION_CHOICES.map((v) => v.id)),
});

export interface ConfigCase {
  readonly lines: readonly string[];
  readonly secrets: readonly (readonly [name: string, value: string])[];
  readonly at: number;
  readonly newline: string;
}

/** The config text of a case: its lines with the secret lines inserted. */
export function configText({ lines, secrets, at, newline }: ConfigCase): string {
  const all = [...lines];
  for (const [name, value] of secrets) all.splice(at % (all.length + 1), 0, name === 'user' ? `user=alice:${value}` : `${name}=${value}`);
  return all.join(newline);
}
