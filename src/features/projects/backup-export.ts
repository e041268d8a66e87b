/**
 * "Export all projects" (home page, storage warnings, recovery). Loaded with import() on the click:
 * the home page does not need the file format, redaction or the checklist content to show (the file
 * only needs the content version, which the scoring index carries).
 */
import { scoringIndex } from '@/entities/checklist/scoring-index';
import { saveText } from '@/lib/download';
import { allProjectsFileName, countRedactedFields, createProjectsFile, serializeFile } from './project-file';
import { getProjectsStore } from './store';
import { byLastChange } from './summaries';

export function downloadAllProjects(): number {
  const projects = Object.values(getProjectsStore().getState().projects).sort(byLastChange);
  saveText(serializeFile(createProjectsFile(projects, scoringIndex.version)), allProjectsFileName(), 'application/json');
  return projects.reduce((n, p) => n + countRedactedFields(p), 0);
}
