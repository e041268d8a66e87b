/**
 * Migrations of the stored projects state, one function per old version, each turning version N's
 * `state` into version N+1's. restore.ts runs them (step 1 of every read) before validating the
 * current shape, so the guard, the store's zustand `migrate` and the other-tab merge all see
 * migrated data.
 *
 * Version 0 is the pre-release prototype format (zustand's default JSON storage, long keys, ISO
 * dates, answers with only status and note); see docs/file-formats.md.
 */
import * as v from 'valibot';
import { emptyDict, setEntry } from '@/lib/dict';
import type { Result } from '@/lib/result';
import { isPlainObject, parseDict } from './dict-schema';
import { STORAGE_SCHEMA_VERSION } from './envelope';
import { formatIssue } from './issue-path';

const isoDate = v.pipe(
  v.string('expected an ISO date string'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date string'),
  v.transform((s) => Date.parse(s)),
);

const v0AnswerSchema = v.object({
  status: v.nullable(v.picklist(['yes', 'partial', 'no', 'na'], 'expected one of yes, partial, no, na or null')),
  note: v.optional(v.string('expected a string'), ''),
  updatedAt: v.pipe(v.number('expected a number'), v.integer('expected an integer'), v.minValue(0, 'expected ≥ 0')),
});

const v0ProjectSchema = v.object({
  id: v.pipe(v.string('expected a string'), v.minLength(1, 'expected a non-empty id')),
  name: v.string('expected a string'),
  createdAt: isoDate,
  updatedAt: isoDate,
  profile: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
  // Keyed by item id: parseDict keeps every key (valibot's record would drop `constructor`).
  answers: v.unknown(),
});

const CODES = { yes: 'y', partial: 'p', no: 'n', na: 'a' } as const;

function v0Project(raw: unknown, path: string): Result<Record<string, unknown>> {
  const parsed = v.safeParse(v0ProjectSchema, raw, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: formatIssue(parsed.issues[0], path) };
  const project = parsed.output;
  const answers = parseDict(project.answers, v0AnswerSchema, `${path}.answers`);
  if (!answers.ok) return answers;
  const a = emptyDict<unknown>();
  for (const [itemId, answer] of Object.entries(answers.value)) {
    const out: Record<string, unknown> = {};
    if (answer.status) out.s = CODES[answer.status];
    if (answer.note) out.n = answer.note;
    out.u = answer.updatedAt;
    setEntry(a, itemId, out);
  }
  const pr: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(project.profile ?? {})) {
    if (value !== 'unknown' && value !== null) pr[key] = value;
  }
  return {
    ok: true,
    value: {
      i: project.id,
      n: project.name,
      c: project.createdAt,
      u: project.updatedAt,
      cv: '0.0.0',
      ...(Object.keys(pr).length ? { pr } : {}),
      a,
    },
  };
}

/** v0 → v1: compact keys, millisecond dates, tombstones, per-field timestamps. */
function v0ToV1(state: unknown): Result<unknown> {
  const projects = isPlainObject(state) ? state.projects : undefined;
  if (!isPlainObject(projects)) return { ok: false, error: 'state.projects: expected an object (storage format version 0)' };
  const p: Record<string, unknown>[] = [];
  for (const key of Object.keys(projects)) {
    const project = v0Project(projects[key], `state.projects[${JSON.stringify(key.slice(0, 64))}]`);
    if (!project.ok) return { ok: false, error: `${project.error} (storage format version 0)` };
    p.push(project.value);
  }
  return { ok: true, value: { p, t: {} } };
}

/** MIGRATIONS[n] turns version n's state into version n+1's. */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => Result<unknown>>> = {
  0: v0ToV1,
};

/**
 * Runs every migration from `version` up to `target` (the current storage version unless a test
 * says otherwise). A missing step is an error, never a silent skip: a version bump without its
 * migration fails here (and in migrations.test.ts, which checks every step up to the current version).
 */
export function migrateToCurrent(state: unknown, version: number, target: number = STORAGE_SCHEMA_VERSION): Result<unknown> {
  if (!Number.isInteger(version) || version < 0 || version > target)
    return { ok: false, error: `version: cannot migrate from storage format version ${version} to ${target}` };
  let value = state;
  for (let n = version; n < target; n++) {
    const step = Object.hasOwn(MIGRATIONS, n) ? MIGRATIONS[n] : undefined;
    if (!step) return { ok: false, error: `version: no migration from storage format version ${n}` };
    const result = step(value);
    if (!result.ok) return result;
    value = result.value;
  }
  return { ok: true, value };
}
