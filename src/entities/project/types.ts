/**
 * The project data model. Plain types, no React. Timestamps are milliseconds since the epoch
 * (Date.now()) unless named otherwise.
 */
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { Dict } from '@/lib/dict';
import type { ProjectOnboarding } from '@/entities/onboarding/types';

export const ANSWER_STATUSES = ['yes', 'partial', 'no', 'na'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const EVIDENCE_KINDS = ['link', 'turn-test', 'coturn-config', 'inventory'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_VERDICTS = ['pass', 'warn', 'fail', 'skipped'] as const;
export type EvidenceVerdict = (typeof EVIDENCE_VERDICTS)[number];

/** One automated check inside a test result (e.g. one TURN URL probed by the TURN tester). */
export interface EvidenceCheck {
  id: string;
  url: string;
  verdict: EvidenceVerdict;
  /** Duration in milliseconds. */
  ms: number;
  errorCode?: number;
  detail: string;
}

/**
 * Evidence attached to an answer: a link the team adds, or a result from the TURN tester or the
 * coturn analyzer (attached with the store's `attachEvidence`). Never holds credentials: the store
 * and the exporter redact anything that looks like one.
 */
export interface Evidence {
  id: string;
  kind: EvidenceKind;
  label: string;
  url?: string;
  verdict?: EvidenceVerdict;
  /** ISO 8601 date-time. */
  date: string;
  checks?: EvidenceCheck[];
  /** Earlier runs of the same result (same kind, checks and targets) it replaced, newest first. */
  history?: EvidenceRun[];
}

/** One earlier run of an automated result: when, and what it said. */
export interface EvidenceRun {
  /** ISO 8601 date-time. */
  date: string;
  verdict?: EvidenceVerdict;
}

export interface Answer {
  /** null = not answered yet. */
  status: AnswerStatus | null;
  note: string;
  /** Why the item does not apply (asked when status is 'na'); kept even if the status changes later. */
  naReason: string;
  owner: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  evidence: Evidence[];
  /** When any field of this answer last changed: the unit of the two-tab merge. */
  updatedAt: number;
}

/** Where a project's findings are handed off ("Open issue" links). `url` is normalised https. */
export type TrackerSetting =
  | { kind: 'github'; url: string }
  | { kind: 'gitlab'; url: string }
  | { kind: 'jira'; url: string; projectId: string; issueTypeId: string };

/** The project's tracker choice with its merge timestamp; `setting: null` = removed. */
export interface ProjectTracker {
  setting: TrackerSetting | null;
  updatedAt: number;
}

/**
 * A closed assessment round, kept read-only when the team starts a new one: what each item was
 * answered, which items applied, the score, against which checklist version and when.
 */
export interface AssessmentRound {
  id: string;
  /** When the round was closed (the next one started). */
  closedAt: number;
  /** The checklist version the round was answered against. */
  contentVersion: string;
  profile: ArchitectureProfile;
  /** Item id → answer at the close (answered items only; null prototype). */
  statuses: Dict<AnswerStatus>;
  /** Ids of the items that applied to the profile then (a later checklist may add or retire items). */
  applicable: string[];
  percent: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | 'F' | null;
}

export interface Project {
  id: string;
  name: string;
  createdAt: number;
  /** The latest change anywhere in the project (shown as "last change"). */
  updatedAt: number;
  /** When `name` last changed (merge timestamp; not exported). */
  nameUpdatedAt: number;
  /** When `profile` last changed (merge timestamp; not exported). */
  profileUpdatedAt: number;
  profile: ArchitectureProfile;
  /** Keyed by checklist item id (null prototype: read with `getOwn`). Answers to retired or unknown ids are kept. */
  answers: Dict<Answer>;
  /** The checklist content version the project was last worked on with. */
  contentVersion: string;
  /** Issue tracker for hand-off links; absent until set. */
  tracker?: ProjectTracker;
  /** Earlier assessment rounds, oldest first; absent until the first "Start a new assessment round". */
  rounds?: AssessmentRound[];
  /**
   * The checklist content version whose "Checklist updated" notice was dismissed for this project;
   * absent until dismissed (added after format version 1 shipped: older values simply lack it).
   */
  contentNoticeSeen?: string;
  /** Contractor onboarding (inventory, house rules, acknowledgements); absent until used. */
  onboarding?: ProjectOnboarding;
}

/** What the persist middleware saves. Tombstones remember deletions so another tab cannot resurrect them. */
export interface ProjectsData {
  /** By project id. Null prototype: any id is just a key (read with `getOwn`, write with lib/dict helpers). */
  projects: Dict<Project>;
  /** Project id → when it was deleted. */
  tombstones: Dict<number>;
}

export type AnswerPatch = Partial<Pick<Answer, 'status' | 'note' | 'naReason' | 'owner' | 'due'>>;

/** The result type lives in lib/result.ts; re-exported for the modules that import it from here. */
export type { Result } from '@/lib/result';
