/**
 * Small pure helpers on the project model: ids, empty values, equality, timestamps.
 */
import type { Answer, Evidence, Project } from '@/entities/project/types';

/** Size limits shared with the import schema, so whatever the store holds can be exported and imported again. */
export const LIMITS = {
  name: 200,
  note: 20_000,
  naReason: 5_000,
  owner: 200,
  evidencePerAnswer: 100,
  evidenceLabel: 500,
  evidenceUrl: 2_000,
  checkDetail: 4_000,
  checks: 500,
  /** Earlier runs kept per automated result. */
  evidenceHistory: 50,
} as const;

/**
 * Ids, one rule for storage and files. Project ids: what `createId` makes, or a file brought.
 * Item ids: published ids are kebab-case; unknown (future or retired) ids are accepted and kept.
 * Any id matching these is just a key (`constructor` and `__proto__` included: lib/dict.ts).
 */
export const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const PROJECT_ID_MESSAGE = 'expected 1-64 letters, digits, "-" or "_"';
export const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;
export const ITEM_ID_MESSAGE = 'expected an item id (letters, digits, ".", "_", ":" or "-"; at most 120 characters)';

/** Random id: a letter prefix and 16 base-36 characters (~82 bits). */
export function createId(prefix = 'p'): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = prefix;
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

export function emptyAnswer(updatedAt: number): Answer {
  return { status: null, note: '', naReason: '', owner: '', due: '', evidence: [], updatedAt };
}

/**
 * The one rule for timestamps (stored, imported, merged): whole milliseconds from 0 up to the end
 * of the JavaScript date range, so `new Date(t)` is always a valid date.
 */
export const MAX_TIMESTAMP = 8.64e15;

export function isValidTimestamp(t: unknown): t is number {
  return typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= MAX_TIMESTAMP;
}

/**
 * A timestamp strictly after `previous` (so every change wins over the value it replaces), never
 * past `MAX_TIMESTAMP`: at the very end of the range a change ties, and the merge's tie-break
 * decides, the same way in every tab.
 */
export function nextTimestamp(now: number, previous = 0): number {
  const next = now > previous ? now : previous + 1;
  return Math.min(Math.max(0, Math.trunc(next)), MAX_TIMESTAMP);
}

/**
 * A timestamp from a file: later than `now` (a clock far ahead, a crafted "year 2999") becomes
 * `now`, so an imported value can never stamp every later edit with a date in the future.
 */
export function clampToNow(t: number, now: number): number {
  return t > now ? now : t;
}

function checksEqual(a: Evidence['checks'], b: Evidence['checks']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i];
    return !!d && c.id === d.id && c.url === d.url && c.verdict === d.verdict && c.ms === d.ms && c.errorCode === d.errorCode && c.detail === d.detail;
  });
}

/** Field by field, so key order (which differs between decoders) does not matter. */
function evidenceEqual(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((e, i) => {
    const f = b[i];
    return (
      !!f &&
      e.id === f.id &&
      e.kind === f.kind &&
      e.label === f.label &&
      e.url === f.url &&
      e.verdict === f.verdict &&
      e.date === f.date &&
      checksEqual(e.checks, f.checks)
    );
  });
}

/** Same content (timestamps included). */
export function answersEqual(a: Answer, b: Answer): boolean {
  return (
    a === b ||
    (a.updatedAt === b.updatedAt &&
      a.status === b.status &&
      a.note === b.note &&
      a.naReason === b.naReason &&
      a.owner === b.owner &&
      a.due === b.due &&
      evidenceEqual(a.evidence, b.evidence))
  );
}

/** A canonical string of an answer's content (fixed field order), for deterministic tie-breaks. */
export function answerKey(a: Answer): string {
  return JSON.stringify([
    a.status,
    a.note,
    a.naReason,
    a.owner,
    a.due,
    a.evidence.map((e) => [
      e.id,
      e.kind,
      e.label,
      e.url ?? null,
      e.verdict ?? null,
      e.date,
      e.checks?.map((c) => [c.id, c.url, c.verdict, c.ms, c.errorCode ?? null, c.detail]) ?? null,
    ]),
  ]);
}

/** The latest timestamp found anywhere in a project. */
export function latestChange(p: Pick<Project, 'createdAt' | 'nameUpdatedAt' | 'profileUpdatedAt' | 'answers'>): number {
  let max = Math.max(p.createdAt, p.nameUpdatedAt, p.profileUpdatedAt);
  for (const a of Object.values(p.answers)) if (a.updatedAt > max) max = a.updatedAt;
  return max;
}

const DUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form. */
export function isValidDueDate(s: string): boolean {
  const m = DUE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
