/**
 * Step 3 of every read (restore.ts) and of every import (project-file.ts): bring a project's
 * answers up to the current checklist content. When the checklist retires or merges item ids, a
 * pure remap in the checklist core (retired id → new id, entities/checklist/successors.ts) carries
 * the answers over; this is the one place it is applied, so projects from storage, from another tab
 * and from files all get it the same way, and the stored value is rewritten in the new ids on the
 * next save.
 *
 * Contract for the remap: pure and idempotent (a project already on the current content comes back
 * as the same object), keeps each moved answer's `updatedAt` (so two tabs that upgrade the same
 * project converge), and returns a null-prototype answers record (lib/dict.ts).
 *
 * When several answers land on one item (two merged items, or a merged item and its successor),
 * they are combined: the worse status wins (no, then partial, then yes, then not applicable; an
 * unanswered part never hides an answer), notes and not-applicable reasons are joined (each moved
 * one headed by the title it was written for), owners are joined, the earliest due date is kept,
 * evidence is joined without duplicates, and `updatedAt` is the latest of them. The combined answer
 * keeps the store's (and the importer's) limits (model.ts LIMITS): joined texts that would exceed
 * them are cut with a marker saying so, and the most recent evidence entries are kept, so a project
 * upgraded here still exports to a file that imports again.
 */
import { scoringIndex } from '@/entities/checklist/scoring-index';
import { successorOf, type UpgradeContent } from '@/entities/checklist/successors';
import { retiredIndex } from '@/entities/checklist/upgrade-index';
import type { Answer, AnswerStatus, Project } from '@/entities/project/types';
import { copyDict, getOwn, setEntry } from '@/lib/dict';
import { fitRedacted } from '@/lib/redaction';
import { LIMITS } from '@/features/projects/model';

/** Lower is worse: the status a merged answer keeps. */
const STATUS_RANK: Readonly<Record<AnswerStatus, number>> = { no: 0, partial: 1, yes: 2, na: 3 };

interface Part {
  /** The title the answer was written for (shown above a moved note), or '' for the item's own answer. */
  readonly heading: string;
  readonly answer: Answer;
}

function worstStatus(parts: readonly Part[]): AnswerStatus | null {
  let worst: AnswerStatus | null = null;
  for (const { answer } of parts) {
    if (answer.status !== null && (worst === null || STATUS_RANK[answer.status] < STATUS_RANK[worst])) worst = answer.status;
  }
  return worst;
}

/** Ends a joined text cut to its limit, so the reader knows the rest did not fit. */
const CUT_MARKER = ' … [cut: merged notes longer than the limit]';

/** `text` within `max` characters (redacted form included), cut with CUT_MARKER when it is longer. */
function fitJoined(text: string, max: number): string {
  if (text.length <= max && fitRedacted(text, max) === text) return text;
  return fitRedacted(text, max - CUT_MARKER.length).trimEnd() + CUT_MARKER;
}

function joinTexts(parts: readonly Part[], pick: (a: Answer) => string, max: number): string {
  const filled = parts.filter((p) => pick(p.answer).trim() !== '');
  if (filled.length === 1) return pick((filled[0] as Part).answer);
  return fitJoined(filled.map((p) => (p.heading ? `[${p.heading}] ${pick(p.answer)}` : pick(p.answer))).join('\n\n'), max);
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Combines the answers that land on one item; `parts[0]` is the item's own answer when it had one. */
function combineAnswers(parts: readonly Part[]): Answer {
  if (parts.length === 1) return (parts[0] as Part).answer;
  const dues = distinct(parts.map((p) => p.answer.due)).sort();
  const evidence = new Map(parts.flatMap((p) => p.answer.evidence).map((e) => [e.id, e]));
  return {
    status: worstStatus(parts),
    note: joinTexts(parts, (a) => a.note, LIMITS.note),
    naReason: joinTexts(parts, (a) => a.naReason, LIMITS.naReason),
    owner: fitJoined(distinct(parts.map((p) => p.answer.owner)).join(', '), LIMITS.owner),
    due: dues[0] ?? '',
    evidence: [...evidence.values()].slice(-LIMITS.evidencePerAnswer),
    updatedAt: Math.max(...parts.map((p) => p.answer.updatedAt)),
  };
}

/** `upgradeContent` against a given content (tests pass their own). */
export function upgradeContentWith(content: UpgradeContent, project: Project): Project {
  const moves = Object.keys(project.answers)
    .map((id) => [id, successorOf(content, id)] as const)
    .filter((m): m is readonly [string, string] => m[1] !== undefined && m[1] !== m[0]);
  if (moves.length === 0) return project;
  const titles = new Map(content.retired.map((r) => [r.id, r.title]));
  const incoming = new Map<string, Part[]>();
  for (const [from, to] of moves) {
    const own = getOwn(project.answers, to);
    const parts = incoming.get(to) ?? (own ? [{ heading: '', answer: own }] : []);
    parts.push({ heading: titles.get(from) ?? from, answer: getOwn(project.answers, from) as Answer });
    incoming.set(to, parts);
  }
  const answers = copyDict(project.answers);
  for (const [from] of moves) delete answers[from];
  for (const [to, parts] of incoming) setEntry(answers, to, combineAnswers(parts));
  return { ...project, answers };
}

/** The current content for upgrading: the current ids of the scoring index, the retired ones of the upgrade index. */
export const currentUpgradeContent: UpgradeContent = { version: retiredIndex.version, items: scoringIndex.items, retired: retiredIndex.retired };

export function upgradeContent(project: Project): Project {
  return upgradeContentWith(currentUpgradeContent, project);
}
