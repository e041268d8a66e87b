/**
 * Project files: export ("webrtc-security-checklist/project" and ".../projects") and import with
 * a valibot schema. Formats are documented in docs/file-formats.md.
 *
 * Import never throws: any input gives either projects or one message naming the first bad field,
 * e.g. `project.answers["turn-x"].status: expected one of yes, partial, no, na`.
 * Export writes only the fields of the schema, and redacts credential-looking text (redact.ts).
 */
import * as v from 'valibot';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { formatIssue } from './issue-path';
import { isValidDueDate, latestChange, LIMITS } from './model';
import { evidenceSchema, oneOf, profileSchema, timestampSchema } from './persisted-format';
import { redactSecrets } from '@/lib/redaction';
import { slugify } from '@/lib/slug';
import type { Answer, AnswerStatus, Evidence, Project, Result } from '@/entities/project/types';
import { ANSWER_STATUSES } from '@/entities/project/types';

export const PROJECT_FILE_FORMAT = 'webrtc-security-checklist/project';
export const PROJECTS_FILE_FORMAT = 'webrtc-security-checklist/projects';
const PROJECT_FILE_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

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
  answers: Record<string, ExportedAnswer>;
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

function cleanEvidence(e: Evidence): Evidence {
  const out: Evidence = { id: e.id, kind: e.kind, label: redactSecrets(e.label), date: e.date };
  if (e.url !== undefined) out.url = redactSecrets(e.url);
  if (e.verdict !== undefined) out.verdict = e.verdict;
  if (e.checks !== undefined)
    out.checks = e.checks.map((c) => {
      const check = { id: c.id, url: redactSecrets(c.url), verdict: c.verdict, ms: c.ms };
      return c.errorCode === undefined
        ? { ...check, detail: redactSecrets(c.detail) }
        : { ...check, errorCode: c.errorCode, detail: redactSecrets(c.detail) };
    });
  return out;
}

function exportAnswer(a: Answer): ExportedAnswer {
  return {
    status: a.status,
    note: redactSecrets(a.note),
    naReason: redactSecrets(a.naReason),
    owner: redactSecrets(a.owner),
    due: a.due,
    evidence: a.evidence.map(cleanEvidence),
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
  const answers: Record<string, ExportedAnswer> = {};
  for (const id of Object.keys(p.answers).sort()) answers[id] = exportAnswer(p.answers[id] as Answer);
  const profile = { ...EMPTY_PROFILE };
  for (const key of Object.keys(EMPTY_PROFILE) as (keyof ArchitectureProfile)[]) {
    (profile as Record<string, unknown>)[key] = p.profile[key];
  }
  return { id: p.id, name: redactSecrets(p.name), profile, answers };
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

/** Item ids: published ids are kebab-case; unknown (future or retired) ids are accepted and kept. */
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

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

const projectSchema = v.object({
  id: v.pipe(v.string('expected a string'), v.regex(PROJECT_ID, 'expected 1-64 letters, digits, "-" or "_"')),
  name: v.pipe(text(LIMITS.name), v.minLength(1, 'expected a non-empty name')),
  profile: v.optional(profileSchema, {}),
  answers: v.record(
    v.pipe(v.string(), v.regex(ITEM_ID, 'expected an item id (letters, digits, ".", "_", ":" or "-"; at most 120 characters)')),
    answerSchema,
    'expected an object',
  ),
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
      projects: v.pipe(v.array(projectSchema, 'expected an array'), v.maxLength(1000, 'expected at most 1000 projects')),
    }),
  ],
  `expected "${PROJECT_FILE_FORMAT}" or "${PROJECTS_FILE_FORMAT}"`,
);

type ParsedProject = v.InferOutput<typeof projectSchema>;

/** An answer the import left out because its id cannot be stored, e.g. `project.answers["constructor"]`. */
export interface SkippedAnswer {
  path: string;
  id: string;
}

export interface ImportedFile {
  kind: 'project' | 'projects';
  contentVersion: string;
  projects: Project[];
  /** Answers left out (reserved ids); the import message names them. */
  skipped: SkippedAnswer[];
}

/**
 * Object keys that cannot be stored as answer ids: valibot's `record` (and any plain-object map)
 * skips them to avoid prototype pollution, so they are reported instead of silently dropped.
 */
const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** The answers with reserved ids in a parsed (JSON) file, with their paths. */
function findReservedAnswerIds(json: unknown): SkippedAnswer[] {
  if (typeof json !== 'object' || json === null) return [];
  const file = json as { format?: unknown; project?: unknown; projects?: unknown };
  const list: [string, unknown][] =
    file.format === PROJECTS_FILE_FORMAT && Array.isArray(file.projects)
      ? file.projects.map((p, i): [string, unknown] => [`projects[${i}]`, p])
      : [['project', file.project]];
  const skipped: SkippedAnswer[] = [];
  for (const [path, project] of list) {
    const answers = typeof project === 'object' && project !== null ? (project as { answers?: unknown }).answers : undefined;
    if (typeof answers !== 'object' || answers === null) continue;
    for (const id of Object.keys(answers)) {
      if (RESERVED_IDS.includes(id)) skipped.push({ path: `${path}.answers[${JSON.stringify(id)}]`, id });
    }
  }
  return skipped;
}

function toProject(p: ParsedProject, contentVersion: string, now: number): Project {
  const answers: Record<string, Answer> = {};
  // Imported text gets the same redaction as exported text: a file from elsewhere must not put a
  // credential into local storage (redaction is idempotent, so export → import stays exact).
  for (const [id, a] of Object.entries(p.answers)) {
    answers[id] = {
      status: a.status,
      note: redactSecrets(a.note),
      naReason: redactSecrets(a.naReason),
      owner: redactSecrets(a.owner),
      due: a.due,
      evidence: a.evidence.map((e) => cleanEvidence(e as Evidence)),
      updatedAt: a.updatedAt,
    };
  }
  const base = { createdAt: now, nameUpdatedAt: now, profileUpdatedAt: now, answers };
  return {
    id: p.id,
    name: redactSecrets(p.name),
    ...base,
    updatedAt: latestChange(base),
    profile: { ...EMPTY_PROFILE, ...p.profile } as ArchitectureProfile,
    contentVersion,
  };
}

/** Checked on `File.size` before reading: returns the refusal message, or null when the size is fine. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${mb} MB; project files over 5 MB are refused. Export a single project, or remove large evidence, and try again.`;
}

/** Parses a project file (single project or all projects). Never throws. */
export function parseProjectFile(input: string, now: number = Date.now()): Result<ImportedFile> {
  try {
    if (typeof input !== 'string') return { ok: false, error: 'The file could not be read as text.' };
    if (input.length > MAX_IMPORT_BYTES) return { ok: false, error: checkImportSize(input.length) ?? 'The file is too large.' };
    let json: unknown;
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, error: `This is not a project file: it is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
    }
    const parsed = v.safeParse(fileSchema, json, { abortEarly: true });
    if (!parsed.success) return { ok: false, error: `This project file cannot be imported: ${formatIssue(parsed.issues[0])}` };
    const file = parsed.output;
    const contentVersion = file.contentVersion;
    const projects = file.format === PROJECT_FILE_FORMAT ? [file.project] : file.projects;
    return {
      ok: true,
      value: {
        kind: file.format === PROJECT_FILE_FORMAT ? 'project' : 'projects',
        contentVersion,
        projects: projects.map((p) => toProject(p, contentVersion, now)),
        skipped: findReservedAnswerIds(json),
      },
    };
  } catch (error) {
    // Defensive: the schema should make this unreachable, and the importer must never throw.
    return { ok: false, error: `The file could not be imported (${error instanceof Error ? error.message : String(error)}).` };
  }
}
