/**
 * Assessment rounds: closing the current answers into a read-only round, comparing the current
 * answers with the last round, and the score trend. Pure.
 */
import { appliesToProfile } from '@/entities/checklist/scope';
import { scoreProject, type ScorableItem } from '@/entities/checklist/scoring';
import type { ChecklistItemOutline } from '@/entities/checklist/types';
import { emptyDict, getOwn, setEntry } from '@/lib/dict';
import type { AnswerStatus, AssessmentRound, Project } from './types';

/** Closes the project's current answers into a round (they stay as the next round's starting point). */
export function closeRound(project: Pick<Project, 'answers' | 'profile' | 'contentVersion'>, items: readonly ScorableItem[], id: string, closedAt: number): AssessmentRound {
  const statuses = emptyDict<AnswerStatus>();
  for (const itemId of Object.keys(project.answers).sort()) {
    const status = project.answers[itemId]?.status ?? null;
    if (status !== null) setEntry(statuses, itemId, status);
  }
  const score = scoreProject(items, project.profile, project.answers);
  return {
    id,
    closedAt,
    contentVersion: project.contentVersion,
    profile: { ...project.profile },
    statuses,
    applicable: items.filter((i) => appliesToProfile(i, project.profile)).map((i) => i.id),
    percent: score.percent,
    grade: score.grade,
  };
}

/** Better answers rank higher; N/A is not on the scale (a change to or from it is just "changed"). */
const RANK: Record<Exclude<AnswerStatus, 'na'>, number> = { no: 1, partial: 2, yes: 3 };

export interface RoundChange {
  id: string;
  title: string;
  before: AnswerStatus | null;
  after: AnswerStatus | null;
}

export interface RoundComparison {
  worse: RoundChange[];
  improved: RoundChange[];
  /** To or from N/A. */
  changed: RoundChange[];
  /** Apply now but did not then (new in the checklist, or the profile changed). */
  added: RoundChange[];
  /** Applied then, not now (retired from the checklist, or the profile changed). */
  removed: { id: string; title: string; before: AnswerStatus | null }[];
  checklistChanged: { from: string; to: string } | null;
}

function classify(before: AnswerStatus | null, after: AnswerStatus | null): 'worse' | 'improved' | 'changed' | null {
  if (before === after) return null;
  if (before === 'na' || after === 'na') return 'changed';
  const b = before ? RANK[before] : 0;
  const a = after ? RANK[after] : 0;
  return a > b ? 'improved' : 'worse';
}

/** What changed between `previous` and the project's current answers, in checklist order. */
export function compareWithRound(previous: AssessmentRound, current: Pick<Project, 'answers' | 'profile' | 'contentVersion'>, items: readonly ChecklistItemOutline[], retiredTitle: (id: string) => string = (id) => id): RoundComparison {
  const then = new Set(previous.applicable);
  const out: RoundComparison = { worse: [], improved: [], changed: [], added: [], removed: [], checklistChanged: null };
  const now = new Set<string>();
  for (const item of items) {
    if (!appliesToProfile(item, current.profile)) continue;
    now.add(item.id);
    const change = { id: item.id, title: item.title, before: getOwn(previous.statuses, item.id) ?? null, after: current.answers[item.id]?.status ?? null };
    if (!then.has(item.id)) out.added.push(change);
    else {
      const kind = classify(change.before, change.after);
      if (kind) out[kind].push(change);
    }
  }
  const titles = new Map(items.map((i) => [i.id, i.title]));
  for (const id of previous.applicable) {
    if (!now.has(id)) out.removed.push({ id, title: titles.get(id) ?? retiredTitle(id), before: getOwn(previous.statuses, id) ?? null });
  }
  if (previous.contentVersion !== current.contentVersion) out.checklistChanged = { from: previous.contentVersion, to: current.contentVersion };
  return out;
}

export interface TrendPoint {
  label: string;
  /** ms since the epoch; null for the current (open) round. */
  at: number | null;
  percent: number | null;
  grade: AssessmentRound['grade'];
}

/** Every closed round, then the current one. */
export function scoreTrend(rounds: readonly AssessmentRound[], current: Pick<TrendPoint, 'percent' | 'grade'>): TrendPoint[] {
  const closed = [...rounds].sort((a, b) => a.closedAt - b.closedAt).map((r, i) => ({ label: `Round ${i + 1}`, at: r.closedAt, percent: r.percent, grade: r.grade }));
  return [...closed, { label: `Round ${closed.length + 1} (current)`, at: null, percent: current.percent, grade: current.grade }];
}

/** "45% (D)", or "no score". */
export function roundScoreText(r: Pick<TrendPoint, 'percent' | 'grade'>): string {
  return r.percent === null ? 'no score' : `${r.percent}% (${r.grade ?? '—'})`;
}

/** "Round 1: 45% (D) → Round 2 (current): 60% (D), +15 points". */
export function trendText(points: readonly TrendPoint[]): string {
  const fmt = (p: TrendPoint) => `${p.label}: ${roundScoreText(p)}`;
  const last = points[points.length - 1];
  const prev = points[points.length - 2];
  const delta = last && prev && last.percent !== null && prev.percent !== null ? last.percent - prev.percent : null;
  const tail = delta === null ? '' : `, ${delta > 0 ? '+' : ''}${delta} point${Math.abs(delta) === 1 ? '' : 's'} since the last round`;
  return `${points.map(fmt).join(' → ')}${tail}`;
}

/** Closed rounds as dated scores (YYYY-MM-DD, UTC), oldest first: the executive summary's previous rounds. */
export function roundScores(rounds: readonly AssessmentRound[] | undefined): { date: string; percent: number | null; grade: AssessmentRound['grade'] }[] {
  return [...(rounds ?? [])].sort((a, b) => a.closedAt - b.closedAt).map((r) => ({ date: new Date(r.closedAt).toISOString().slice(0, 10), percent: r.percent, grade: r.grade }));
}
