/**
 * Reads a coturn findings file back (`webrtc-security-checklist/coturn-findings`, version 1: the
 * analyzer's "Download findings (JSON)" and `coturn-lint --json`) for "Attach results file to
 * project". Format: docs/file-formats.md.
 *
 * Never throws; a bad file gives one message naming the field, e.g. `findings[2].severity: expected
 * critical, high, medium, low or info, got "urgent"`. `counts` must match the findings listed (a
 * hand-edited file that hides a finding is refused, naming the count). Credential-looking text is
 * replaced with `[redacted]` (lib/redaction.ts) and counted.
 */
import * as v from 'valibot';
import { echoValue } from '@/lib/echo';
import { parseJsonFile } from '@/lib/json-file';
import { redactSecrets } from '@/lib/redaction';
import { fail, ok, type Result } from '@/lib/result';
import { FINDINGS_FILE_VERSION, FINDINGS_FORMAT } from './findings-file';
import { FINDING_SEVERITIES, type CoturnEvidenceId, type FindingSeverity } from './model';

/** A findings file is a few kilobytes; the analyzer itself reads configs of at most 1 MB. */
const MAX_FINDINGS_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FINDINGS = 1000;
const MAX_TEXT = 10_000;

export interface ImportedFinding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly lines: readonly number[];
  readonly message: string;
  readonly evidence: CoturnEvidenceId;
}

export interface ImportedFindings {
  readonly coturnVersion: string;
  readonly coturnVersionLabel: string;
  /** ISO 8601: when the analysis ran. */
  readonly generatedAt: string;
  readonly findings: readonly ImportedFinding[];
  /**
   * Every evidence id the analysis checked with its worst finding. Files written before the list
   * existed give only the ids their findings name (`complete` false): a passed id is then unknown.
   */
  readonly evidence: readonly { readonly id: CoturnEvidenceId; readonly worst: FindingSeverity | null }[];
  readonly complete: boolean;
  readonly redacted: number;
  readonly notes: readonly string[];
}

const expected = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${echoValue(issue.input)}`;
const text = (max: number) => v.pipe(v.string(expected('a string')), v.maxLength(max, `expected at most ${max} characters`));
const SEVERITY_WORDS = `${FINDING_SEVERITIES.slice(0, -1).join(', ')} or ${FINDING_SEVERITIES[FINDING_SEVERITIES.length - 1]}`;
const severity = v.picklist(FINDING_SEVERITIES, expected(SEVERITY_WORDS));
const evidenceId = v.pipe(
  v.string(expected('an evidence id such as "coturn:no-cli"')),
  v.regex(/^coturn:[a-z0-9][a-z0-9-]{0,80}$/, expected('an evidence id such as "coturn:no-cli"')),
  v.transform((s) => s as CoturnEvidenceId),
);
const count = v.pipe(v.number(expected('a whole number')), v.integer(expected('a whole number')), v.minValue(0, expected('a count ≥ 0')));

const findingSchema = v.object(
  {
    rule: v.pipe(text(100), v.regex(/^[a-z0-9][a-z0-9-]*$/, expected('a rule id (a-z, 0-9 and "-")'))),
    severity,
    lines: v.pipe(
      v.array(v.pipe(v.number(expected('a line number')), v.integer(expected('a whole line number')), v.minValue(1, expected('a line number ≥ 1'))), expected('an array of line numbers')),
      v.maxLength(1000, 'expected at most 1000 line numbers'),
    ),
    message: text(MAX_TEXT),
    evidence: evidenceId,
  },
  expected('an object'),
);

const fileSchema = v.object(
  {
    format: v.literal(FINDINGS_FORMAT, expected(`"${FINDINGS_FORMAT}"`)),
    version: v.literal(FINDINGS_FILE_VERSION, expected(`${FINDINGS_FILE_VERSION} (this app reads version ${FINDINGS_FILE_VERSION} findings files)`)),
    coturnVersion: text(50),
    coturnVersionLabel: text(100),
    generatedAt: v.pipe(text(100), v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), expected('an ISO 8601 date and time such as "2026-01-15T09:00:00.000Z"'))),
    counts: v.object(Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, count])) as Record<FindingSeverity, typeof count>, expected('an object of counts per severity')),
    findings: v.pipe(v.array(findingSchema, expected('an array of findings')), v.maxLength(MAX_FINDINGS, `expected at most ${MAX_FINDINGS} findings`)),
    evidence: v.optional(
      v.pipe(v.array(v.object({ id: evidenceId, worst: v.nullable(severity) }, expected('an object')), expected('an array')), v.maxLength(500, 'expected at most 500 entries')),
    ),
  },
  expected('a findings file (a JSON object)'),
);

type ParsedFile = v.InferOutput<typeof fileSchema>;

const RANK: Readonly<Record<FindingSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** The first way the file contradicts itself (counts, worst per evidence id), as "path: message". */
function inconsistency(file: ParsedFile): string | null {
  for (const s of FINDING_SEVERITIES) {
    const listed = file.findings.filter((f) => f.severity === s).length;
    if (file.counts[s] !== listed) return `counts.${s}: says ${file.counts[s]} but the file lists ${listed} ${s} ${listed === 1 ? 'finding' : 'findings'} (was it edited?)`;
  }
  for (const [i, e] of (file.evidence ?? []).entries()) {
    const worst = file.findings.filter((f) => f.evidence === e.id).sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]?.severity ?? null;
    if (worst !== e.worst) return `evidence[${i}].worst: says ${echoValue(e.worst)} but the worst finding for ${e.id} in the file is ${echoValue(worst)} (was it edited?)`;
  }
  return null;
}

function evidenceOf(file: ParsedFile): ImportedFindings['evidence'] {
  if (file.evidence !== undefined) return file.evidence;
  const ids = [...new Set(file.findings.map((f) => f.evidence))];
  return ids.map((id) => ({ id, worst: file.findings.filter((f) => f.evidence === id).sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]?.severity ?? null }));
}

function fromFile(file: ParsedFile): ImportedFindings {
  let redacted = 0;
  const clean = (s: string): string => {
    const r = redactSecrets(s);
    if (r !== s) redacted += 1;
    return r;
  };
  const findings = file.findings.map((f) => ({ rule: f.rule, severity: f.severity, lines: f.lines, message: clean(f.message), evidence: f.evidence }));
  const complete = file.evidence !== undefined;
  const notes: string[] = [];
  if (!complete) notes.push('This file was written before findings files listed every rule checked: only the rules with findings can become evidence.');
  if (redacted > 0) notes.push(redacted === 1 ? '1 value that looked like a credential was replaced by [redacted].' : `${redacted} values that looked like credentials were replaced by [redacted].`);
  return {
    coturnVersion: clean(file.coturnVersion),
    coturnVersionLabel: clean(file.coturnVersionLabel),
    generatedAt: file.generatedAt,
    findings,
    evidence: evidenceOf(file),
    complete,
    redacted,
    notes,
  };
}

/** Parses a coturn findings file. Never throws; the error names the field. */
export function parseFindingsFile(input: string): Result<ImportedFindings> {
  return parseJsonFile(input, { name: 'coturn findings file', noun: 'findings file', tooBig: findingsFileTooBig }, fileSchema, (file) => {
    const problem = inconsistency(file);
    return problem === null ? ok(fromFile(file)) : fail(problem);
  });
}

function findingsFileTooBig(chars: number): string | null {
  if (chars <= MAX_FINDINGS_FILE_BYTES) return null;
  return `The file is ${(chars / 1024 / 1024).toFixed(1)} MB; a coturn findings file is a few kilobytes (at most ${MAX_FINDINGS_FILE_BYTES / 1024 / 1024} MB is read).`;
}
