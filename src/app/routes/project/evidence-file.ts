/**
 * "Attach results file to project" (issue 15) and the project importer's hand-over (issue 13): a
 * TURN results file (browser tester or command-line probe) or a coturn findings file, recognised by
 * its `format`, validated by its own parser, and turned into the evidence a live run would attach.
 * Pure: the component shows the preview and writes the plan.
 */
import { EVIDENCE_FILE_FORMATS, evidenceFileKind } from '@/entities/project/evidence-files';
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import { parseFindingsFile, type ImportedFindings } from '@/features/coturn-config/findings-file-parse';
import { parseResultsFile, type ImportedResults } from '@/features/turn-tester/results-file-parse';
import { echoValue } from '@/lib/echo';
import { fail, ok, type Result } from '@/lib/result';
import type { ProjectEvidencePlan } from '@/app/routes/evidence-plan';
import { planFindingsFileEvidence } from '@/app/routes/coturn/project-evidence';
import { planProjectEvidence } from '@/app/routes/turn/project-evidence';

export type EvidenceFile = { readonly kind: 'turn'; readonly results: ImportedResults } | { readonly kind: 'coturn'; readonly findings: ImportedFindings };

const PROJECT_FORMATS = ['webrtc-security-checklist/project', 'webrtc-security-checklist/projects'];

/** What a file that is neither kind claims to be, as the reason it is refused. */
function notEvidence(text: string): string {
  let format: unknown;
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    format = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  } catch {
    return 'This is not a results file: it is not valid JSON.';
  }
  if (typeof format === 'string' && PROJECT_FORMATS.includes(format)) return 'This is a project file, not a results file: import it with "Import project" on the projects page.';
  const got = format === undefined ? 'no format field' : echoValue(format);
  return `This is not a results file: format: expected "${EVIDENCE_FILE_FORMATS.turnTest}" (TURN tester or probe) or "${EVIDENCE_FILE_FORMATS.coturnFindings}" (coturn analyzer), got ${got}.`;
}

/** Reads a results or findings file; the error says which kind it is and the field that is wrong. */
export function readEvidenceFile(text: string): Result<EvidenceFile> {
  const kind = evidenceFileKind(text);
  if (kind === 'turnTest') {
    const r = parseResultsFile(text);
    return r.ok ? ok({ kind: 'turn', results: r.value }) : fail(`This TURN results file cannot be attached: ${r.error}`);
  }
  if (kind === 'coturnFindings') {
    const r = parseFindingsFile(text);
    return r.ok ? ok({ kind: 'coturn', findings: r.value }) : fail(`This coturn findings file cannot be attached: ${r.error}`);
  }
  return fail(notEvidence(text));
}

/** The evidence the file gives a project with this profile (dated when the results were taken). */
export function planEvidenceFile(file: EvidenceFile, items: readonly ChecklistItem[], profile: ArchitectureProfile): ProjectEvidencePlan {
  if (file.kind === 'coturn') return planFindingsFileEvidence(file.findings, items, profile);
  const { results } = file;
  return planProjectEvidence(results, items, profile, new Date(results.startedAt), [], results.tool);
}

export interface EvidenceFileSummary {
  /** "TURN probe (command line)", "TURN tester (browser)", "coturn config analyzer". */
  readonly source: string;
  /** ISO 8601: when the results were taken. */
  readonly takenAt: string;
  /** "10 checks of 2 servers", "19 findings for coturn 4.6.x". */
  readonly contents: string;
  readonly notes: readonly string[];
}

export function summarizeEvidenceFile(file: EvidenceFile): EvidenceFileSummary {
  if (file.kind === 'coturn') {
    const { findings } = file;
    const n = findings.findings.length;
    return { source: 'coturn config analyzer', takenAt: findings.generatedAt, contents: `${n} ${n === 1 ? 'finding' : 'findings'} for coturn ${findings.coturnVersionLabel}`, notes: findings.notes };
  }
  const { results } = file;
  const n = results.checks.length;
  const urls = results.urls.length;
  return {
    source: results.tool === 'turn-probe' ? 'TURN probe (command line)' : 'TURN tester (browser)',
    takenAt: results.startedAt,
    contents: `${n} ${n === 1 ? 'check' : 'checks'} of ${urls} ${urls === 1 ? 'URL' : 'URLs'}`,
    notes: results.notes,
  };
}

export interface PreviewRow {
  /** The evidence label, e.g. "TURN probe (command line): anonymous allocation — 1 fail". */
  readonly label: string;
  readonly verdict: string;
  readonly itemIds: readonly string[];
}

/** One row per piece of evidence: which checklist items it goes on. */
export function previewRows(plan: ProjectEvidencePlan): PreviewRow[] {
  const rows = new Map<string, { label: string; verdict: string; itemIds: string[] }>();
  for (const { itemId, evidence } of plan.entries) {
    const key = evidence.id ?? evidence.label;
    const row = rows.get(key) ?? { label: evidence.label, verdict: evidence.verdict ?? '', itemIds: [] };
    row.itemIds.push(itemId);
    rows.set(key, row);
  }
  return [...rows.values()];
}
