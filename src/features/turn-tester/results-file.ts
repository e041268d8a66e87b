/**
 * The "Download results (JSON)" file and the checklist evidence derived from a run. Neither contains
 * usernames, passwords, secrets or endpoint responses: only URLs and check verdicts.
 */

import type { EvidenceSource } from '@/entities/checklist/types';
import { scrubValues } from '@/lib/redaction';
import type { AuditRun } from './audit';
import type { Check, CheckId, CheckSeverity, Verdict } from './verdicts';

export const RESULTS_FORMAT = 'webrtc-security-checklist/turn-test';
export const RESULTS_VERSION = 1;
/** Which program wrote a results file: this app's tester, or `npm run probe` (issue 14). */
export const RESULTS_TOOLS = ['browser', 'turn-probe'] as const;
export type ResultsTool = (typeof RESULTS_TOOLS)[number];

export interface ResultsFileCheck {
  readonly id: CheckId;
  /** The URL, server or run-wide label the check is about. */
  readonly url: string;
  readonly verdict: Verdict;
  readonly ms: number;
  readonly errorCode: number | null;
  readonly detail: string;
  /** How bad a warn or fail is, when the check says (the probe's critical anonymous relay). */
  readonly severity?: CheckSeverity;
}

export interface ResultsFile {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: typeof RESULTS_VERSION;
  /** Absent in files written before the marker existed: readers take those as the browser's. */
  readonly tool: ResultsTool;
  readonly startedAt: string;
  readonly urls: readonly string[];
  readonly checks: readonly ResultsFileCheck[];
}

/**
 * Builds the results file. The run holds no credentials by construction; `secrets` (the password,
 * shared secret, username…) are also scrubbed from every string as a second line of defence,
 * e.g. against a server that echoes a username in its error text.
 */
export function buildResultsFile(run: AuditRun, secrets: readonly string[] = [], tool: ResultsTool = 'browser'): ResultsFile {
  const clean = (s: string): string => scrubValues(s, secrets);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    tool,
    startedAt: run.startedAt,
    urls: run.urls.map(clean),
    checks: run.checks.map((c) => ({
      id: c.id,
      url: clean(c.target),
      verdict: c.verdict,
      ms: c.ms,
      errorCode: c.errorCode ?? null,
      detail: clean(c.detail),
      ...(c.severity !== undefined ? { severity: c.severity } : {}),
    })),
  };
}

export function serializeResultsFile(run: AuditRun, secrets: readonly string[] = []): string {
  return `${JSON.stringify(buildResultsFile(run, secrets), null, 2)}\n`;
}

/** `turn-test-2025-01-31T12-00-00Z.json` */
export function resultsFileName(run: Pick<AuditRun, 'startedAt'>): string {
  return `turn-test-${run.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;
}

export interface TurnEvidence {
  readonly source: EvidenceSource;
  /** The worst verdict of the check's non-skipped results. */
  readonly verdict: 'pass' | 'warn' | 'fail';
  /** Local date, YYYY-MM-DD. */
  readonly date: string;
  /** E.g. "2 pass, 1 fail". */
  readonly summary: string;
}

const RANK: Record<'pass' | 'warn' | 'fail', number> = { pass: 0, warn: 1, fail: 2 };

function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * One evidence entry per check id (`turn:<check-id>`, the EvidenceSource ids checklist items declare
 * in `evidence`), with the worst verdict across its URLs/servers. Checks that were only skipped prove
 * nothing and give no evidence.
 */
export function evidenceFromChecks(checks: readonly Check[], date: Date): TurnEvidence[] {
  const byId = new Map<CheckId, Check[]>();
  for (const c of checks) {
    if (c.verdict === 'skipped') continue;
    byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  }
  const out: TurnEvidence[] = [];
  for (const [id, list] of byId) {
    const counts = { pass: 0, warn: 0, fail: 0 };
    let worst: 'pass' | 'warn' | 'fail' = 'pass';
    for (const c of list) {
      if (c.verdict === 'skipped') continue;
      counts[c.verdict] += 1;
      if (RANK[c.verdict] > RANK[worst]) worst = c.verdict;
    }
    const summary = (['pass', 'warn', 'fail'] as const)
      .filter((v) => counts[v] > 0)
      .map((v) => `${counts[v]} ${v}`)
      .join(', ');
    out.push({ source: `turn:${id}`, verdict: worst, date: localDate(date), summary });
  }
  return out;
}
