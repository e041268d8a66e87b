/**
 * Merging two copies of the projects data (this tab's memory and what another tab stored).
 *
 * Rules, chosen so two tabs converge whichever merges first:
 * - Answers merge one by one: the later `updatedAt` wins. On a tie with different content the
 *   greater JSON wins, which is arbitrary but the same in every tab.
 * - A project's name and profile each win by their own timestamp (`nameUpdatedAt`,
 *   `profileUpdatedAt`); `contentVersion` comes with the later profile; `createdAt` is the earlier.
 * - The issue tracker setting wins by its own `updatedAt` (a removal is a `null` setting with a time);
 *   so does the onboarding data, as a whole.
 * - A deletion leaves a tombstone (id → time). A project is dropped when its tombstone is at least
 *   as recent as its last change, so a stale tab cannot resurrect it; a change made after the
 *   deletion (e.g. Undo) keeps it and drops the tombstone.
 *
 * When nothing from `b` changes `a`, the result is `a` itself (same references), so a no-op merge
 * re-renders nothing and writes nothing.
 */
import { copyDict, emptyDict, getOwn, hasOwn, setEntry, type Dict } from '@/lib/dict';
import { PROFILE_KEYS } from '@/entities/checklist/scope';
import { compareVersions } from '@/entities/checklist/successors';
import { answerKey, answersEqual } from '@/features/projects/model';
import type { Answer, Project, ProjectsData } from '@/entities/project/types';

function pickAnswer(a: Answer, b: Answer): Answer {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (answersEqual(a, b)) return a;
  return answerKey(a) >= answerKey(b) ? a : b;
}

function laterWins(aTime: number, bTime: number, aValue: string, bValue: string): 'a' | 'b' {
  if (aTime !== bTime) return aTime > bTime ? 'a' : 'b';
  return aValue >= bValue ? 'a' : 'b';
}

/** The later of two dismissed-notice versions: a dismissal in either tab counts. */
function laterNotice(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return compareVersions(a, b) >= 0 ? a : b;
}

function profileKey(p: Project): string {
  return JSON.stringify([p.contentVersion, ...PROFILE_KEYS.map((k) => p.profile[k])]);
}

/** Rounds are closed snapshots, never edited: the union by id, oldest first (one side's array when it has them all). */
function mergeRounds(a: Project['rounds'], b: Project['rounds']): Project['rounds'] {
  if (!b || a === b) return a;
  if (!a) return b;
  const ids = new Set(a.map((r) => r.id));
  const extra = b.filter((r) => !ids.has(r.id));
  if (extra.length === 0) return a;
  if (extra.length === b.length - a.length && a.every((r) => b.some((o) => o.id === r.id))) return b;
  return [...a, ...extra].sort((x, y) => x.closedAt - y.closedAt);
}

export function mergeProject(a: Project, b: Project): Project {
  if (a === b) return a;
  let fromA = true;
  let fromB = true;

  const answers = emptyDict<Answer>();
  for (const [id, answer] of Object.entries(a.answers)) {
    const other = getOwn(b.answers, id);
    const picked = other ? pickAnswer(answer, other) : answer;
    setEntry(answers, id, picked);
    if (picked !== answer) fromA = false;
    if (picked !== other) fromB = false;
  }
  for (const [id, answer] of Object.entries(b.answers)) {
    if (hasOwn(a.answers, id)) continue;
    setEntry(answers, id, answer);
    fromA = false;
  }

  const nameSide = laterWins(a.nameUpdatedAt, b.nameUpdatedAt, a.name, b.name);
  const profileSide = laterWins(a.profileUpdatedAt, b.profileUpdatedAt, profileKey(a), profileKey(b));
  const name = nameSide === 'a' ? a : b;
  const profile = profileSide === 'a' ? a : b;
  if (nameSide === 'b' || profileSide === 'b') fromA = false;
  if (nameSide === 'a' || profileSide === 'a') fromB = false;
  const trackerSide = laterWins(a.tracker?.updatedAt ?? -1, b.tracker?.updatedAt ?? -1, JSON.stringify(a.tracker ?? null), JSON.stringify(b.tracker ?? null));
  const tracker = (trackerSide === 'a' ? a : b).tracker;
  if (tracker !== a.tracker) fromA = false;
  if (tracker !== b.tracker) fromB = false;
  const rounds = mergeRounds(a.rounds, b.rounds);
  if (rounds !== a.rounds) fromA = false;
  if (rounds !== b.rounds) fromB = false;
  const notice = laterNotice(a.contentNoticeSeen, b.contentNoticeSeen);
  if (notice !== a.contentNoticeSeen) fromA = false;
  if (notice !== b.contentNoticeSeen) fromB = false;
  const onboardingSide = laterWins(a.onboarding?.updatedAt ?? -1, b.onboarding?.updatedAt ?? -1, JSON.stringify(a.onboarding ?? null), JSON.stringify(b.onboarding ?? null));
  const onboarding = (onboardingSide === 'a' ? a : b).onboarding;
  if (onboarding !== a.onboarding) fromA = false;
  if (onboarding !== b.onboarding) fromB = false;
  if (a.createdAt !== b.createdAt) {
    if (a.createdAt > b.createdAt) fromA = false;
    else fromB = false;
  }
  if (a.updatedAt !== b.updatedAt) {
    if (a.updatedAt > b.updatedAt) fromB = false;
    else fromA = false;
  }
  if (fromA) return a;
  if (fromB) return b;
  const merged: Project = {
    id: a.id,
    name: name.name,
    nameUpdatedAt: name.nameUpdatedAt,
    createdAt: Math.min(a.createdAt, b.createdAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    profile: profile.profile,
    profileUpdatedAt: profile.profileUpdatedAt,
    contentVersion: profile.contentVersion,
    answers,
  };
  if (tracker) merged.tracker = tracker;
  if (rounds) merged.rounds = rounds;
  if (notice !== undefined) merged.contentNoticeSeen = notice;
  if (onboarding) merged.onboarding = onboarding;
  return merged;
}

function mergeTombstones(a: Dict<number>, b: Dict<number>): Dict<number> {
  let changed = false;
  const out = copyDict(a);
  for (const [id, at] of Object.entries(b)) {
    const mine = getOwn(out, id);
    if (mine === undefined || at > mine) {
      setEntry(out, id, at);
      changed = true;
    }
  }
  return changed ? out : a;
}

/** Merges `b` (usually what is stored) into `a` (usually this tab's memory). */
export function mergeData(a: ProjectsData, b: ProjectsData): ProjectsData {
  if (a === b) return a;
  const tombstones = mergeTombstones(a.tombstones, b.tombstones);
  let changed = tombstones !== a.tombstones;
  const projects = emptyDict<Project>();
  const finalTombstones = copyDict(tombstones);
  const ids = new Set([...Object.keys(a.projects), ...Object.keys(b.projects)]);
  for (const id of ids) {
    const pa = getOwn(a.projects, id);
    const pb = getOwn(b.projects, id);
    const merged = pa && pb ? mergeProject(pa, pb) : (pa ?? pb);
    if (!merged) continue;
    const deletedAt = getOwn(tombstones, id);
    if (deletedAt !== undefined && deletedAt >= merged.updatedAt) {
      if (pa) changed = true;
      continue;
    }
    if (deletedAt !== undefined) {
      delete finalTombstones[id];
      changed = true;
    }
    setEntry(projects, id, merged);
    if (merged !== pa) changed = true;
  }
  if (!changed) return a;
  return { projects, tombstones: finalTombstones };
}

/** Drops tombstones older than `maxAgeMs` (the other tab has long since seen them). */
export function pruneTombstones(data: ProjectsData, now: number, maxAgeMs = 90 * 24 * 3600 * 1000): ProjectsData {
  const old = Object.entries(data.tombstones).filter(([, at]) => now - at > maxAgeMs);
  if (!old.length) return data;
  const tombstones = copyDict(data.tombstones);
  for (const [id] of old) delete tombstones[id];
  return { ...data, tombstones };
}
