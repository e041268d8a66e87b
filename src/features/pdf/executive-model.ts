/**
 * The executive summary's content, before any layout: score and grade with the trend over previous
 * assessment rounds, the five most important open gaps, evidence coverage, owners and due dates.
 * Pure; user text is redacted here (the layout only fits it to the font).
 *
 * Previous rounds are optional: until assessment rounds exist, or for a project's first round, the
 * trend says "first assessment".
 */
import { scoreProject, type Grade } from '@/entities/checklist/scoring';
import { appliesToProfile } from '@/entities/checklist/scope';
import type { ChecklistContent, Severity } from '@/entities/checklist/types';
import { fixNext } from '@/entities/project/assessment';
import type { AnswerStatus, Project } from '@/entities/project/types';
import { redactSecrets } from '@/lib/redaction';
import { compareCodeUnits } from '@/lib/compare';

/** One earlier assessment round of the same project. */
export interface PreviousRound {
  /** YYYY-MM-DD */
  date: string;
  percent: number | null;
  grade: Grade | null;
}

export interface ExecutiveInput {
  content: ChecklistContent;
  project: Project;
  /** YYYY-MM-DD */
  date: string;
  /** Earlier rounds, any order; none (or an empty list) means this is the first assessment. */
  previousRounds?: readonly PreviousRound[] | undefined;
}

export type Trend =
  | { kind: 'first' }
  | {
      kind: 'rounds';
      /** Oldest first, ending with the current round. */
      points: readonly PreviousRound[];
      /** Points since the latest previous round (null when either has no score). */
      delta: number | null;
      previous: PreviousRound;
    };

export interface ExecutiveGap {
  id: string;
  title: string;
  severity: Severity;
  status: AnswerStatus | null;
  owner: string;
  due: string;
  overdue: boolean;
}

export interface OwnerLine {
  /** '' = nobody assigned. */
  owner: string;
  open: number;
  critical: number;
  high: number;
  /** Earliest due date among the owner's open items, or ''. */
  nextDue: string;
  overdue: number;
}

export interface EvidenceCoverage {
  /** Applicable items answered Yes or Partial. */
  claimed: number;
  /** …of which have at least one piece of evidence attached. */
  backed: number;
  /** Evidence from automated checks (TURN tester, coturn analyzer) on applicable items. */
  automated: number;
  /** Automated evidence whose verdict is fail. */
  failing: number;
  /** floor(100 × backed / claimed), or null when nothing is claimed. */
  percent: number | null;
}

export interface ExecutiveModel {
  projectName: string;
  date: string;
  checklistVersion: string;
  checklistDate: string;
  percent: number | null;
  grade: Grade | null;
  uncappedGrade: Grade | null;
  capped: boolean;
  answered: number;
  applicable: number;
  openCritical: number;
  openHigh: number;
  open: number;
  trend: Trend;
  gaps: readonly ExecutiveGap[];
  coverage: EvidenceCoverage;
  owners: readonly OwnerLine[];
}

export const EXECUTIVE_GAP_COUNT = 5;

function trendOf(current: PreviousRound, rounds: readonly PreviousRound[] | undefined): Trend {
  if (!rounds || rounds.length === 0) return { kind: 'first' };
  const sorted = [...rounds].sort((a, b) => compareCodeUnits(a.date, b.date));
  const previous = sorted[sorted.length - 1] as PreviousRound;
  const delta = previous.percent === null || current.percent === null ? null : current.percent - previous.percent;
  return { kind: 'rounds', points: [...sorted, current], delta, previous };
}

export function executiveModel(input: ExecutiveInput): ExecutiveModel {
  const { content, project, date } = input;
  const score = scoreProject(content.items, project.profile, project.answers);
  const open = fixNext(content.items, project.profile, project.answers, Infinity);
  const isOpenOverdue = (due: string) => due !== '' && due < date;

  const gaps = open.slice(0, EXECUTIVE_GAP_COUNT).map(({ item, answer }): ExecutiveGap => {
    const due = answer?.due ?? '';
    return { id: item.id, title: item.title, severity: item.severity, status: answer?.status ?? null, owner: redactSecrets(answer?.owner ?? '').trim(), due, overdue: isOpenOverdue(due) };
  });

  const byOwner = new Map<string, OwnerLine>();
  for (const { item, answer } of open) {
    const owner = redactSecrets(answer?.owner ?? '').trim();
    const line = byOwner.get(owner) ?? { owner, open: 0, critical: 0, high: 0, nextDue: '', overdue: 0 };
    line.open++;
    if (item.severity === 'critical') line.critical++;
    if (item.severity === 'high') line.high++;
    const due = answer?.due ?? '';
    if (due && (!line.nextDue || due < line.nextDue)) line.nextDue = due;
    if (isOpenOverdue(due)) line.overdue++;
    byOwner.set(owner, line);
  }
  // Most critical work first; nobody-assigned last among equals so it stands out at the end.
  const owners = [...byOwner.values()].sort(
    (a, b) => b.critical - a.critical || b.high - a.high || b.open - a.open || Number(a.owner === '') - Number(b.owner === '') || a.owner.localeCompare(b.owner),
  );

  let claimed = 0;
  let backed = 0;
  let automated = 0;
  let failing = 0;
  for (const item of content.items) {
    if (!appliesToProfile(item, project.profile)) continue;
    const answer = project.answers[item.id];
    if (!answer) continue;
    if (answer.status === 'yes' || answer.status === 'partial') {
      claimed++;
      if (answer.evidence.length > 0) backed++;
    }
    for (const e of answer.evidence) {
      if (e.kind === 'link') continue;
      automated++;
      if (e.verdict === 'fail') failing++;
    }
  }

  const current: PreviousRound = { date, percent: score.percent, grade: score.grade };
  return {
    projectName: redactSecrets(project.name),
    date,
    checklistVersion: content.version,
    checklistDate: content.date,
    percent: score.percent,
    grade: score.grade,
    uncappedGrade: score.uncappedGrade,
    capped: score.capped,
    answered: score.answered,
    applicable: score.applicable,
    openCritical: score.openCritical,
    openHigh: score.openHigh,
    open: open.length,
    trend: trendOf(current, input.previousRounds),
    gaps,
    coverage: { claimed, backed, automated, failing, percent: claimed > 0 ? Math.floor((100 * backed) / claimed) : null },
    owners,
  };
}
