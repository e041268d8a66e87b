/**
 * `coturn-lint`: reviews a turnserver.conf from the command line with the same engine as the
 * /coturn page. Exit codes: 0 no high or critical finding, 1 at least one, 2 usage or input error.
 */
import { randomFillSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { checklist } from '@/entities/checklist/content';
import {
  analyzeParsed,
  checkConfigBytes,
  hasBlockingFindings,
  inputProblemMessage,
  type Analysis,
} from '@/features/coturn-config/analyze';
import { findingsFile } from '@/features/coturn-config/findings-file';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';
import { parseConfig } from '@/features/coturn-config/parser';
import { maskText, secretValues } from '@/features/coturn-config/secrets';
import { randomSecret, secureSnippet } from '@/features/coturn-config/snippet';
import { LATEST_VERSION_ID, VERSION_CHOICES, getVersion, resolveVersion } from '@/features/coturn-config/versions';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export const HELP = `Usage: npm run coturn-lint -- <turnserver.conf> [--version <v>] [--json <out.json>] [--snippet]

Reviews a coturn configuration against the WebRTC security checklist. Nothing is sent anywhere.

  --version <v>    coturn version the server runs: 4.5, 4.6, 4.7 … 4.17, a release such as 4.13.1,
                   or one of: ${VERSION_CHOICES.map((v) => v.id).join(', ')} (default: latest, ${getVersion(LATEST_VERSION_ID)?.label ?? ''})
  --json <file>    also write the findings as JSON (format webrtc-security-checklist/coturn-findings;
                   secrets masked)
  --snippet        print the secure configuration for that version (with a fresh random secret)
  -h, --help       this help

Exit status: 0 when no high or critical finding remains, 1 when one does, 2 on a usage error.
`;

export interface LintArgs {
  readonly file: string;
  readonly version: string;
  readonly json: string | null;
  readonly snippet: boolean;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help?: false; args: LintArgs } | { ok: false; error: string };

export function parseLintArgs(argv: readonly string[]): ParsedArgs {
  let file: string | null = null;
  let version = LATEST_VERSION_ID;
  let json: string | null = null;
  let snippet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    if (flag === '-h' || flag === '--help') return { ok: true, help: true };
    if (flag === '--version') {
      const v = value();
      if (v === null) return { ok: false, error: '--version needs a value, e.g. --version 4.6' };
      const resolved = resolveVersion(v);
      if (resolved === undefined) return { ok: false, error: `unknown coturn version "${v}"; use one of ${VERSION_CHOICES.map((c) => c.id).join(', ')}` };
      version = resolved.id;
    } else if (flag === '--json') {
      const v = value();
      if (v === null) return { ok: false, error: '--json needs a file name' };
      json = v;
    } else if (flag === '--snippet') {
      snippet = true;
    } else if (flag.startsWith('-') && flag !== '-') {
      return { ok: false, error: `unknown option ${flag}` };
    } else if (file === null) {
      file = a;
    } else {
      return { ok: false, error: `only one config file, got "${file}" and "${a}"` };
    }
  }
  if (file === null) return { ok: false, error: 'missing the turnserver.conf to review' };
  return { ok: true, args: { file, version, json, snippet } };
}

export function formatReport(analysis: Analysis, fileName: string, secrets: readonly string[]): string {
  const out: string[] = [];
  const c = analysis.counts;
  out.push(`coturn-lint: ${fileName} for coturn ${analysis.version.label}`);
  out.push(`${analysis.findings.length} findings: ${FINDING_SEVERITIES.map((s) => `${c[s]} ${s}`).join(', ')}`);
  for (const severity of FINDING_SEVERITIES) {
    const group = analysis.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `${severity.toUpperCase()} (${group.length})`);
    for (const f of group) {
      const where = f.lines.length > 0 ? `${fileName}:${f.lines.join(',')}` : fileName;
      out.push(`  [${f.rule}] ${where}`);
      out.push(`    ${maskText(f.message, secrets)}`);
      if (f.openRanges !== undefined && f.openRanges.length > 0) out.push(`    still open: ${f.openRanges.join(', ')}`);
      if (f.items.length > 0) out.push(`    checklist: ${f.items.join(', ')}`);
      for (const line of maskText(f.fix, secrets, false).split('\n')) out.push(`    fix: ${line}`);
    }
  }
  out.push('', hasBlockingFindings(analysis) ? 'FAIL: high or critical findings remain.' : 'OK: no high or critical finding.');
  return `${out.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseLintArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`coturn-lint: ${parsed.error}\nRun "npm run coturn-lint -- --help" for usage.\n`);
    return EXIT.usage;
  }
  if (parsed.help === true) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  const { args } = parsed;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch (e) {
    process.stderr.write(`coturn-lint: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return EXIT.usage;
  }
  const problem = checkConfigBytes(bytes);
  if (problem !== null) {
    process.stderr.write(`coturn-lint: ${args.file}: ${inputProblemMessage(problem)}\n`);
    return EXIT.usage;
  }
  const version = getVersion(args.version);
  if (version === undefined) return EXIT.usage;
  const parsedConfig = parseConfig(new TextDecoder().decode(bytes));
  const analysis = analyzeParsed(parsedConfig, version, checklist.items);
  const secrets = secretValues(parsedConfig);
  process.stdout.write(formatReport(analysis, args.file, secrets));
  const snippet = secureSnippet(parsedConfig, version, { secret: randomSecret((b) => randomFillSync(b)) });
  if (args.snippet) process.stdout.write(`\nSecure configuration for coturn ${version.label}:\n\n${snippet}`);
  if (args.json !== null) {
    try {
      await writeFile(args.json, `${JSON.stringify(findingsFile(analysis, snippet, new Date()), null, 2)}\n`);
    } catch (e) {
      process.stderr.write(`coturn-lint: cannot write ${args.json}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return EXIT.usage;
    }
  }
  return hasBlockingFindings(analysis) ? EXIT.findings : EXIT.ok;
}
