/**
 * The report's notes under the score: answers that evidence contradicts, stale evidence, and (once
 * a project has earlier rounds) the score trend. Pure; kept apart from the layout so the layout
 * only prints lines.
 */
import type { ChecklistContent } from '@/entities/checklist/types';
import { contradictionText, reviewEvidence } from '@/entities/project/evidence-rules';
import { scoreTrend, trendText } from '@/entities/project/rounds';
import type { Project } from '@/entities/project/types';
import { scoreProject } from '@/entities/checklist/scoring';

export interface ReportNote {
  text: string;
  /** Printed as a warning (contradicted answers). */
  warn: boolean;
}

/** `date` is the report date (YYYY-MM-DD): evidence staleness is judged on that day. */
export function reportNotes(content: Pick<ChecklistContent, 'items'>, project: Project, date: string): ReportNote[] {
  const now = Date.parse(`${date}T23:59:59Z`);
  const review = reviewEvidence(content.items, project.profile, project.answers, Number.isNaN(now) ? Date.now() : now);
  const notes: ReportNote[] = [];
  const contradicted = contradictionText(review.contradicted.length);
  if (contradicted) notes.push({ text: `${contradicted} (answered Yes while fresh evidence failed): ${review.contradicted.map((c) => c.item.title).join('; ')}.`, warn: true });
  if (project.rounds?.length) {
    const score = scoreProject(content.items, project.profile, project.answers);
    notes.push({ text: `Score trend: ${trendText(scoreTrend(project.rounds, score))}.`, warn: false });
  }
  if (review.stale.length) {
    notes.push({ text: `Stale evidence, re-test (shown, not counted): ${review.stale.map((c) => c.item.title).join('; ')}.`, warn: false });
  }
  return notes;
}
