/**
 * Download actions: one project, all projects, findings CSV. Thin wrappers over the pure
 * serializers (project-file.ts, findings-csv.ts) and saveFile.
 */
import { checklist } from '@/features/checklist/content';
import { saveText } from '@/lib/download';
import { findingsCsv, findingsFileName } from './findings-csv';
import { allProjectsFileName, createProjectFile, createProjectsFile, projectFileName, serializeFile, slugify } from './project-file';
import { getProjectsStore } from './store';
import { byLastChange } from './summaries';
import type { Project } from './types';

export function downloadProject(project: Project): void {
  saveText(serializeFile(createProjectFile(project, checklist.version)), projectFileName(project), 'application/json');
}

export function downloadAllProjects(): void {
  const projects = Object.values(getProjectsStore().getState().projects).sort(byLastChange);
  saveText(serializeFile(createProjectsFile(projects, checklist.version)), allProjectsFileName(), 'application/json');
}

export function downloadFindings(project: Project): void {
  saveText(findingsCsv(project, checklist.items, checklist.sections), findingsFileName(project, slugify), 'text/csv');
}
