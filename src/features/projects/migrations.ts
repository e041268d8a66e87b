/**
 * Migrations of the stored projects state, one function per old version, each turning version N's
 * `state` into version N+1's. `decodePersisted` runs them before validating the current shape, so
 * the guard, the store and the other-tab merge all see migrated data.
 *
 * Version 0 is the pre-release prototype format (zustand's default JSON storage, long keys, ISO
 * dates, answers with only status and note); see docs/file-formats.md.
 */
import * as v from 'valibot';
import { formatIssue } from './issue-path';
import type { Result } from '@/entities/project/types';

const isoDate = v.pipe(
  v.string('expected an ISO date string'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date string'),
  v.transform((s) => Date.parse(s)),
);

const v0Schema = v.object({
  projects: v.record(
    v.string(),
    v.object({
      id: v.pipe(v.string('expected a string'), v.minLength(1, 'expected a non-empty id')),
      name: v.string('expected a string'),
      createdAt: isoDate,
      updatedAt: isoDate,
      profile: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
      answers: v.record(
        v.string(),
        v.object({
          status: v.nullable(v.picklist(['yes', 'partial', 'no', 'na'], 'expected one of yes, partial, no, na or null')),
          note: v.optional(v.string('expected a string'), ''),
          updatedAt: v.pipe(v.number('expected a number'), v.integer('expected an integer'), v.minValue(0, 'expected ≥ 0')),
        }),
        'expected an object',
      ),
    }),
    'expected an object',
  ),
});

const CODES = { yes: 'y', partial: 'p', no: 'n', na: 'a' } as const;

/** v0 → v1: compact keys, millisecond dates, tombstones, per-field timestamps. */
function v0ToV1(state: unknown): Result<unknown> {
  const parsed = v.safeParse(v0Schema, state, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: `${formatIssue(parsed.issues[0], 'state')} (storage format version 0)` };
  const p = Object.values(parsed.output.projects).map((project) => {
    const a: Record<string, unknown> = {};
    for (const [itemId, answer] of Object.entries(project.answers)) {
      const out: Record<string, unknown> = {};
      if (answer.status) out.s = CODES[answer.status];
      if (answer.note) out.n = answer.note;
      out.u = answer.updatedAt;
      a[itemId] = out;
    }
    const pr: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(project.profile ?? {})) {
      if (value !== 'unknown' && value !== null) pr[key] = value;
    }
    return {
      i: project.id,
      n: project.name,
      c: project.createdAt,
      u: project.updatedAt,
      cv: '0.0.0',
      ...(Object.keys(pr).length ? { pr } : {}),
      a,
    };
  });
  return { ok: true, value: { p, t: {} } };
}

/** MIGRATIONS[n] turns version n's state into version n+1's. */
const MIGRATIONS: Readonly<Record<number, (state: unknown) => Result<unknown>>> = {
  0: v0ToV1,
};

/** Runs every migration from `version` up to the current one. */
export function migrateToCurrent(state: unknown, version: number, current = 1): Result<unknown> {
  let value = state;
  for (let n = version; n < current; n++) {
    const step = MIGRATIONS[n];
    if (!step) return { ok: false, error: `version: no migration from storage format version ${n}` };
    const result = step(value);
    if (!result.ok) return result;
    value = result.value;
  }
  return { ok: true, value };
}
