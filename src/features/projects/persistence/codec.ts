/**
 * The compact format of the projects store in localStorage (documented in docs/file-formats.md):
 * the shape schema of the current version, its decoder (which says exactly what is wrong with a
 * bad value) and the encoder. Migrations and the whole read path are in restore.ts.
 *
 * Budget: 200 projects × 80 answers must stay under 2 MB, so the stored value uses one- or
 * two-letter keys and omits empty fields. The envelope keeps zustand's `{ version, state }` shape.
 *
 */
import * as v from 'valibot';
import { emptyDict, getOwn, setEntry, type Dict } from '@/lib/dict';
import { EMPTY_PROFILE, PROFILE_KEYS, PROFILE_VALUES } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { ITEM_ID, ITEM_ID_MESSAGE, LIMITS, MAX_TIMESTAMP, PROJECT_ID, PROJECT_ID_MESSAGE } from '@/features/projects/model';
import type { Answer, AnswerStatus, AssessmentRound, Evidence, Project, ProjectsData, ProjectTracker, TrackerSetting } from '@/entities/project/types';
import type { Result } from '@/lib/result';
import { onboardingSchema } from '@/entities/onboarding/schema';
import type { ProjectOnboarding } from '@/entities/onboarding/types';
import { ANSWER_STATUSES, EVIDENCE_KINDS, EVIDENCE_VERDICTS } from '@/entities/project/types';
import { parseDict } from './dict-schema';
import { STORAGE_SCHEMA_VERSION } from './envelope';
import { formatIssue } from './issue-path';
import { mergeProject } from './merge';

const STATUS_TO_CODE = { yes: 'y', partial: 'p', no: 'n', na: 'a' } as const satisfies Record<AnswerStatus, string>;
type StatusCode = (typeof STATUS_TO_CODE)[AnswerStatus];
const CODE_TO_STATUS: Record<StatusCode, AnswerStatus> = { y: 'yes', p: 'partial', n: 'no', a: 'na' };

export function oneOf<const T extends readonly (string | number)[]>(options: T) {
  return v.picklist(options, `expected one of ${options.join(', ')}`);
}

/** The one timestamp rule (model.ts `isValidTimestamp`), for storage and files alike. */
export const timestampSchema = v.pipe(
  v.number('expected a number (milliseconds since 1970)'),
  v.integer('expected a whole number of milliseconds'),
  v.minValue(0, 'expected a timestamp ≥ 0'),
  v.maxValue(MAX_TIMESTAMP, 'expected a timestamp within the JavaScript date range'),
);

const triState = v.nullable(v.boolean('expected true, false or null'));

/** Profile answers; a missing key means "not answered". */
export const profileSchema = v.object({
  topology: v.optional(oneOf([...PROFILE_VALUES.topology, 'unknown']), 'unknown'),
  turn: v.optional(oneOf([...PROFILE_VALUES.turn, 'unknown']), 'unknown'),
  turnExposure: v.optional(oneOf([...PROFILE_VALUES.turnExposure, 'unknown']), 'unknown'),
  mediaServer: v.optional(oneOf([...PROFILE_VALUES.mediaServer, 'unknown']), 'unknown'),
  recording: v.optional(triState, null),
  dataChannels: v.optional(triState, null),
  screenSharing: v.optional(triState, null),
  nativeApps: v.optional(triState, null),
  contractors: v.optional(triState, null),
  e2ee: v.optional(triState, null),
});

/** Evidence as stored and exported. `limits` adds size limits for files coming from outside. */
export function evidenceSchema(limits: boolean) {
  const text = (max: number) =>
    limits ? v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`)) : v.string('expected a string');
  const checks = v.array(
    v.object({
      id: text(200),
      url: text(LIMITS.evidenceUrl),
      verdict: oneOf(EVIDENCE_VERDICTS),
      ms: v.pipe(v.number('expected a number'), v.finite('expected a finite number'), v.minValue(0, 'expected a number ≥ 0')),
      errorCode: v.optional(v.pipe(v.number('expected a number'), v.integer('expected an integer'))),
      detail: text(LIMITS.checkDetail),
    }),
    'expected an array',
  );
  return v.object({
    id: v.pipe(text(200), v.minLength(1, 'expected a non-empty id')),
    kind: oneOf(EVIDENCE_KINDS),
    label: text(LIMITS.evidenceLabel),
    url: v.optional(text(LIMITS.evidenceUrl)),
    verdict: v.optional(oneOf(EVIDENCE_VERDICTS)),
    date: text(100),
    checks: v.optional(limits ? v.pipe(checks, v.maxLength(LIMITS.checks, `expected at most ${LIMITS.checks} checks`)) : checks),
    history: v.optional(
      v.pipe(
        v.array(v.object({ date: text(100), verdict: v.optional(oneOf(EVIDENCE_VERDICTS)) }), 'expected an array'),
        v.maxLength(LIMITS.evidenceHistory, `expected at most ${LIMITS.evidenceHistory} earlier runs`),
      ),
    ),
  });
}

const storedAnswerSchema = v.object({
  s: v.optional(oneOf(['y', 'p', 'n', 'a'])),
  n: v.optional(v.string('expected a string')),
  r: v.optional(v.string('expected a string')),
  o: v.optional(v.string('expected a string')),
  d: v.optional(v.string('expected a string')),
  e: v.optional(v.array(evidenceSchema(false), 'expected an array')),
  u: timestampSchema,
});
type StoredAnswer = v.InferOutput<typeof storedAnswerSchema>;

const storedText = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));

/** The issue tracker (optional, added after format version 1 shipped: older values simply lack it). */
const storedTrackerSchema = v.object({
  s: v.nullable(
    v.object({
      k: oneOf(['github', 'gitlab', 'jira']),
      url: storedText(2000),
      p: v.optional(storedText(20)),
      t: v.optional(storedText(20)),
    }),
  ),
  at: timestampSchema,
});

// ---------------------------------------------------------------------------------------------
// Assessment rounds, as stored and exported (one shape for both: rounds are rare, so readable keys
// cost little). An optional field of a project: values and files from before rounds simply lack
// it, so neither the storage nor the file version changes.

/** More rounds than a team re-assesses in decades; a cap so a crafted file cannot ask for millions. */
const MAX_ROUNDS = 200;

const roundSchema = v.object({
  id: v.pipe(v.string('expected a string'), v.regex(PROJECT_ID, PROJECT_ID_MESSAGE)),
  closedAt: timestampSchema,
  contentVersion: v.pipe(v.string('expected a string'), v.maxLength(50, 'expected at most 50 characters')),
  profile: v.optional(profileSchema, {}),
  // Keyed by item id: checked by parseDict (every key kept, `__proto__` too).
  statuses: v.optional(v.unknown()),
  applicable: v.pipe(v.array(v.pipe(v.string('expected a string'), v.regex(ITEM_ID, ITEM_ID_MESSAGE)), 'expected an array'), v.maxLength(5000, 'expected at most 5000 ids')),
  percent: v.nullable(v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0–100'), v.maxValue(100, 'expected 0–100'))),
  grade: v.nullable(oneOf(['A', 'B', 'C', 'D', 'F'])),
});

export const roundsSchema = v.pipe(v.array(roundSchema, 'expected an array'), v.maxLength(MAX_ROUNDS, `expected at most ${MAX_ROUNDS} rounds`));

/** Turns parsed rounds into the model (statuses checked as an item-id dict), oldest first. */
export function decodeRounds(parsed: v.InferOutput<typeof roundsSchema>, path: string, clamp: (t: number) => number = (t) => t): Result<AssessmentRound[]> {
  const out: AssessmentRound[] = [];
  for (const [index, r] of parsed.entries()) {
    const statuses = r.statuses === undefined ? { ok: true as const, value: emptyDict<(typeof ANSWER_STATUSES)[number]>() } : parseDict(r.statuses, oneOf(ANSWER_STATUSES), `${path}[${index}].statuses`, { pattern: ITEM_ID, message: ITEM_ID_MESSAGE });
    if (!statuses.ok) return statuses;
    out.push({
      id: r.id,
      closedAt: clamp(r.closedAt),
      contentVersion: r.contentVersion,
      profile: { ...EMPTY_PROFILE, ...r.profile } as ArchitectureProfile,
      statuses: statuses.value,
      applicable: [...r.applicable],
      percent: r.percent,
      grade: r.grade,
    });
  }
  return { ok: true, value: out.sort((a, b) => a.closedAt - b.closedAt) };
}

/** Rounds as JSON, oldest first (the order decoding gives). */
export function encodeRounds(rounds: readonly AssessmentRound[]): Record<string, unknown>[] {
  return [...rounds].sort((a, b) => a.closedAt - b.closedAt).map(encodeRound);
}

/** A round as JSON: statuses sorted by id, so equal rounds give equal text. */
function encodeRound(r: AssessmentRound): Record<string, unknown> {
  const statuses = emptyDict<string>();
  for (const id of Object.keys(r.statuses).sort()) setEntry(statuses, id, r.statuses[id] as string);
  return { id: r.id, closedAt: r.closedAt, contentVersion: r.contentVersion, profile: { ...r.profile }, statuses, applicable: r.applicable, percent: r.percent, grade: r.grade };
}
/** Contractor onboarding (optional, added after format version 1 shipped, like the tracker). */
const storedOnboardingSchema = v.object({ ...onboardingSchema.entries, at: timestampSchema });

const storedProjectSchema = v.object({
  i: v.pipe(v.string('expected a string'), v.regex(PROJECT_ID, PROJECT_ID_MESSAGE)),
  n: v.string('expected a string'),
  c: timestampSchema,
  u: timestampSchema,
  nu: v.optional(timestampSchema),
  pu: v.optional(timestampSchema),
  cv: v.string('expected a string'),
  pr: v.optional(profileSchema),
  // Keyed by item id: checked by parseDict (every key kept, `constructor` and `__proto__` too).
  a: v.optional(v.unknown()),
  tr: v.optional(storedTrackerSchema),
  ro: v.optional(roundsSchema),
  /** Dismissed "Checklist updated" notice (optional, added after format version 1 shipped). */
  ns: v.optional(storedText(50)),
  ob: v.optional(storedOnboardingSchema),
});

const storedStateSchema = v.object({
  p: v.array(storedProjectSchema, 'expected an array'),
  t: v.optional(v.unknown()),
});

type StoredProject = v.InferOutput<typeof storedProjectSchema>;

export function emptyData(): ProjectsData {
  return { projects: emptyDict(), tombstones: emptyDict() };
}

function decodeEvidence(e: v.InferOutput<ReturnType<typeof evidenceSchema>>): Evidence {
  const out: Evidence = { id: e.id, kind: e.kind, label: e.label, date: e.date };
  if (e.url !== undefined) out.url = e.url;
  if (e.verdict !== undefined) out.verdict = e.verdict;
  if (e.checks !== undefined)
    out.checks = e.checks.map((c) => {
      const check = { id: c.id, url: c.url, verdict: c.verdict, ms: c.ms, detail: c.detail };
      return c.errorCode === undefined ? check : { ...check, errorCode: c.errorCode };
    });
  if (e.history !== undefined) out.history = e.history.map((r) => (r.verdict === undefined ? { date: r.date } : { date: r.date, verdict: r.verdict }));
  return out;
}

function decodeAnswer(a: StoredAnswer): Answer {
  return {
    status: a.s === undefined ? null : CODE_TO_STATUS[a.s],
    note: a.n ?? '',
    naReason: a.r ?? '',
    owner: a.o ?? '',
    due: a.d ?? '',
    evidence: a.e ? a.e.map(decodeEvidence) : [],
    updatedAt: a.u,
  };
}

function decodeTracker(tr: NonNullable<StoredProject['tr']>): ProjectTracker {
  const s = tr.s;
  const setting: TrackerSetting | null =
    s === null ? null : s.k === 'jira' ? { kind: 'jira', url: s.url, projectId: s.p ?? '', issueTypeId: s.t ?? '' } : { kind: s.k, url: s.url };
  return { setting, updatedAt: tr.at };
}

function encodeTracker(tracker: ProjectTracker): Record<string, unknown> {
  const s = tracker.setting;
  return {
    s: s === null ? null : s.kind === 'jira' ? { k: s.kind, url: s.url, p: s.projectId, t: s.issueTypeId } : { k: s.kind, url: s.url },
    at: tracker.updatedAt,
  };
}

function decodeProject(p: StoredProject, stored: Dict<StoredAnswer>): Project {
  const answers = emptyDict<Answer>();
  for (const id of Object.keys(stored)) setEntry(answers, id, decodeAnswer(stored[id] as StoredAnswer));
  const project: Project = {
    id: p.i,
    name: p.n,
    createdAt: p.c,
    updatedAt: p.u,
    nameUpdatedAt: p.nu ?? p.c,
    profileUpdatedAt: p.pu ?? p.c,
    profile: { ...EMPTY_PROFILE, ...(p.pr ?? {}) } as ArchitectureProfile,
    answers,
    contentVersion: p.cv,
  };
  if (p.tr) project.tracker = decodeTracker(p.tr);
  if (p.ns !== undefined) project.contentNoticeSeen = p.ns;
  if (p.ob) {
    const { at, ...onboarding } = p.ob;
    project.onboarding = { ...onboarding, updatedAt: at };
  }
  return project;
}

/**
 * Validates a current-version stored state and turns it into the in-memory model. Two entries
 * with the same project id (only a hand edit can make them) are merged, not overwritten.
 */
export function decodeStoredState(state: unknown): Result<ProjectsData> {
  const parsed = v.safeParse(storedStateSchema, state, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: formatIssue(parsed.issues[0], 'state') };
  const data = emptyData();
  for (const [index, p] of parsed.output.p.entries()) {
    const answers = p.a === undefined ? { ok: true as const, value: emptyDict<StoredAnswer>() } : parseDict(p.a, storedAnswerSchema, `state.p[${index}].a`, { pattern: ITEM_ID, message: ITEM_ID_MESSAGE });
    if (!answers.ok) return answers;
    const project = decodeProject(p, answers.value);
    if (p.ro) {
      const rounds = decodeRounds(p.ro, `state.p[${index}].ro`);
      if (!rounds.ok) return rounds;
      if (rounds.value.length) project.rounds = rounds.value;
    }
    const twin = getOwn(data.projects, p.i);
    setEntry(data.projects, p.i, twin ? mergeProject(twin, project) : project);
  }
  if (parsed.output.t !== undefined) {
    const tombstones = parseDict(parsed.output.t, timestampSchema, 'state.t');
    if (!tombstones.ok) return tombstones;
    data.tombstones = tombstones.value;
  }
  return { ok: true, value: data };
}

// ---------------------------------------------------------------------------------------------
// Encoding

function encodeEvidence(e: Evidence): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, label: e.label };
  if (e.url !== undefined) out.url = e.url;
  if (e.verdict !== undefined) out.verdict = e.verdict;
  out.date = e.date;
  if (e.checks !== undefined) out.checks = e.checks;
  if (e.history !== undefined) out.history = e.history;
  return out;
}

function encodeAnswer(a: Answer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.status !== null) out.s = STATUS_TO_CODE[a.status];
  if (a.note) out.n = a.note;
  if (a.naReason) out.r = a.naReason;
  if (a.owner) out.o = a.owner;
  if (a.due) out.d = a.due;
  if (a.evidence.length) out.e = a.evidence.map(encodeEvidence);
  out.u = a.updatedAt;
  return out;
}

function encodeProfile(profile: ArchitectureProfile): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_KEYS) {
    const value = profile[key];
    if (value !== 'unknown' && value !== null) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function encodeOnboarding({ updatedAt, ...rest }: ProjectOnboarding): Record<string, unknown> {
  return { ...rest, at: updatedAt };
}

const projectJsonCache = new WeakMap<Project, string>();

/** One project as compact JSON; cached per (immutable) project object so a write re-encodes only what changed. */
function encodeProject(p: Project): string {
  const cached = projectJsonCache.get(p);
  if (cached !== undefined) return cached;
  const out: Record<string, unknown> = { i: p.id, n: p.name, c: p.createdAt, u: p.updatedAt };
  if (p.nameUpdatedAt !== p.createdAt) out.nu = p.nameUpdatedAt;
  if (p.profileUpdatedAt !== p.createdAt) out.pu = p.profileUpdatedAt;
  out.cv = p.contentVersion;
  const profile = encodeProfile(p.profile);
  if (profile) out.pr = profile;
  const ids = Object.keys(p.answers).sort();
  if (ids.length) {
    // Null prototype and defined properties: an answer id `__proto__` is written as a key.
    const answers = emptyDict<unknown>();
    for (const id of ids) setEntry(answers, id, encodeAnswer(p.answers[id] as Answer));
    out.a = answers;
  }
  if (p.tracker) out.tr = encodeTracker(p.tracker);
  if (p.rounds?.length) out.ro = encodeRounds(p.rounds);
  if (p.contentNoticeSeen !== undefined) out.ns = p.contentNoticeSeen;
  if (p.onboarding) out.ob = encodeOnboarding(p.onboarding);
  const json = JSON.stringify(out);
  projectJsonCache.set(p, json);
  return json;
}

/** The stored value for `data`: canonical (projects and keys sorted), so equal data gives an equal string. */
export function encodePersisted(data: ProjectsData): string {
  const ids = Object.keys(data.projects).sort();
  const parts = ids.map((id) => encodeProject(data.projects[id] as Project));
  const tombstones = emptyDict<number>();
  for (const id of Object.keys(data.tombstones).sort()) setEntry(tombstones, id, data.tombstones[id] as number);
  return `{"version":${STORAGE_SCHEMA_VERSION},"state":{"p":[${parts.join(',')}],"t":${JSON.stringify(tombstones)}}}`;
}
