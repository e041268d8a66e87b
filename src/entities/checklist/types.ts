/**
 * Checklist content model. Plain data, no React: the UI, the PDFs and /checklist.json all read it.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The architecture profile a team answers once per project. `unknown` / `null` means "not answered":
 * scoping treats an unanswered question conservatively (the item applies).
 */
export interface ArchitectureProfile {
  /** How media flows: browser-to-browser, through a selective forwarding unit, or a mixing unit. */
  topology: 'p2p' | 'sfu' | 'mcu' | 'unknown';
  /** Who runs TURN: yourselves, a TURN/CPaaS provider, or no TURN at all. */
  turn: 'own' | 'provider' | 'none' | 'unknown';
  /**
   * How clients reach TURN on purpose: what the TURN tester should expect (a transport blocked on
   * purpose is intended, not a failure). Scopes no checklist item. Added after profile format 1:
   * values and files without it read as 'unknown'.
   */
  turnExposure: 'all' | 'no-udp' | 'no-tcp' | 'tls-443' | 'sfu-only' | 'unknown';
  /** The media server product, when there is one. */
  mediaServer:
    | 'none'
    | 'janus'
    | 'jitsi'
    | 'mediasoup'
    | 'livekit'
    | 'kurento'
    | 'asterisk'
    | 'other'
    | 'unknown';
  recording: boolean | null;
  dataChannels: boolean | null;
  screenSharing: boolean | null;
  nativeApps: boolean | null;
  contractors: boolean | null;
  e2ee: boolean | null;
}

export type ProfileKey = keyof ArchitectureProfile;

/**
 * Conditions on the profile. Every key given must match (AND); within one key, any listed value
 * matches (OR). An unanswered profile value (`'unknown'` or `null`) always matches.
 */
export type AppliesTo = {
  readonly [K in ProfileKey]?: readonly Exclude<ArchitectureProfile[K], 'unknown' | null>[];
};

export interface Reference {
  readonly title: string;
  readonly url: string;
}

export interface StandardRef {
  /** OWASP ASVS 5.0 requirement id, e.g. "17.1.1". */
  readonly id: string;
  readonly level: 1 | 2 | 3;
}

/** Ids of our own automated checks that can supply evidence for an item. */
export type EvidenceSource =
  | 'turn:allocation'
  | 'turn:requires-authentication'
  | 'turn:rejects-wrong-password'
  | 'turn:relay-connectivity'
  | 'turn:rejects-expired-credential'
  | 'turn:credential-lifetime'
  | 'turn:transport-coverage'
  | 'turn:endpoint'
  | 'turn:anonymous-allocation'
  | 'turn:peer-restrictions'
  | 'turn:relay-to-public'
  | 'turn:tcp-relay'
  | 'turn:software-disclosure'
  | 'turn:tls'
  | `coturn:${string}`;

export interface ChecklistItem {
  /** Stable kebab-case id; never renamed or reused once published (retire it instead). */
  readonly id: string;
  readonly section: SectionId;
  /** Imperative, at most 90 characters. */
  readonly title: string;
  /** The risk, 1-3 sentences. */
  readonly why: string;
  /** Concrete steps: a command, a config option to look for, a browser check. */
  readonly verify: string;
  /** What to do. */
  readonly fix: string;
  readonly severity: Severity;
  readonly appliesTo?: AppliesTo;
  readonly references: readonly Reference[];
  readonly tags: readonly string[];
  readonly standards: readonly StandardRef[];
  readonly evidence: readonly EvidenceSource[];
}

export const SECTION_IDS = [
  'baseline',
  'signaling',
  'access-control',
  'turn-credentials',
  'turn-hardening',
  'media-servers',
  'media-encryption',
  'privacy',
  'data-channels',
  'native-clients',
  'operations',
  'process',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  /** One sentence saying what the section is about. */
  readonly summary: string;
}

export interface RetiredItem {
  readonly id: string;
  readonly title: string;
  readonly retiredIn: string;
  readonly reason: string;
  /** The severity the item had, if recorded (shown for answers to it, e.g. in the findings CSV). */
  readonly severity?: Severity;
  /** The current item that took over this one (a merge or rename); answers and deep links move there. */
  readonly replacedBy?: string;
}

/** What one content version changed, for people (the changelog) and for migrations (merges). */
export interface ChangelogEntry {
  readonly version: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly summary: string;
  /** Ids of items new in this version. */
  readonly added: readonly string[];
  /** Items folded into one: every `from` id is retired with `replacedBy: into`. */
  readonly merged: readonly { readonly from: readonly string[]; readonly into: string }[];
  /** Ids retired without a successor. */
  readonly removed: readonly string[];
  readonly severities: readonly { readonly id: string; readonly from: Severity; readonly to: Severity; readonly reason: string }[];
  /** Corrections of facts and verify steps, one sentence each. */
  readonly corrections: readonly string[];
}

export interface ChecklistContent {
  /** Semver of the content. */
  readonly version: string;
  /** ISO date (YYYY-MM-DD) of this content version. */
  readonly date: string;
  readonly sections: readonly Section[];
  readonly items: readonly ChecklistItem[];
  readonly retired: readonly RetiredItem[];
  /** Newest first. */
  readonly changelog: readonly ChangelogEntry[];
}

/** An item without its texts (why, verify, fix, references): what overviews, scores and lists show. */
export type ChecklistItemOutline = Omit<ChecklistItem, 'why' | 'verify' | 'fix' | 'references'>;

/** The content without the items' texts (src/entities/checklist/outline.ts). */
export interface ChecklistOutline extends Omit<ChecklistContent, 'items'> {
  readonly items: readonly ChecklistItemOutline[];
}
