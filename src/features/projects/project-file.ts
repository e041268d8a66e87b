/**
 * Project files: export ("webrtc-security-checklist/project" and ".../projects") and import with
 * a valibot schema. Formats are documented in docs/file-formats.md.
 *
 * Import never throws: any input gives either projects or one message naming the first bad field,
 * e.g. `project.answers["turn-x"].status: expected one of yes, partial, no, na` (values quoted in
 * messages are capped and never secret-looking: lib/echo.ts).
 *
 * Export writes only the fields of the schema, redacts credential-looking text (lib/redaction.ts)
 * and keeps every field within the import limits, so every export re-imports: text is fitted
 * *after* redaction (`redactToFit`), and the store keeps every text short enough that this
 * changes nothing for data it wrote. Import redacts and fits the same way, clamps timestamps from
 * the future to now, and brings answers to the current checklist (persistence/content-upgrade.ts).
 */
import * as v from 'valibot';
import { evidenceFileKind, type EvidenceFileKind } from '@/entities/project/evidence-files';
import { handOverEvidenceFile } from './pending-evidence-file';
import { emptyDict, setEntry, type Dict } from '@/lib/dict';
import { parseJsonFile, type JsonFileKind } from '@/lib/json-file';
import { slugify } from '@/lib/slug';
import { hasSecrets, redactSecrets, redactToFit } from '@/lib/redaction';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { ITEM_ID, ITEM_ID_MESSAGE, PROJECT_ID, PROJECT_ID_MESSAGE, clampToNow, isValidDueDate, latestChange, LIMITS } from './model';
import { sanitizeEvidence } from './operations';
import { decodeRounds, encodeRounds, evidenceSchema, oneOf, profileSchema, roundsSchema, timestampSchema } from './persistence/codec';
import { upgradeContent } from './persistence/content-upgrade';
import { parseDict } from './persistence/dict-schema';
import type { Answer, AnswerStatus, Evidence, Project, TrackerSetting } from '@/entities/project/types';
import { fail, ok, type Result } from '@/lib/result';
import { parseTrackerSetting, TRACKER_KINDS } from './handoff/tracker-setting';
import { cleanOnboarding, onboardingSchema } from '@/entities/onboarding/schema';
import type { ProjectOnboarding } from '@/entities/onboarding/types';
import { ANSWER_STATUSES } from '@/entities/project/types';

const EVIDENCE_FILE_TEXT: Readonly<Record<EvidenceFileKind, string>> = {
  turnTest: 'a TURN results file (TURN tester or command-line probe)',
  coturnFindings: 'a coturn findings file (coturn analyzer)',
};

/**
 * A results file given to "Import project" (issue 13) is not refused as a bad project file: it is
 * handed to the next project page opened, which previews it for attaching. Returns what to tell
 * the user, or null (and does nothing) for any other file.
 */
export function handOverIfEvidenceFile(text: string, fileName: string): string | null {
  const kind = evidenceFileKind(text);
  if (kind === null) return null;
  handOverEvidenceFile({ name: fileName, text });
  return `“${fileName}” is ${EVIDENCE_FILE_TEXT[kind]}, not a project file. It becomes evidence on a project: open that project below, and its page shows what the file attaches for you to confirm (“Attach results file to project”).`;
}

export const PROJECT_FILE_FORMAT = 'webrtc-security-checklist/project';
export const PROJECTS_FILE_FORMAT = 'webrtc-security-checklist/projects';
const PROJECT_FILE_VERSION = 1;
/**
 * Files larger than this are refused before they are read. Far above what an export of the
 * browser's local storage (a few MB) can reach, so a backup of everything always re-imports;
 * small enough to parse in well under a second (see the import bench).
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** More projects than local storage can hold; a cap so a crafted file cannot ask for millions. */
const MAX_PROJECTS_PER_FILE = 100_000;

export interface ExportedAnswer {
  status: AnswerStatus | null;
  note: string;
  naReason: string;
  owner: string;
  due: string;
  evidence: Evidence[];
  updatedAt: number;
}

export interface ExportedProject {
  id: string;
  name: string;
  profile: ArchitectureProfile;
  /** The issue tracker for hand-off links, when one is set. */
  tracker?: TrackerSetting;
  answers: Dict<ExportedAnswer>;
  /** Earlier assessment rounds, oldest first (absent when there are none). */
  rounds?: Record<string, unknown>[];
  /** Contractor onboarding data, when the project has any. */
  onboarding?: ProjectOnboarding;
}

export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  contentVersion: string;
  project: ExportedProject;
}

export interface ProjectsFile {
  format: typeof PROJECTS_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  contentVersion: string;
  projects: ExportedProject[];
}

// ---------------------------------------------------------------------------------------------
// Export

/** Evidence as written to a file: redacted, within the limits (a no-op for what the store wrote). */
function exportEvidence(e: Evidence): Evidence {
  return sanitizeEvidence(e, e.id.slice(0, 200));
}

function exportAnswer(a: Answer): ExportedAnswer {
  return {
    status: a.status,
    note: redactToFit(a.note, LIMITS.note),
    naReason: redactToFit(a.naReason, LIMITS.naReason),
    owner: redactToFit(a.owner, LIMITS.owner),
    due: a.due === '' || isValidDueDate(a.due) ? a.due : '',
    evidence: a.evidence.slice(-LIMITS.evidencePerAnswer).map(exportEvidence),
    updatedAt: a.updatedAt,
  };
}

/**
 * How many text fields of `p` an export changes by redaction (name, notes, N/A reasons, owners,
 * evidence labels, URLs and check details), so the UI can tell the user.
 */
export function countRedactedFields(p: Project): number {
  let count = 0;
  const check = (text: string | undefined) => {
    if (text !== undefined && redactSecrets(text) !== text) count++;
  };
  check(p.name);
  for (const a of Object.values(p.answers)) {
    check(a.note);
    check(a.naReason);
    check(a.owner);
    for (const e of a.evidence) {
      check(e.label);
      check(e.url);
      for (const c of e.checks ?? []) {
        check(c.url);
        check(c.detail);
      }
    }
  }
  return count;
}

/** The project as it appears in a file: schema fields only, secrets redacted, answers sorted by id. */
export function toExportedProject(p: Project): ExportedProject {
  const answers = emptyDict<ExportedAnswer>();
  for (const id of Object.keys(p.answers).sort()) setEntry(answers, id, exportAnswer(p.answers[id] as Answer));
  const profile = { ...EMPTY_PROFILE };
  for (const key of Object.keys(EMPTY_PROFILE) as (keyof ArchitectureProfile)[]) {
    (profile as Record<string, unknown>)[key] = p.profile[key];
  }
  const tracker = exportTracker(p.tracker?.setting ?? null);
  const out: ExportedProject = { id: p.id, name: redactToFit(p.name, LIMITS.name) || 'Untitled project', profile, ...(tracker ? { tracker } : {}), answers };
  if (p.rounds?.length) out.rounds = encodeRounds(p.rounds);
  if (p.onboarding) out.onboarding = cleanOnboarding(p.onboarding, p.onboarding.updatedAt);
  return out;
}

/** The tracker as the importer will accept it (the store keeps what the form validated; this re-checks). */
function exportTracker(setting: TrackerSetting | null): TrackerSetting | null {
  if (!setting) return null;
  const parsed = parseTrackerSetting(setting);
  return parsed.ok && !hasSecrets(parsed.value.url) ? parsed.value : null;
}

export function createProjectFile(project: Project, contentVersion: string, exportedAt: Date = new Date()): ProjectFile {
  return {
    format: PROJECT_FILE_FORMAT,
    version: PROJECT_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    contentVersion,
    project: toExportedProject(project),
  };
}

export function createProjectsFile(projects: readonly Project[], contentVersion: string, exportedAt: Date = new Date()): ProjectsFile {
  return {
    format: PROJECTS_FILE_FORMAT,
    version: PROJECT_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    contentVersion,
    projects: projects.map(toExportedProject),
  };
}

export function serializeFile(file: ProjectFile | ProjectsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function projectFileName(project: Pick<Project, 'name'>, date: Date = new Date()): string {
  return `${slugify(project.name)}-${date.toISOString().slice(0, 10)}.webrtc-checklist.json`;
}

export function allProjectsFileName(date: Date = new Date()): string {
  return `webrtc-checklist-projects-${date.toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Import

const text = (max: number) =>
  v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));

const answerSchema = v.object({
  status: v.nullable(oneOf(ANSWER_STATUSES)),
  note: v.optional(text(LIMITS.note), ''),
  naReason: v.optional(text(LIMITS.naReason), ''),
  owner: v.optional(text(LIMITS.owner), ''),
  due: v.optional(
    v.pipe(v.string('expected a string'), v.check((s) => s === '' || isValidDueDate(s), 'expected a date as YYYY-MM-DD, or ""')),
    '',
  ),
  evidence: v.optional(
    v.pipe(v.array(evidenceSchema(true), 'expected an array'), v.maxLength(LIMITS.evidencePerAnswer, `expected at most ${LIMITS.evidencePerAnswer} entries`)),
    [],
  ),
  updatedAt: timestampSchema,
});
type ParsedAnswer = v.InferOutput<typeof answerSchema>;

const trackerSchema = v.object({
  kind: oneOf(TRACKER_KINDS),
  url: text(LIMITS.evidenceUrl),
  projectId: v.optional(text(50)),
  issueTypeId: v.optional(text(50)),
});

const projectSchema = v.object({
  id: v.pipe(v.string('expected a string'), v.regex(PROJECT_ID, PROJECT_ID_MESSAGE)),
  name: v.pipe(text(LIMITS.name), v.minLength(1, 'expected a non-empty name')),
  profile: v.optional(profileSchema, {}),
  tracker: v.optional(trackerSchema),
  // Keyed by item id: checked by parseDict, which keeps every key (`constructor` is an id like any other).
  answers: v.unknown(),
  rounds: v.optional(roundsSchema),
  onboarding: v.optional(v.object({ ...onboardingSchema.entries, updatedAt: timestampSchema })),
});

const header = {
  version: v.literal(PROJECT_FILE_VERSION, `expected ${PROJECT_FILE_VERSION} (this app reads version ${PROJECT_FILE_VERSION} files)`),
  exportedAt: v.optional(text(100)),
  contentVersion: v.optional(text(50), ''),
};

const fileSchema = v.variant(
  'format',
  [
    v.object({ format: v.literal(PROJECT_FILE_FORMAT), ...header, project: projectSchema }),
    v.object({
      format: v.literal(PROJECTS_FILE_FORMAT),
      ...header,
      projects: v.pipe(
        v.array(projectSchema, 'expected an array'),
        v.maxLength(MAX_PROJECTS_PER_FILE, `expected at most ${MAX_PROJECTS_PER_FILE.toLocaleString('en')} projects`),
      ),
    }),
  ],
  `expected "${PROJECT_FILE_FORMAT}" or "${PROJECTS_FILE_FORMAT}"`,
);

type ParsedProject = v.InferOutput<typeof projectSchema>;

export interface ImportedFile {
  kind: 'project' | 'projects';
  contentVersion: string;
  projects: Project[];
}

function toAnswer(a: ParsedAnswer, now: number): Answer {
  // Imported text gets the same redaction as exported text: a file from elsewhere must not put a
  // credential into local storage (redaction is idempotent, so export → import stays exact).
  return {
    status: a.status,
    note: redactToFit(a.note, LIMITS.note),
    naReason: redactToFit(a.naReason, LIMITS.naReason),
    owner: redactToFit(a.owner, LIMITS.owner),
    due: a.due,
    evidence: a.evidence.map((e) => sanitizeEvidence(e as Evidence, e.id)),
    updatedAt: clampToNow(a.updatedAt, now),
  };
}

function toProject(p: ParsedProject, parsedAnswers: Dict<ParsedAnswer>, tracker: TrackerSetting | null, contentVersion: string, now: number): Project {
  const answers = emptyDict<Answer>();
  for (const id of Object.keys(parsedAnswers)) setEntry(answers, id, toAnswer(parsedAnswers[id] as ParsedAnswer, now));
  const base = { createdAt: now, nameUpdatedAt: now, profileUpdatedAt: now, answers };
  const onboarding = p.onboarding && cleanOnboarding(p.onboarding, clampToNow(p.onboarding.updatedAt, now));
  return upgradeContent({
    ...(onboarding ? { onboarding } : {}),
    id: p.id,
    name: redactToFit(p.name, LIMITS.name),
    ...base,
    updatedAt: latestChange(base),
    profile: { ...EMPTY_PROFILE, ...p.profile } as ArchitectureProfile,
    contentVersion,
    ...(tracker ? { tracker: { setting: tracker, updatedAt: now } } : {}),
  });
}

/** The file's tracker checked like the settings form checks it; the message names the field. */
function importTracker(tracker: ParsedProject['tracker'], path: string): Result<TrackerSetting | null> {
  if (!tracker) return ok(null);
  if (hasSecrets(tracker.url)) return fail(`${path}.url: expected a tracker address without credentials in it`);
  const { kind, url, projectId, issueTypeId } = tracker;
  const parsed = parseTrackerSetting({ kind, url, ...(projectId === undefined ? {} : { projectId }), ...(issueTypeId === undefined ? {} : { issueTypeId }) });
  return parsed.ok ? parsed : fail(`${path}: ${parsed.error}`);
}

/** Checked on `File.size` before reading: returns the refusal message, or null when the size is fine. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${mb} MB; project files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are refused. Export a single project, or remove large evidence, and try again.`;
}

/** The projects of a validated file as Project values, or the first bad answer / repeated id. */
function toProjects(list: readonly ParsedProject[], paths: (i: number) => string, contentVersion: string, now: number): Result<Project[]> {
  const seen = new Map<string, number>();
  const projects: Project[] = [];
  for (const [i, p] of list.entries()) {
    const first = seen.get(p.id);
    if (first !== undefined)
      return { ok: false, error: `${paths(i)}.id: "${p.id}" is also the id of ${paths(first)}; each project in a file needs its own id` };
    seen.set(p.id, i);
    const answers = parseDict(p.answers, answerSchema, `${paths(i)}.answers`, { pattern: ITEM_ID, message: ITEM_ID_MESSAGE });
    if (!answers.ok) return answers;
    const tracker = importTracker(p.tracker, `${paths(i)}.tracker`);
    if (!tracker.ok) return tracker;
    const project = toProject(p, answers.value, tracker.value, contentVersion, now);
    const rounds = p.rounds ? decodeRounds(p.rounds, `${paths(i)}.rounds`, (t) => clampToNow(t, now)) : null;
    if (rounds && !rounds.ok) return rounds;
    projects.push(rounds?.value.length ? { ...project, rounds: rounds.value } : project);
  }
  return { ok: true, value: projects };
}

const PROJECT_FILE_KIND: JsonFileKind = {
  name: 'project file',
  noun: 'project file',
  tooBig: checkImportSize,
  refused: 'This project file cannot be imported: ',
};

/** Parses a project file (single project or all projects). Never throws. */
export function parseProjectFile(input: string, now: number = Date.now()): Result<ImportedFile> {
  return parseJsonFile(input, PROJECT_FILE_KIND, fileSchema, (file) => {
    const single = file.format === PROJECT_FILE_FORMAT;
    const projects = toProjects(single ? [file.project] : file.projects, (i) => (single ? 'project' : `projects[${i}]`), file.contentVersion, now);
    if (!projects.ok) return { ok: false, error: `This project file cannot be imported: ${projects.error}` };
    return { ok: true, value: { kind: single ? 'project' : 'projects', contentVersion: file.contentVersion, projects: projects.value } };
  });
}
