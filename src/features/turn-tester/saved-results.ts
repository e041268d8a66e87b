/**
 * The last run's results kept for this tab (sessionStorage), so they survive in-app navigation and
 * a reload of /turn. Only what the results file holds — URLs, verdicts, candidate addresses — after
 * scrubbing the run's secrets; never a username, password, secret or endpoint response. Anything
 * unreadable is ignored (the page then simply starts empty).
 */

import * as v from 'valibot';
import type { StorageLike } from '@/lib/storage';
import { safeGetItem, safeRemoveItem, safeSetItem, STORAGE_KEYS } from '@/lib/storage';
import { scrubValues } from '@/lib/redaction';
import { CHECK_IDS } from '@/entities/checklist/turn-check-ids';
import type { AuditRun } from './audit';

const SAVED_VERSION = 1;

const checkSchema = v.object({
  id: v.picklist(CHECK_IDS),
  scope: v.picklist(['url', 'server', 'run']),
  target: v.string(),
  verdict: v.picklist(['pass', 'warn', 'fail', 'skipped']),
  ms: v.number(),
  detail: v.string(),
  errorCode: v.optional(v.number()),
  severity: v.optional(v.picklist(['critical', 'high', 'medium', 'low'])),
});

const candidateSchema = v.object({
  type: v.string(),
  protocol: v.string(),
  address: v.string(),
  port: v.nullable(v.number()),
  relayProtocol: v.nullable(v.string()),
  url: v.nullable(v.string()),
  ms: v.number(),
});

const savedSchema = v.object({
  version: v.literal(SAVED_VERSION),
  run: v.object({
    startedAt: v.string(),
    urls: v.array(v.string()),
    checks: v.array(checkSchema),
    candidates: v.record(v.string(), v.array(candidateSchema)),
    cancelled: v.boolean(),
    ms: v.number(),
  }),
});

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
    const parsed = v.safeParse(savedSchema, JSON.parse(read.value));
    if (!parsed.success) return null;
    const { run } = parsed.output;
    const checks = run.checks.map(({ errorCode, severity, ...c }) => ({
      ...c,
      ...(errorCode !== undefined ? { errorCode } : {}),
      ...(severity !== undefined ? { severity } : {}),
    }));
    return { ...run, checks };
  } catch {
    return null;
  }
}

export function clearResults(storage: StorageLike | null): void {
  safeRemoveItem(storage, STORAGE_KEYS.turnResults);
}
