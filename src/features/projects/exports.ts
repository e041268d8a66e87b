/**
 * Download actions: one project, findings CSV, Markdown, Jira CSV. Thin wrappers over the pure
 * serializers (project-file.ts, findings-csv.ts) and saveFile.
 */
import { checklist } from '@/entities/checklist/content';
import { saveText } from '@/lib/download';
import { slugify } from '@/lib/slug';
import { todayIso } from '@/entities/project/assessment';
import { findingsCsv, findingsFileName, findingsRedactedCount } from './findings-csv';
import { jiraCsv } from './handoff/jira-csv';
import { markdownRedactedCount, projectMarkdown } from './handoff/markdown';
import {
  countRedactedFields,
  createProjectFile,
  projectFileName,
  serializeFile,
} from './project-file';
import type { Project } from '@/entities/project/types';

/** Each download returns how many values were replaced by [redacted], for the status message. */
export function downloadProject(project: Project): number {
  saveText(serializeFile(createProjectFile(project, checklist.version)), projectFileName(project), 'application/json');
  return countRedactedFields(project);
}

/** Findings CSV: open findings, or with `scope: 'all'` every item (closed, N/A and retired answers too). */
export function downloadFindings(project: Project, scope: 'open' | 'all' = 'open'): number {
  const options = { scope, appUrl: window.location.origin };
  saveText(findingsCsv(project, checklist.items, checklist.sections, checklist.retired, options), findingsFileName(project, slugify, new Date(), scope), 'text/csv');
  return findingsRedactedCount(project, checklist.items, checklist.sections, checklist.retired, options);
}

export function downloadMarkdown(project: Project): number {
  const date = todayIso();
  saveText(projectMarkdown(checklist, project, { date, appUrl: window.location.origin }), `${slugify(project.name)}-security-report-${date}.md`, 'text/markdown');
  return markdownRedactedCount(checklist, project);
}

export function downloadJiraCsv(project: Project): number {
  saveText(jiraCsv(checklist, project, window.location.origin), `${slugify(project.name)}-jira-import-${todayIso()}.csv`, 'text/csv');
  // Same user text as the findings CSV's open rows.
  return findingsRedactedCount(project, checklist.items, checklist.sections, checklist.retired);
}

