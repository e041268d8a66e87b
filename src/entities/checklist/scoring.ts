/**
 * The project score, defined once. Pure: the projects list, the assessment overview, the PDF report
 * and the tests all call these functions.
 *
 * - Only items that apply to the architecture profile count; N/A answers are excluded too.
 * - Each counted item contributes weight × credit, with severity weights critical 10, high 5,
 *   medium 2, low 1 and credit Yes 1, Partial 0.5, No or not answered 0.
 * - score = floor(100 × Σ(weight × credit) ÷ Σ(weight)), a whole percentage rounded down so the
 *   number shown never rounds up into a better grade. No counted item → no score (null).
 * - Grade: A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, otherwise F.
 * - Critical cap: when any *open critical* item exists — it applies, is not N/A, and is answered No
 *   or Partial or not answered yet — the grade is at best C (A and B become C; C, D, F stay).
 */
import { appliesToProfile, PROFILE_KEYS } from './scope';
import type { ArchitectureProfile, ChecklistItem, SectionId, Severity } from './types';

export const SEVERITY_WEIGHTS = { critical: 10, high: 5, medium: 2, low: 1 } as const satisfies Record<Severity, number>;

export type ScoredStatus = 'yes' | 'partial' | 'no' | 'na';

/** Credit per answer; N/A has none because it is excluded, and "not answered" counts as No. */
const STATUS_CREDIT = { yes: 1, partial: 0.5, no: 0 } as const;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Lower bounds, best first. */
const GRADE_THRESHOLDS: readonly (readonly [Grade, number])[] = [
  ['A', 90],
  ['B', 80],
  ['C', 65],
  ['D', 50],
];

/** The best grade a project can get while an open critical item remains. */
const CRITICAL_CAP_GRADE: Grade = 'C';

export const SCORE_FORMULA_TEXT =
  'Score = Σ(weight × credit) ÷ Σ(weight) × 100, rounded down, over the items that apply to your architecture and are not marked N/A. ' +
  'Weights: critical 10, high 5, medium 2, low 1. Credit: Yes 1, Partial 0.5, No or not answered 0. ' +
  'Grade: A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, otherwise F. ' +
  'Any open critical item (it applies and is answered No or Partial, or not answered yet) caps the grade at C.';

const GRADE_ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'F'];

export type ScorableItem = Pick<ChecklistItem, 'id' | 'section' | 'severity' | 'appliesTo'>;

export interface AnswerLike {
  readonly status: ScoredStatus | null;
}

export interface SectionProgress {
  readonly sectionId: SectionId;
  /** Items in the section (applicable or not). */
  readonly total: number;
  /** Items that apply to the profile. */
  readonly applicable: number;
  /** Applicable items with any answer (N/A included). */
  readonly answered: number;
  /** Applicable items answered No or Partial. */
  readonly failing: number;
  readonly openCritical: number;
  readonly earned: number;
  readonly possible: number;
  /** floor(100 × earned / possible), or null when nothing in the section counts. */
  readonly percent: number | null;
}

export interface ProjectScore {
  readonly percent: number | null;
  readonly earned: number;
  readonly possible: number;
  /** null when nothing counts (no applicable item, or all N/A). */
  readonly grade: Grade | null;
  /** The grade before the critical cap. */
  readonly uncappedGrade: Grade | null;
  /** True when the critical cap lowered the grade. */
  readonly capped: boolean;
  readonly total: number;
  readonly applicable: number;
  readonly answered: number;
  readonly failing: number;
  readonly openCritical: number;
  readonly openHigh: number;
  readonly sections: readonly SectionProgress[];
}

export function gradeFor(percent: number): Grade {
  for (const [grade, min] of GRADE_THRESHOLDS) if (percent >= min) return grade;
  return 'F';
}

/** The worse of two grades. */
function worse(a: Grade, b: Grade): Grade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

/** Applies the critical cap: with an open critical item the grade is at best C. */
export function applyCriticalCap(grade: Grade, openCritical: number): Grade {
  return openCritical > 0 ? worse(grade, CRITICAL_CAP_GRADE) : grade;
}

function percentOf(earned: number, possible: number): number | null {
  // earned is a multiple of 0.5 and possible an integer: when the quotient is a whole number the
  // floating-point division is exact, so flooring never drops a point.
  return possible > 0 ? Math.floor((100 * earned) / possible) : null;
}

/** Whether an applicable item's answer still needs work: No, Partial or not answered. */
export function isOpen(status: ScoredStatus | null | undefined): boolean {
  return status !== 'yes' && status !== 'na';
}

interface MutableSection {
  sectionId: SectionId;
  total: number;
  applicable: number;
  answered: number;
  failing: number;
  openCritical: number;
  earned: number;
  possible: number;
}

const applicabilityCache = new WeakMap<readonly ScorableItem[], Map<string, readonly boolean[]>>();

/**
 * Which of `items` apply under `profile`, memoised per item list and profile: the projects list
 * scores 200 projects at once, and most of them share a few profiles.
 */
function applicability(items: readonly ScorableItem[], profile: ArchitectureProfile): readonly boolean[] {
  let byProfile = applicabilityCache.get(items);
  if (!byProfile) {
    byProfile = new Map();
    applicabilityCache.set(items, byProfile);
  }
  const key = PROFILE_KEYS.map((k) => String(profile[k])).join('|');
  let flags = byProfile.get(key);
  if (!flags) {
    flags = items.map((item) => appliesToProfile(item, profile));
    if (byProfile.size > 500) byProfile.clear();
    byProfile.set(key, flags);
  }
  return flags;
}

/**
 * Scores a project's answers against checklist items under a profile. Answers to ids not in
 * `items` (retired items) are ignored. Sections appear in the order their first item appears.
 */
export function scoreProject(
  items: readonly ScorableItem[],
  profile: ArchitectureProfile,
  answers: Readonly<Record<string, AnswerLike | undefined>>,
): ProjectScore {
  const sections = new Map<SectionId, MutableSection>();
  let earned = 0;
  let possible = 0;
  let applicable = 0;
  let answered = 0;
  let failing = 0;
  let openCritical = 0;
  let openHigh = 0;
  const applies = applicability(items, profile);
  for (const [index, item] of items.entries()) {
    let section = sections.get(item.section);
    if (!section) {
      section = { sectionId: item.section, total: 0, applicable: 0, answered: 0, failing: 0, openCritical: 0, earned: 0, possible: 0 };
      sections.set(item.section, section);
    }
    section.total++;
    if (!applies[index]) continue;
    const status = answers[item.id]?.status ?? null;
    applicable++;
    section.applicable++;
    if (status !== null) {
      answered++;
      section.answered++;
    }
    if (status === 'no' || status === 'partial') {
      failing++;
      section.failing++;
    }
    if (isOpen(status)) {
      if (item.severity === 'critical') {
        openCritical++;
        section.openCritical++;
      } else if (item.severity === 'high') openHigh++;
    }
    if (status === 'na') continue;
    const weight = SEVERITY_WEIGHTS[item.severity];
    const credit = status === null ? 0 : STATUS_CREDIT[status];
    possible += weight;
    earned += weight * credit;
    section.possible += weight;
    section.earned += weight * credit;
  }
  const percent = percentOf(earned, possible);
  const uncappedGrade = percent === null ? null : gradeFor(percent);
  const grade = uncappedGrade === null ? null : applyCriticalCap(uncappedGrade, openCritical);
  return {
    percent,
    earned,
    possible,
    grade,
    uncappedGrade,
    capped: grade !== uncappedGrade,
    total: items.length,
    applicable,
    answered,
    failing,
    openCritical,
    openHigh,
    sections: [...sections.values()].map((s) => ({ ...s, percent: percentOf(s.earned, s.possible) })),
  };
}
