/**
 * `probe`: asks TURN servers what a browser cannot (issue 14): anonymous allocations, relaying into
 * internal networks, TCP relay, TLS versions, the SOFTWARE attribute. Prints a report and writes the
 * browser tester's results file (`--json`). Exit codes: 0 no failed check, 1 at least one, 2 usage
 * or input error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checklist } from '@/entities/checklist/content';
import { CHECK_INFO, relatedItems } from '@/entities/checklist/turn-check-info';
import { buildResultsFile } from '@/features/turn-tester/results-file';
import { secretsOf } from '@/features/turn-tester/secrets';
import type { AuditRun } from '@/features/turn-tester/audit';
import { parseUri, type ParsedUri } from '@/features/turn-tester/uri';
import type { Check } from '@/features/turn-tester/verdicts';
import { scrubValues } from '@/lib/redaction';
import { runProbe, type ProbeCredentials } from './turn/run';
import { SEND_INTERVAL_MS } from './turn/transport';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_TTL_SECONDS = 600;

export const HELP = `Usage: npm run probe -- <turn: URL> [more URLs]
         (--username <u> --password <p> | --secret <s> [--user-id <id>] [--ttl <seconds>])
         [--json <out.json>] [--timeout <ms>] [--ca <cert.pem>] [--no-color]
   or: npx webrtc-security-checklist probe <the same arguments>

Probes TURN servers for what a browser cannot test: an allocation without credentials, wrong and
expired credentials, permissions toward loopback, private, link-local and cloud metadata addresses
(including every IPv4-in-IPv6 spelling), a permission toward a public address, TCP relay (RFC 6062),
the SOFTWARE attribute, and for turns: URLs the TLS versions and the certificate.

Safety: it contacts only the servers named on the command line; it asks the relay for permissions
(and, with TCP relay on, a Connect toward loopback and the metadata address) but never sends any
payload to a peer address; it sends at most ${1000 / SEND_INTERVAL_MS} packets per second and releases every allocation.
Probe only servers you are allowed to test.

  --username, --password  long-term credentials (a static coturn user or a minted TURN REST pair)
  --secret <s>            coturn use-auth-secret shared secret: mints short-lived credentials and an
                          expired one (rejects-expired-credential). Never written anywhere.
  --user-id <id>          user part of minted usernames (default: turn-probe)
  --ttl <seconds>         lifetime of minted credentials (default: ${DEFAULT_TTL_SECONDS})
  --json <file>           write the results (format webrtc-security-checklist/turn-test, as the web
                          tester downloads it; import it on /turn). No usernames, passwords or secrets.
  --timeout <ms>          how long to wait for each answer (default: ${DEFAULT_TIMEOUT_MS}; 100 to 60000)
  --ca <cert.pem>         also trust this CA for turns: certificates
  --no-color              plain output (also when NO_COLOR is set or the output is not a terminal)
  -h, --help              this help

Exit status: 0 when no check failed, 1 when one did, 2 on a usage error.
`;

export interface ProbeArgs {
  readonly uris: readonly ParsedUri[];
  readonly credentials: ProbeCredentials;
  readonly json: string | null;
  readonly timeoutMs: number;
  readonly ca: string | null;
  readonly color: boolean | null;
}

export type ParsedProbeArgs = { ok: true; help: true } | { ok: true; help?: false; args: ProbeArgs } | { ok: false; error: string };

const VALUE_FLAGS = ['--username', '--password', '--secret', '--user-id', '--ttl', '--json', '--timeout', '--ca'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function wholeNumber(text: string, flag: string, min: number, max: number): number | string {
  if (!/^-?[0-9]+$/.test(text)) return `${flag} needs a whole number, got "${text}"`;
  const n = Number(text);
  return n < min || n > max ? `${flag} must be between ${min} and ${max}, got ${n}` : n;
}

function readFlags(argv: readonly string[]): { values: Partial<Record<ValueFlag, string>>; urls: string[]; help: boolean; noColor: boolean } | string {
  const values: Partial<Record<ValueFlag, string>> = {};
  const urls: string[] = [];
  let noColor = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq === -1 ? a : a.slice(0, eq);
    if (flag === '-h' || flag === '--help') return { values, urls, help: true, noColor };
    if (flag === '--no-color') noColor = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = eq !== -1 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq === -1 && value.startsWith('--'))) return `${flag} needs a value`;
      if (values[flag as ValueFlag] !== undefined) return `${flag} is given more than once`;
      values[flag as ValueFlag] = value;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${flag}`;
    else urls.push(a);
  }
  return { values, urls, help: false, noColor };
}

function readCredentials(v: Partial<Record<ValueFlag, string>>): ProbeCredentials | string {
  const hasStatic = v['--username'] !== undefined || v['--password'] !== undefined;
  if (hasStatic && v['--secret'] !== undefined) return 'give either --username and --password or --secret, not both';
  if (v['--secret'] !== undefined) {
    if (v['--secret'] === '') return '--secret is empty';
    const ttl = v['--ttl'] === undefined ? DEFAULT_TTL_SECONDS : wholeNumber(v['--ttl'], '--ttl', 1, 7 * 86_400);
    if (typeof ttl === 'string') return ttl;
    return { kind: 'shared-secret', secret: v['--secret'], userId: v['--user-id'] ?? 'turn-probe', ttlSeconds: ttl };
  }
  if (v['--ttl'] !== undefined || v['--user-id'] !== undefined) return '--ttl and --user-id go with --secret';
  if (!hasStatic) return 'missing credentials: give --username and --password, or --secret';
  if (v['--username'] === undefined || v['--username'] === '') return '--password needs --username';
  if (v['--password'] === undefined || v['--password'] === '') return '--username needs --password';
  return { kind: 'static', username: v['--username'], password: v['--password'] };
}

/** Parses the command line; every error names the argument that is wrong. */
export function parseProbeArgs(argv: readonly string[]): ParsedProbeArgs {
  const flags = readFlags(argv);
  if (typeof flags === 'string') return { ok: false, error: flags };
  if (flags.help) return { ok: true, help: true };
  if (flags.urls.length === 0) return { ok: false, error: 'missing the turn: or turns: URL to probe' };
  const uris: ParsedUri[] = [];
  for (const [i, text] of flags.urls.entries()) {
    const parsed = parseUri(text);
    if (!parsed.ok) return { ok: false, error: `URL ${i + 1} "${text}": ${parsed.error}` };
    if (!parsed.uri.isTurn) return { ok: false, error: `URL ${i + 1} "${text}": a ${parsed.uri.scheme}: URL has nothing to probe; use turn: or turns:` };
    if (uris.some((u) => u.url === parsed.uri.url)) return { ok: false, error: `URL ${i + 1} "${text}" is given twice` };
    uris.push(parsed.uri);
  }
  const credentials = readCredentials(flags.values);
  if (typeof credentials === 'string') return { ok: false, error: credentials };
  const timeout = flags.values['--timeout'] === undefined ? DEFAULT_TIMEOUT_MS : wholeNumber(flags.values['--timeout'], '--timeout', 100, 60_000);
  if (typeof timeout === 'string') return { ok: false, error: timeout };
  return {
    ok: true,
    args: { uris, credentials, json: flags.values['--json'] ?? null, timeoutMs: timeout, ca: flags.values['--ca'] ?? null, color: flags.noColor ? false : null },
  };
}

const PAINT = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m', skipped: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' } as const;
const RELATED = relatedItems(checklist.items);

/** The readable report: one block per check, worst verdicts stand out; colour only when asked. */
export function formatProbeReport(run: AuditRun, color: boolean, secrets: readonly string[]): string {
  const paint = (key: keyof typeof PAINT, text: string): string => (color ? `${PAINT[key]}${text}${PAINT.reset}` : text);
  const out: string[] = [paint('bold', `TURN probe: ${run.urls.join(', ')}`), ''];
  const counts = { pass: 0, warn: 0, fail: 0, skipped: 0 };
  for (const c of run.checks) {
    counts[c.verdict] += 1;
    out.push(...formatCheck(c, paint, secrets));
  }
  const total = `${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.skipped} skipped`;
  out.push(counts.fail > 0 ? paint('fail', `FAIL: ${total}`) : paint(counts.warn > 0 ? 'warn' : 'pass', `OK: ${total}`));
  return `${out.join('\n')}\n`;
}

function formatCheck(c: Check, paint: (key: keyof typeof PAINT, text: string) => string, secrets: readonly string[]): string[] {
  const word = c.verdict === 'skipped' ? 'SKIP' : c.verdict.toUpperCase();
  const severity = c.severity !== undefined && (c.verdict === 'fail' || c.verdict === 'warn') ? ` [${c.severity}]` : '';
  const lines = [`${paint(c.verdict, word.padEnd(5))} ${paint('bold', CHECK_INFO[c.id].title)} (${c.id}) ${c.target}${severity}`];
  lines.push(`      ${scrubValues(c.detail, secrets)}`);
  // A judged check is evidence for its checklist items whichever way it went (issue 14: "Results name the checklist items").
  const items = RELATED[c.id];
  if (c.verdict !== 'skipped' && items.length > 0) lines.push(`      checklist: ${items.map((i) => i.id).join(', ')}`);
  lines.push('');
  return lines;
}

function useColor(args: ProbeArgs): boolean {
  if (args.color === false) return false;
  const noColor = process.env['NO_COLOR'];
  return process.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseProbeArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`probe: ${parsed.error}\nRun "npm run probe -- --help" for usage.\n`);
    return EXIT.usage;
  }
  if (parsed.help === true) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  const { args } = parsed;
  let ca: string | undefined;
  if (args.ca !== null) {
    try {
      ca = await readFile(args.ca, 'utf8');
    } catch (e) {
      process.stderr.write(`probe: cannot read --ca ${args.ca}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return EXIT.usage;
    }
  }
  const result = await runProbe({ uris: args.uris, credentials: args.credentials, timeoutMs: args.timeoutMs, ca, onProgress: (l) => process.stderr.write(`${l}…\n`) });
  if (!result.ok) {
    process.stderr.write(`probe: ${result.error}\n`);
    return EXIT.usage;
  }
  const secrets = secretsOf(args.credentials, null);
  process.stdout.write(formatProbeReport(result.run, useColor(args), secrets));
  if (args.json !== null) {
    try {
      await writeFile(args.json, `${JSON.stringify(buildResultsFile(result.run, secrets, 'turn-probe'), null, 2)}\n`);
    } catch (e) {
      process.stderr.write(`probe: cannot write ${args.json}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return EXIT.usage;
    }
  }
  return result.run.checks.some((c) => c.verdict === 'fail') ? EXIT.failed : EXIT.ok;
}
