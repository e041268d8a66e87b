/**
 * Download actions: one project, all projects, findings CSV, Markdown, Jira CSV. Thin wrappers over the pure
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
  allProjectsFileName,
  countRedactedFields,
  createProjectFile,
  createProjectsFile,
  projectFileName,
  serializeFile,
} from './project-file';
import { getProjectsStore } from './store';
import { byLastChange } from './summaries';
import type { Project } from '@/entities/project/types';

/** Each download returns how many values were replaced by [redacted], for the status message. */
export function downloadProject(project: Project): number {
  saveText(serializeFile(createProjectFile(project, checklist.version)), projectFileName(project), 'application/json');
  return countRedactedFields(project);
}

export function downloadAllProjects(): number {
  const projects = Object.values(getProjectsStore().getState().projects).sort(byLastChange);
  saveText(serializeFile(createProjectsFile(projects, checklist.version)), allProjectsFileName(), 'application/json');
  return projects.reduce((n, p) => n + countRedactedFields(p), 0);
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

/** "2 values that looked like credentials were replaced by [redacted] in the file." (null for none). */
export function redactionMessage(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? '1 value that looked like a credential was replaced by [redacted] in the file.'
    : `${count} values that looked like credentials were replaced by [redacted] in the file.`;
}
