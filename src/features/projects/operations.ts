/**
 * Every change to the projects data, as pure functions from one `ProjectsData` to the next (the
 * store applies one per action, so one action is one write, however much it changes). No React,
 * no storage: unit-tested directly.
 *
 * Invariants kept here: records keyed by outside ids are null-prototype (lib/dict.ts); every
 * timestamp follows model.ts's rule (`nextTimestamp`); every text field is short enough that its
 * redacted form fits its limit (`fitRedacted`), so an export always re-imports.
 */
import { emptyDict, getOwn, setEntry, withEntry, withoutEntry } from '@/lib/dict';
import { fitRedacted, redactToFit } from '@/lib/redaction';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ScorableItem } from '@/entities/checklist/scoring';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { closeRound } from '@/entities/project/rounds';
import { compareVersions } from '@/entities/checklist/successors';
import { createId, emptyAnswer, isValidDueDate, LIMITS, nextTimestamp } from './model';
import type { Answer, AnswerPatch, Evidence, EvidenceCheck, EvidenceRun, Project, ProjectsData, TrackerSetting } from '@/entities/project/types';
import { cleanOnboarding } from '@/entities/onboarding/schema';
import { emptyOnboarding, type ProjectOnboarding } from '@/entities/onboarding/types';

/** Evidence as passed to `attachEvidence`: the id is optional (one is generated). */
export type EvidenceInput = Omit<Evidence, 'id'> & { id?: string };

/** One piece of evidence for one checklist item (a TURN test run attaches many in one write). */
export interface EvidenceEntry {
  readonly itemId: string;
  readonly evidence: EvidenceInput;
}

export type Change<R> = { data: ProjectsData; result: R };

const unchanged = <R>(data: ProjectsData, result: R): Change<R> => ({ data, result });

function cleanName(name: string): string {
  return fitRedacted(name.trim(), LIMITS.name);
}

function withProject(data: ProjectsData, project: Project): ProjectsData {
  return { ...data, projects: withEntry(data.projects, project.id, project) };
}

/** Replaces one project through `change`, stamping a timestamp later than its last change. */
function updateProject(data: ProjectsData, projectId: string, now: number, change: (p: Project, t: number) => Project | null): ProjectsData {
  const current = getOwn(data.projects, projectId);
  if (!current) return data;
  const t = nextTimestamp(now, current.updatedAt);
  const next = change(current, t);
  if (!next || next === current) return data;
  return withProject(data, { ...next, updatedAt: Math.max(next.updatedAt, t) });
}

/** Changes one answer of a project (created blank if missing); `null` from `change` means no change. */
function updateAnswerWith(data: ProjectsData, projectId: string, itemId: string, now: number, change: (a: Answer) => Answer | null): ProjectsData {
  return updateProject(data, projectId, now, (p, t) => {
    const changed = change(getOwn(p.answers, itemId) ?? emptyAnswer(0));
    if (!changed) return null;
    return { ...p, updatedAt: t, answers: withEntry(p.answers, itemId, { ...changed, updatedAt: t }) };
  });
}

export function createProject(data: ProjectsData, input: { name: string; profile?: ArchitectureProfile }, now: number, contentVersion: string): Change<string> {
  const id = createId();
  const project: Project = {
    id,
    name: cleanName(input.name) || 'Untitled project',
    createdAt: now,
    updatedAt: now,
    nameUpdatedAt: now,
    profileUpdatedAt: now,
    profile: { ...EMPTY_PROFILE, ...input.profile },
    answers: emptyDict(),
    contentVersion,
  };
  return { data: withProject(data, project), result: id };
}

export function renameProject(data: ProjectsData, projectId: string, name: string, now: number): ProjectsData {
  const clean = cleanName(name);
  if (!clean) return data;
  return updateProject(data, projectId, now, (p, t) => (p.name === clean ? null : { ...p, name: clean, nameUpdatedAt: t }));
}

/**
 * A new profile is answered against the current checklist, so it stamps the project with `contentVersion`,
 * except while the project still owes its user that version's "Checklist updated" notice (last worked
 * on with an older version, notice not dismissed): the stamp would make the notice disappear unseen.
 */
export function setProfile(data: ProjectsData, projectId: string, profile: ArchitectureProfile, now: number, contentVersion: string): ProjectsData {
  return updateProject(data, projectId, now, (p, t) => {
    const noticeOwed = compareVersions(p.contentVersion, contentVersion) < 0 && p.contentNoticeSeen !== contentVersion;
    return { ...p, profile: { ...profile }, profileUpdatedAt: t, contentVersion: noticeOwed ? p.contentVersion : contentVersion };
  });
}

export function duplicateProject(data: ProjectsData, projectId: string, name: string | undefined, now: number): Change<string | null> {
  const source = getOwn(data.projects, projectId);
  if (!source) return unchanged(data, null);
  const id = createId();
  const copy: Project = {
    ...source,
    id,
    name: cleanName(name?.trim() || `${source.name} (copy)`),
    createdAt: now,
    updatedAt: now,
    nameUpdatedAt: now,
    profileUpdatedAt: now,
  };
  return { data: withProject(data, copy), result: id };
}

export function deleteProject(data: ProjectsData, projectId: string, now: number): Change<Project | null> {
  const project = getOwn(data.projects, projectId);
  if (!project) return unchanged(data, null);
  const t = nextTimestamp(now, project.updatedAt);
  return {
    data: { projects: withoutEntry(data.projects, projectId), tombstones: withEntry(data.tombstones, projectId, t) },
    result: project,
  };
}

/** Undo of a delete: a fresh timestamp, so the project beats its tombstone here and in other tabs. */
export function restoreProject(data: ProjectsData, project: Project, now: number): ProjectsData {
  const deletedAt = getOwn(data.tombstones, project.id) ?? 0;
  const t = nextTimestamp(now, Math.max(deletedAt, project.updatedAt));
  return {
    projects: withEntry(data.projects, project.id, { ...project, updatedAt: t }),
    tombstones: withoutEntry(data.tombstones, project.id),
  };
}

const TEXT_FIELDS = [
  ['note', LIMITS.note],
  ['naReason', LIMITS.naReason],
  ['owner', LIMITS.owner],
] as const;

function patchAnswer(a: Answer, patch: AnswerPatch): Answer | null {
  const next: Answer = { ...a };
  let changed = false;
  if (patch.status !== undefined && patch.status !== a.status) {
    next.status = patch.status;
    changed = true;
  }
  for (const [field, max] of TEXT_FIELDS) {
    const value = patch[field];
    if (value !== undefined && value !== a[field]) {
      next[field] = fitRedacted(value, max);
      changed = true;
    }
  }
  if (patch.due !== undefined && patch.due !== a.due && (patch.due === '' || isValidDueDate(patch.due))) {
    next.due = patch.due;
    changed = true;
  }
  return changed ? next : null;
}

/** Updates fields of one answer; bumps that answer's `updatedAt`. Invalid due dates are ignored. */
export function updateAnswer(data: ProjectsData, projectId: string, itemId: string, patch: AnswerPatch, now: number): ProjectsData {
  return updateAnswerWith(data, projectId, itemId, now, (a) => patchAnswer(a, patch));
}

/** Evidence as stored: credentials-looking text redacted, every size within the import limits. */
export function sanitizeEvidence(input: EvidenceInput, id: string): Evidence {
  const out: Evidence = {
    id,
    kind: input.kind,
    label: redactToFit(input.label, LIMITS.evidenceLabel),
    date: input.date.slice(0, 100),
  };
  if (input.url !== undefined) out.url = redactToFit(input.url, LIMITS.evidenceUrl);
  if (input.verdict !== undefined) out.verdict = input.verdict;
  if (input.history !== undefined) out.history = input.history.slice(0, LIMITS.evidenceHistory).map(sanitizeRun);
  if (input.checks !== undefined)
    out.checks = input.checks.slice(0, LIMITS.checks).map((c): EvidenceCheck => {
      const check: EvidenceCheck = {
        id: c.id.slice(0, 200),
        url: redactToFit(c.url, LIMITS.evidenceUrl),
        verdict: c.verdict,
        ms: Number.isFinite(c.ms) && c.ms >= 0 ? c.ms : 0,
        detail: redactToFit(c.detail, LIMITS.checkDetail),
      };
      if (c.errorCode !== undefined && Number.isInteger(c.errorCode)) check.errorCode = c.errorCode;
      return check;
    });
  return out;
}

function sanitizeRun(run: EvidenceRun): EvidenceRun {
  return run.verdict === undefined ? { date: run.date.slice(0, 100) } : { date: run.date.slice(0, 100), verdict: run.verdict };
}

/**
 * What an automated result is about: its kind, which tool (the command-line probe's results, ids
 * `probe-…` from app/routes/turn/project-evidence.ts, stand beside the browser tester's about the
 * same server instead of replacing them) and every check id with its URL or server.
 */
function resultKey(e: Evidence): string | null {
  if (e.kind === 'link' || e.checks === undefined || e.checks.length === 0) return null;
  return JSON.stringify([e.kind, e.id.startsWith('probe-'), e.checks.map((c) => `${c.id} ${c.url}`).sort()]);
}

/**
 * The answer's evidence with `evidence` in: replacing the entry with its id, and an earlier run of
 * the same result (same kind, checks and targets), whose date and verdict go into `history`.
 */
function withEvidence(list: readonly Evidence[], evidence: Evidence): Evidence[] {
  const key = resultKey(evidence);
  const earlier = key === null ? undefined : list.find((e) => e.id !== evidence.id && resultKey(e) === key);
  const others = list.filter((e) => e.id !== evidence.id && e !== earlier);
  if (earlier === undefined) return [...others, evidence];
  const run = sanitizeRun({ date: earlier.date, ...(earlier.verdict !== undefined ? { verdict: earlier.verdict } : {}) });
  const history = [run, ...(earlier.history ?? []), ...(evidence.history ?? [])].slice(0, LIMITS.evidenceHistory);
  return [...others, { ...evidence, history }];
}

/**
 * Adds evidence to answers of one project (or replaces evidence with the same id), creating the
 * answers if needed: all entries in one change (one write, so other tabs never see half of a TURN
 * run attached). Returns the evidence ids, or null when the project does not exist.
 */
export function attachEvidence(data: ProjectsData, projectId: string, entries: readonly EvidenceEntry[], now: number): Change<string[] | null> {
  const project = getOwn(data.projects, projectId);
  if (!project) return unchanged(data, null);
  const t = nextTimestamp(now, project.updatedAt);
  const answers = emptyDict<Answer>();
  for (const id of Object.keys(project.answers)) setEntry(answers, id, project.answers[id] as Answer);
  const ids: string[] = [];
  for (const { itemId, evidence: input } of entries) {
    const id = input.id && input.id.length <= 200 ? input.id : createId('e');
    const evidence = sanitizeEvidence(input, id);
    const answer = getOwn(answers, itemId) ?? emptyAnswer(t);
    setEntry(answers, itemId, { ...answer, evidence: withEvidence(answer.evidence, evidence).slice(-LIMITS.evidencePerAnswer), updatedAt: t });
    ids.push(id);
  }
  if (!entries.length) return unchanged(data, ids);
  return { data: withProject(data, { ...project, answers, updatedAt: t }), result: ids };
}

export function removeEvidence(data: ProjectsData, projectId: string, itemId: string, evidenceId: string, now: number): ProjectsData {
  return updateAnswerWith(data, projectId, itemId, now, (a) =>
    a.evidence.some((e) => e.id === evidenceId) ? { ...a, evidence: a.evidence.filter((e) => e.id !== evidenceId) } : null,
  );
}

/** Sets (or with null removes) the project's issue tracker; stored as given (the form validates it). */
export function setTracker(data: ProjectsData, projectId: string, setting: TrackerSetting | null, now: number): ProjectsData {
  const clean = setting && { ...setting, url: setting.url.slice(0, 2000) };
  return updateProject(data, projectId, now, (p, t) =>
    JSON.stringify(p.tracker?.setting ?? null) === JSON.stringify(clean) ? null : { ...p, tracker: { setting: clean, updatedAt: t } },
  );
}

/** Remembers that the "Checklist updated to `version`" notice was dismissed (a view setting: not a change to the work, so `updatedAt` stays). */
export function dismissContentNotice(data: ProjectsData, projectId: string, version: string): ProjectsData {
  const p = getOwn(data.projects, projectId);
  if (!p || p.contentNoticeSeen === version) return data;
  return withProject(data, { ...p, contentNoticeSeen: version });
}

/**
 * "Start a new assessment round": the current answers are closed into a read-only round (answers,
 * score, date, checklist version) and stay as the new round's starting point. Returns the round id.
 */
export function startRound(data: ProjectsData, projectId: string, now: number, items: readonly ScorableItem[]): Change<string | null> {
  const id = createId('r');
  const next = updateProject(data, projectId, now, (p, t) => ({ ...p, rounds: [...(p.rounds ?? []), closeRound(p, items, id, t)] }));
  return next === data ? unchanged(data, null) : { data: next, result: id };
}

/**
 * Changes the project's onboarding data (created empty if absent) through `change`, which gets the
 * current value; what it returns is redacted and fitted to the limits. No change, no write.
 */
export function updateOnboarding(data: ProjectsData, projectId: string, change: (o: ProjectOnboarding) => ProjectOnboarding, now: number): ProjectsData {
  return updateProject(data, projectId, now, (p, t) => {
    const current = p.onboarding ?? emptyOnboarding();
    const next = cleanOnboarding(change(current), t);
    return JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...current, updatedAt: 0 }) ? null : { ...p, onboarding: next };
  });
}

function importOne(data: ProjectsData, project: Project, mode: 'copy' | 'replace', now: number): Change<string> {
  const existing = getOwn(data.projects, project.id);
  const t = nextTimestamp(now, Math.max(existing?.updatedAt ?? 0, getOwn(data.tombstones, project.id) ?? 0, project.updatedAt));
  if (existing && mode === 'copy') {
    const id = createId();
    const copy: Project = { ...project, id, name: cleanName(`${project.name} (imported copy)`), createdAt: t, nameUpdatedAt: t, profileUpdatedAt: t, updatedAt: t };
    return { data: withProject(data, copy), result: id };
  }
  // Replacing must win the per-answer merge against the old copy (here and in other tabs): every
  // answer of the old or the imported project is rewritten at time t, blank where the imported
  // project has none.
  const answers = emptyDict<Answer>();
  for (const id of Object.keys(existing?.answers ?? {})) setEntry(answers, id, emptyAnswer(t));
  for (const [id, a] of Object.entries(project.answers)) setEntry(answers, id, existing ? { ...a, updatedAt: t } : a);
  const imported: Project = {
    ...project,
    ...(existing && project.onboarding ? { onboarding: { ...project.onboarding, updatedAt: t } } : {}),
    answers,
    nameUpdatedAt: existing ? t : project.nameUpdatedAt,
    profileUpdatedAt: existing ? t : project.profileUpdatedAt,
    updatedAt: t,
  };
  // The file's tracker (or none) replaces the old one, here and in other tabs.
  if (existing && (project.tracker || existing.tracker)) imported.tracker = { setting: project.tracker?.setting ?? null, updatedAt: t };
  return { data: { projects: withEntry(data.projects, project.id, imported), tombstones: withoutEntry(data.tombstones, project.id) }, result: project.id };
}

/**
 * Adds imported projects in one change. `replace` overwrites a project with the same id; `copy`
 * gives it a new id when the id is taken. Returns the ids used, in order.
 */
export function importProjects(data: ProjectsData, projects: readonly Project[], mode: 'copy' | 'replace', now: number): Change<string[]> {
  let next = data;
  const ids: string[] = [];
  for (const project of projects) {
    const change = importOne(next, project, mode, now);
    next = change.data;
    ids.push(change.result);
  }
  return { data: next, result: ids };
}
