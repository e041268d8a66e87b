/**
 * Per-project figures for the projects list, memoised per (immutable) project object so a list of
 * 200 projects re-scores only the project that changed.
 */
import { scoreProject, type ProjectScore } from '@/entities/checklist/scoring';
import { scoringIndex } from '@/entities/checklist/scoring-index';
import type { Project } from '@/entities/project/types';

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: number;
  score: ProjectScore;
}

const cache = new WeakMap<Project, ProjectSummary>();

export function summarize(project: Project): ProjectSummary {
  let summary = cache.get(project);
  if (!summary) {
    summary = { id: project.id, name: project.name, updatedAt: project.updatedAt, score: scoreProject(scoringIndex.items, project.profile, project.answers) };
    cache.set(project, summary);
  }
  return summary;
}

/** Newest change first; ties by name. */
export function byLastChange(a: { updatedAt: number; name: string }, b: { updatedAt: number; name: string }): number {
  return b.updatedAt - a.updatedAt || a.name.localeCompare(b.name);
}
