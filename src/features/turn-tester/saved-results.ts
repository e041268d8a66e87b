/**
 * The last run's results kept for this tab (sessionStorage), so they survive in-app navigation and
 * a reload of /turn. Only what the results file holds — URLs, verdicts, candidate addresses — after
 * scrubbing the run's secrets; never a username, password, secret or endpoint response. Anything
 * unreadable is ignored (the page then simply starts empty).
 */

import type { StorageLike } from '@/lib/storage';
import { safeGetItem, safeRemoveItem, safeSetItem, STORAGE_KEYS } from '@/lib/storage';
import { scrubValues } from '@/lib/redaction';
import { CHECK_IDS } from '@/entities/checklist/turn-check-ids';
import type { AuditRun } from './audit';
import type { CandidateRow } from './candidates';
import type { Check } from './verdicts';

const SAVED_VERSION = 1;

// Hand-written guards, not valibot: the /turn route's JavaScript budget (scripts/check-bundle.mjs).
type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);

function readCheck(x: unknown): Check | null {
  if (!isObject(x) || !oneOf(CHECK_IDS, x.id) || !oneOf(['url', 'server', 'run'] as const, x.scope)) return null;
  if (!isString(x.target) || !oneOf(['pass', 'warn', 'fail', 'skipped'] as const, x.verdict) || !isNumber(x.ms) || !isString(x.detail)) return null;
  const check: Check = { id: x.id, scope: x.scope, target: x.target, verdict: x.verdict, ms: x.ms, detail: x.detail };
  const severity = oneOf(['critical', 'high', 'medium', 'low'] as const, x.severity) ? { severity: x.severity } : {};
  return { ...check, ...(isNumber(x.errorCode) ? { errorCode: x.errorCode } : {}), ...severity };
}

function readCandidate(x: unknown): CandidateRow | null {
  if (!isObject(x) || !isString(x.type) || !isString(x.protocol) || !isString(x.address) || !isNumber(x.ms)) return null;
  const nullable = <T>(value: unknown, is: (v: unknown) => v is T): T | null => (is(value) ? value : null);
  return { type: x.type, protocol: x.protocol, address: x.address, port: nullable(x.port, isNumber), relayProtocol: nullable(x.relayProtocol, isString), url: nullable(x.url, isString), ms: x.ms };
}

/** The run in a saved value, or null when anything is off. */
function readRun(x: unknown): AuditRun | null {
  if (!isObject(x) || x.version !== SAVED_VERSION || !isObject(x.run)) return null;
  const r = x.run;
  if (!isString(r.startedAt) || !Array.isArray(r.urls) || !r.urls.every(isString) || !Array.isArray(r.checks)) return null;
  if (typeof r.cancelled !== 'boolean' || !isNumber(r.ms) || !isObject(r.candidates)) return null;
  const checks = r.checks.map(readCheck);
  if (checks.some((c) => c === null)) return null;
  const candidates: Record<string, CandidateRow[]> = {};
  for (const [url, rows] of Object.entries(r.candidates)) {
    const list = Array.isArray(rows) ? rows.map(readCandidate) : [null];
    if (list.some((c) => c === null)) return null;
    candidates[url] = list as CandidateRow[];
  }
  return { startedAt: r.startedAt, urls: r.urls, checks: checks as Check[], candidates, cancelled: r.cancelled, ms: r.ms };
}

/** The run with every string scrubbed of `secrets` (a second line of defence: runs hold none). */
function scrubRun(run: AuditRun, secrets: readonly string[]): AuditRun {
  const clean = (s: string): string => scrubValues(s, secrets);
  const candidates: Record<string, AuditRun['candidates'][string]> = {};
  for (const [url, rows] of Object.entries(run.candidates)) {
    candidates[clean(url)] = rows.map((r) => ({ ...r, url: r.url === null ? null : clean(r.url) }));
  }
  return {
    ...run,
    urls: run.urls.map(clean),
    checks: run.checks.map((c) => ({ ...c, target: clean(c.target), detail: clean(c.detail) })),
    candidates,
  };
}

/** Saves the run (scrubbed); false when storage refused it (the results stay on screen anyway). */
export function saveResults(storage: StorageLike | null, run: AuditRun, secrets: readonly string[]): boolean {
  const text = JSON.stringify({ version: SAVED_VERSION, run: scrubRun(run, secrets) });
  return safeSetItem(storage, STORAGE_KEYS.turnResults, text).ok;
}

export function loadResults(storage: StorageLike | null): AuditRun | null {
  const read = safeGetItem(storage, STORAGE_KEYS.turnResults);
  if (!read.ok || read.value === null) return null;
  try {
    return readRun(JSON.parse(read.value));
  } catch {
    return null;
  }
}

export function clearResults(storage: StorageLike | null): void {
  safeRemoveItem(storage, STORAGE_KEYS.turnResults);
}
