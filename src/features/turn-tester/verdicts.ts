/**
 * The verdict model shared by every check: what a Check is, how it is built and keyed. The rules
 * that decide each check are pure functions of probe results in `verdict-*.ts`, their user-facing
 * text in `verdict-text.ts`; `runAudit` (audit.ts) only schedules probes and feeds results to them.
 */

import type { AllocationProbeResult } from './probe';
import type { ParsedUri } from './uri';

import type { CheckId } from '@/entities/checklist/turn-check-ids';
export { CHECK_IDS, type CheckId } from '@/entities/checklist/turn-check-ids';

export type Verdict = 'pass' | 'warn' | 'fail' | 'skipped';
export type CheckSeverity = 'critical' | 'high' | 'medium' | 'low';
/** What `target` names: one URL, one server (host:port, see `serverKey`), or the whole run. */
export type CheckScope = 'url' | 'server' | 'run';

export interface Check {
  readonly id: CheckId;
  readonly scope: CheckScope;
  /** The URL, the server, or a label for run-wide checks ("all URLs", "credentials"). */
  readonly target: string;
  readonly verdict: Verdict;
  /** Milliseconds from the start of the deciding probe to the deciding event; 0 when computed. */
  readonly ms: number;
  readonly errorCode?: number;
  /** Plain-words explanation. Never contains credentials. */
  readonly detail: string;
  /** How bad it is when the verdict is warn or fail. */
  readonly severity?: CheckSeverity;
}

export function checkKey(check: Pick<Check, 'id' | 'target'>): string {
  return `${check.id} ${check.target}`;
}

/** Per URL, the allocation probes for one server; `undefined` while a probe is still running. */
export interface UrlProbes {
  readonly uri: ParsedUri;
  readonly valid: AllocationProbeResult | undefined;
  readonly wrong: AllocationProbeResult | undefined;
  readonly expired: AllocationProbeResult | undefined;
}

/** `target` of run-wide checks. */
export const RUN_TARGET = 'all URLs';
export const ENDPOINT_TARGET = 'credential endpoint';
export const CREDENTIALS_TARGET = 'credentials';

export interface CheckOptions {
  readonly id: CheckId;
  readonly scope: CheckScope;
  readonly target: string;
  readonly verdict: Verdict;
  readonly detail: string;
  /** Default 0 (computed, not timed). */
  readonly ms?: number | undefined;
  readonly errorCode?: number | undefined;
  readonly severity?: CheckSeverity | undefined;
}

/** Builds a Check, omitting absent optional fields (exactOptionalPropertyTypes) and rounding ms. */
export function makeCheck(options: CheckOptions): Check {
  const { id, scope, target, verdict, detail, errorCode, severity } = options;
  return {
    id,
    scope,
    target,
    verdict,
    ms: Math.round(options.ms ?? 0),
    detail,
    ...(errorCode !== undefined ? { errorCode } : {}),
    ...(severity !== undefined ? { severity } : {}),
  };
}

/** A builder for one check's verdicts: the fields every outcome of that check shares, bound once. */
export function checkFor(id: CheckId, scope: CheckScope, target: string) {
  return (verdict: Verdict, detail: string, extra: Omit<Partial<CheckOptions>, 'id' | 'scope' | 'target'> = {}): Check =>
    makeCheck({ id, scope, target, ...extra, verdict, detail });
}
