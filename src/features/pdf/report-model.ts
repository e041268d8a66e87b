/**
 * What the project report says, as data: the score, the open critical and high items to fix next,
 * every section's applicable and not-applicable items, and answers to retired items. report.ts lays
 * it out; nothing here knows about pages or fonts.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { scoreProject, type ProjectScore } from '@/entities/checklist/scoring';
import type { ChecklistContent, ChecklistItem, Section } from '@/entities/checklist/types';
import { fixNext } from '@/entities/project/assessment';
import type { Answer, Project } from '@/entities/project/types';

export interface ReportSection {
  section: Section;
  applicable: ChecklistItem[];
  notApplicable: ChecklistItem[];
}

export interface RetiredAnswer {
  id: string;
  /** The retired item's title, or its id when the content no longer knows it. */
  title: string;
  answer: Answer;
}

export interface ReportModel {
  score: ProjectScore;
  /** Open critical and high items, in fix-next order. */
  next: ChecklistItem[];
  /** Sections with at least one item, in checklist order. */
  sections: ReportSection[];
  retired: RetiredAnswer[];
}

export function reportModel(content: ChecklistContent, project: Project): ReportModel {
  const score = scoreProject(content.items, project.profile, project.answers);
  const next = fixNext(content.items, project.profile, project.answers, Infinity)
    .filter(({ item }) => item.severity === 'critical' || item.severity === 'high')
    .map(({ item }) => item);
  const sections = content.sections.flatMap((section) => {
    const items = content.items.filter((i) => i.section === section.id);
    if (items.length === 0) return [];
    return [{ section, applicable: items.filter((i) => appliesToProfile(i, project.profile)), notApplicable: items.filter((i) => !appliesToProfile(i, project.profile)) }];
  });
  // Answers to items that are no longer in the checklist stay visible.
  const known = new Set(content.items.map((i) => i.id));
  const retired = Object.keys(project.answers)
    .filter((id) => !known.has(id))
    .map((id) => ({ id, title: content.retired.find((x) => x.id === id)?.title ?? id, answer: project.answers[id]! }));
  return { score, next, sections, retired };
}
