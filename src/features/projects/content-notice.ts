/**
 * Whether a project owes its user the "Checklist updated" notice: it was last worked on with an
 * older content version, something was added or merged since, and the notice for the current
 * version was not dismissed (Project.contentNoticeSeen). Pure; the component renders it.
 */
import { checklistOutline as checklist } from '@/entities/checklist/outline';
import { changesSince, compareVersions, type ContentChanges } from '@/entities/checklist/successors';
import type { Project } from '@/entities/project/types';

/** What a project last worked on with an older checklist should be told, or null when nothing. */
export function pendingContentChanges(project: Project): ContentChanges | null {
  if (project.contentNoticeSeen === checklist.version) return null;
  if (compareVersions(project.contentVersion, checklist.version) >= 0) return null;
  const changes = changesSince(checklist, project.contentVersion);
  return changes.added.length || changes.merged.length ? changes : null;
}
