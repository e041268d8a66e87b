/**
 * Contractor onboarding data kept with a project (optional field `onboarding`): the architecture
 * inventory, the house rules, the acknowledgements imported from contractors and the offboarding
 * ticks. Plain types shared by the projects feature (storage, project files) and the onboarding
 * feature (rules, diagram, pack and acknowledgement files).
 */

export const SERVER_ROLES = ['web', 'signaling', 'turn', 'media', 'recording', 'database', 'other'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];

export const SERVER_PRODUCTS = ['', 'coturn', 'janus', 'jitsi-videobridge', 'mediasoup', 'livekit', 'kurento', 'asterisk', 'other'] as const;
export type ServerProduct = (typeof SERVER_PRODUCTS)[number];

/** What of the server is reachable from the Internet. */
export const EXPOSURES = ['none', 'media', 'https-api', 'admin-api'] as const;
export type Exposure = (typeof EXPOSURES)[number];

/** `controlledBy`: another server's id, `clients` (browsers and apps call it directly) or '' (nothing). */
export const CONTROLLED_BY_CLIENTS = 'clients';

export interface InventoryServer {
  /** Stable within the project (`srv-1`, `srv-2`, …). */
  id: string;
  name: string;
  role: ServerRole;
  product: ServerProduct;
  exposure: Exposure;
  controlledBy: string;
}

export interface HouseRules {
  /** Checklist item ids the contractor must follow (preselected: applicable critical and high items). */
  itemIds: string[];
  /** The team's own rules, one per entry. */
  ownRules: string[];
  /** Shown to the contractor as "You are being onboarded by <team>". */
  team: string;
  contacts: string;
  /** Whether the pack carries the project's notes on the house-rule items (off unless the owner opts in). */
  includeNotes: boolean;
}

/** A pack the project exported: its digest identifies the rules version a contractor acknowledges. */
export interface IssuedPack {
  digest: string;
  /** ISO 8601 date-time. */
  exportedAt: string;
}

export const ACK_INTEGRITY = ['ok', 'tampered'] as const;
export type AckIntegrity = (typeof ACK_INTEGRITY)[number];

export interface AcknowledgementRecord {
  id: string;
  name: string;
  company: string;
  /** YYYY-MM-DD, as the contractor entered it. */
  date: string;
  /** SHA-256 of the pack acknowledged (`sha256:<hex>`). */
  packDigest: string;
  packExportedAt: string;
  ruleCount: number;
  /** Questions the contractor asked, by rule title. */
  questions: { rule: string; text: string }[];
  /** Whether the file's own digest matched its content. */
  integrity: AckIntegrity;
  importedAt: number;
  /** Offboarding task ids ticked off for this contractor. */
  offboarded: string[];
}

export interface ProjectOnboarding {
  servers: InventoryServer[];
  houseRules: HouseRules | null;
  packs: IssuedPack[];
  acknowledgements: AcknowledgementRecord[];
  /** When any part last changed: the unit of the two-tab merge. */
  updatedAt: number;
}

export function emptyOnboarding(updatedAt = 0): ProjectOnboarding {
  return { servers: [], houseRules: null, packs: [], acknowledgements: [], updatedAt };
}
