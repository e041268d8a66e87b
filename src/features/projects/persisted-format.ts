/**
 * The compact format of the projects store in localStorage (documented in docs/file-formats.md),
 * and its decoder, which runs the migrations and says exactly what is wrong with a bad value.
 *
 * Budget: 200 projects × 80 answers must stay under 2 MB, so the stored value uses one- or
 * two-letter keys and omits empty fields. The envelope keeps zustand's `{ version, state }` shape.
 *
 * Imports in this module are relative (not `@/`) because the bench and e2e seeders load it in Node.
 */
import * as v from 'valibot';
import { EMPTY_PROFILE, PROFILE_KEYS, PROFILE_VALUES } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { formatIssue } from './issue-path';
import { migrateToCurrent } from './migrations';
import { LIMITS } from './model';
import { quickCheck, STORAGE_SCHEMA_VERSION, type StoredDataProblem } from './stored-value';
import type { Answer, AnswerStatus, Evidence, Project, ProjectsData, ProjectTracker, TrackerSetting } from '@/entities/project/types';
import { EVIDENCE_KINDS, EVIDENCE_VERDICTS } from '@/entities/project/types';

export { STORAGE_SCHEMA_VERSION, type StoredDataProblem };

const STATUS_TO_CODE = { yes: 'y', partial: 'p', no: 'n', na: 'a' } as const satisfies Record<AnswerStatus, string>;
type StatusCode = (typeof STATUS_TO_CODE)[AnswerStatus];
const CODE_TO_STATUS: Record<StatusCode, AnswerStatus> = { y: 'yes', p: 'partial', n: 'no', a: 'na' };

export function oneOf<const T extends readonly (string | number)[]>(options: T) {
  return v.picklist(options, `expected one of ${options.join(', ')}`);
}

export const timestampSchema = v.pipe(
  v.number('expected a number (milliseconds since 1970)'),
  v.integer('expected a whole number of milliseconds'),
  v.minValue(0, 'expected a timestamp ≥ 0'),
  v.maxValue(8.64e15, 'expected a timestamp within the JavaScript date range'),
);

const triState = v.nullable(v.boolean('expected true, false or null'));

/** Profile answers; a missing key means "not answered". */
export const profileSchema = v.object({
  topology: v.optional(oneOf([...PROFILE_VALUES.topology, 'unknown']), 'unknown'),
  turn: v.optional(oneOf([...PROFILE_VALUES.turn, 'unknown']), 'unknown'),
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

const storedProjectSchema = v.object({
  i: v.pipe(v.string('expected a string'), v.minLength(1, 'expected a non-empty id')),
  n: v.string('expected a string'),
  c: timestampSchema,
  u: timestampSchema,
  nu: v.optional(timestampSchema),
  pu: v.optional(timestampSchema),
  cv: v.string('expected a string'),
  pr: v.optional(profileSchema),
  a: v.optional(v.record(v.string(), storedAnswerSchema, 'expected an object')),
  tr: v.optional(storedTrackerSchema),
});

const storedStateSchema = v.object({
  p: v.array(storedProjectSchema, 'expected an array'),
  t: v.optional(v.record(v.string(), timestampSchema, 'expected an object')),
});

type StoredState = v.InferOutput<typeof storedStateSchema>;
type StoredProject = StoredState['p'][number];
type StoredAnswer = NonNullable<StoredProject['a']>[string];

export type DecodeResult = { ok: true; data: ProjectsData; version: number } | { ok: false; problem: StoredDataProblem };

export function emptyData(): ProjectsData {
  return { projects: {}, tombstones: {} };
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

function decodeProject(p: StoredProject): Project {
  const answers: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(p.a ?? {})) answers[id] = decodeAnswer(a);
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
  return project;
}

/** Validates a current-version stored state and turns it into the in-memory model. */
export function decodeStoredState(state: unknown): { ok: true; data: ProjectsData } | { ok: false; message: string } {
  const parsed = v.safeParse(storedStateSchema, state, { abortEarly: true });
  if (!parsed.success) return { ok: false, message: formatIssue(parsed.issues[0], 'state') };
  const projects: Record<string, Project> = {};
  for (const p of parsed.output.p) projects[p.i] = decodeProject(p);
  return { ok: true, data: { projects, tombstones: { ...(parsed.output.t ?? {}) } } };
}

let cache: { raw: string; result: DecodeResult } | null = null;

/**
 * Reads the stored value: JSON, envelope, version, migrations, shape. Never throws. The last result
 * is cached by the raw string, so the guard, the store and the pre-write re-read share one parse.
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
  const { state, version } = quick;
  const migrated = migrateToCurrent(state, version);
  if (!migrated.ok) return { ok: false, problem: { kind: 'wrong-shape', message: migrated.error } };
  const decoded = decodeStoredState(migrated.value);
  if (!decoded.ok) {
    const from = version === STORAGE_SCHEMA_VERSION ? '' : ` (after migrating from version ${version})`;
    return { ok: false, problem: { kind: 'wrong-shape', message: `${decoded.message}${from}` } };
  }
  return { ok: true, data: decoded.data, version };
}

// ---------------------------------------------------------------------------------------------
// Encoding

function encodeEvidence(e: Evidence): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, label: e.label };
  if (e.url !== undefined) out.url = e.url;
  if (e.verdict !== undefined) out.verdict = e.verdict;
  out.date = e.date;
  if (e.checks !== undefined) out.checks = e.checks;
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
    const answers: Record<string, unknown> = {};
    for (const id of ids) answers[id] = encodeAnswer(p.answers[id] as Answer);
    out.a = answers;
  }
  if (p.tracker) out.tr = encodeTracker(p.tracker);
  const json = JSON.stringify(out);
  projectJsonCache.set(p, json);
  return json;
}

/** The stored value for `data`: canonical (projects and keys sorted), so equal data gives an equal string. */
export function encodePersisted(data: ProjectsData): string {
  const ids = Object.keys(data.projects).sort();
  const parts = ids.map((id) => encodeProject(data.projects[id] as Project));
  const tombstones: Record<string, number> = {};
  for (const id of Object.keys(data.tombstones).sort()) tombstones[id] = data.tombstones[id] as number;
  return `{"version":${STORAGE_SCHEMA_VERSION},"state":{"p":[${parts.join(',')}],"t":${JSON.stringify(tombstones)}}}`;
}
