/**
 * The one read path of the stored projects, shared by the store's hydration (zustand `migrate` for
 * older versions), the other-tab merge, the re-read before every write and the storage guard while
 * the recovery screen is up:
 *
 *   raw string ─ envelope.ts quickCheck (JSON, { version, state }, not from a newer app)
 *     → 1. migrations.ts migrateToCurrent (storage format version N → current)
 *     → 2. codec.ts decodeStoredState (shape of the current version → in-memory model)
 *     → 3. repairFuture (timestamps more than a day ahead of this clock → now)
 *     → 4. content-upgrade.ts upgradeContent (answers of retired checklist ids → their new ids)
 *
 * Step 3 applies model.ts's timestamp rule to data written before it existed (an import of a
 * "year 2999" file used to stamp every later edit in the future, or tie at the end of the range
 * and lose). A day of slack leaves the millisecond bumps of `nextTimestamp` alone.
 *
 * Never throws; a failure names the field and the version it was migrated from.
 */
import { copyDict, emptyDict, setEntry } from '@/lib/dict';
import type { Answer, Project, ProjectsData } from '@/entities/project/types';
import type { Result } from '@/lib/result';
import { decodeStoredState } from './codec';
import { upgradeContent } from './content-upgrade';
import { quickCheck, STORAGE_SCHEMA_VERSION, type StoredDataProblem } from './envelope';
import { migrateToCurrent } from './migrations';

export type DecodeResult = { ok: true; data: ProjectsData; version: number } | { ok: false; problem: StoredDataProblem };

/** How far ahead of this tab's clock a stored timestamp may be before it is repaired to "now". */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/** Steps 1–4 on an already parsed `state` of storage format `version`. */
export function restore(state: unknown, version: number, now: number = Date.now()): Result<ProjectsData> {
  const migrated = migrateToCurrent(state, version);
  if (!migrated.ok) return migrated;
  const decoded = decodeStoredState(migrated.value);
  if (!decoded.ok) {
    const from = version === STORAGE_SCHEMA_VERSION ? '' : ` (after migrating from version ${version})`;
    return { ok: false, error: `${decoded.error}${from}` };
  }
  return { ok: true, value: eachProject(repairTombstones(decoded.value, now), (p) => upgradeContent(repairFuture(p, now))) };
}

function repairTombstones(data: ProjectsData, now: number): ProjectsData {
  const limit = now + FUTURE_SLACK_MS;
  if (!Object.values(data.tombstones).some((t) => t > limit)) return data;
  const tombstones = copyDict(data.tombstones);
  for (const [id, t] of Object.entries(tombstones)) if (t > limit) setEntry(tombstones, id, now);
  return { ...data, tombstones };
}

/** The project with every timestamp past now + slack set to now (the same object when none is). */
function repairFuture(p: Project, now: number): Project {
  const limit = now + FUTURE_SLACK_MS;
  const fix = (t: number) => (t > limit ? now : t);
  const future = (a: Answer) => a.updatedAt > limit;
  const answersAhead = Object.values(p.answers).some(future);
  const trackerAhead = (p.tracker?.updatedAt ?? 0) > limit;
  if (!answersAhead && !trackerAhead && p.updatedAt <= limit && p.createdAt <= limit && p.nameUpdatedAt <= limit && p.profileUpdatedAt <= limit) return p;
  let answers = p.answers;
  if (answersAhead) {
    answers = emptyDict<Answer>();
    for (const [id, a] of Object.entries(p.answers)) setEntry(answers, id, future(a) ? { ...a, updatedAt: now } : a);
  }
  const repaired: Project = { ...p, answers, createdAt: fix(p.createdAt), updatedAt: fix(p.updatedAt), nameUpdatedAt: fix(p.nameUpdatedAt), profileUpdatedAt: fix(p.profileUpdatedAt) };
  if (p.tracker && trackerAhead) repaired.tracker = { ...p.tracker, updatedAt: now };
  return repaired;
}

function eachProject(data: ProjectsData, step: (p: Project) => Project): ProjectsData {
  let changed = false;
  const projects = emptyDict<Project>();
  for (const [id, project] of Object.entries(data.projects)) {
    const upgraded = step(project);
    if (upgraded !== project) changed = true;
    setEntry(projects, id, upgraded);
  }
  return changed ? { ...data, projects } : data;
}

let cache: { raw: string; result: DecodeResult } | null = null;

/**
 * Reads a stored value: envelope, then `restore`. The last result is cached by the raw string, so
 * the guard, the store and the pre-write re-read share one parse.
 */
export function decodePersisted(raw: string): DecodeResult {
  if (cache && cache.raw === raw) return cache.result;
  const result = decodeUncached(raw);
  cache = { raw, result };
  return result;
}

/** Lets the writer record what it just wrote, so the next re-read needs no parse. */
export function rememberEncoded(raw: string, data: ProjectsData): void {
  cache = { raw, result: { ok: true, data, version: STORAGE_SCHEMA_VERSION } };
}

function decodeUncached(raw: string): DecodeResult {
  const quick = quickCheck(raw);
  if (!quick.ok) return quick;
  const restored = restore(quick.state, quick.version);
  if (!restored.ok) return { ok: false, problem: { kind: 'wrong-shape', message: restored.error } };
  return { ok: true, data: restored.value, version: quick.version };
}
