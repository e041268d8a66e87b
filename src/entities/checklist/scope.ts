/**
 * Architecture scoping: which checklist items apply to a project's architecture profile.
 * Pure functions, no React. An item that does not apply is shown as such (with `scopeReason`,
 * scope-reason.ts), never silently dropped. The words (the questions in profile-questions.ts, the
 * reasons) are modules of their own, so the projects list, which only scores, loads none of them.
 */
import type { AppliesTo, ArchitectureProfile, ChecklistItem, ProfileKey } from './types';

/** A value a profile question can be answered with, for one key ("not sure" included). */
export type ProfileAnswer<K extends ProfileKey = ProfileKey> = ArchitectureProfile[K];

/** An answered (known) value for one key: what `appliesTo` lists may name. */
export type KnownProfileValue<K extends ProfileKey = ProfileKey> = Exclude<
  ArchitectureProfile[K],
  'unknown' | null
>;

export interface ProfileOption<K extends ProfileKey = ProfileKey> {
  readonly value: ProfileAnswer<K>;
  readonly label: string;
}

export interface ProfileQuestionFor<K extends ProfileKey> {
  readonly key: K;
  /** The question text. */
  readonly label: string;
  /** One or two sentences that help the team answer. */
  readonly help: string;
  readonly options: readonly ProfileOption<K>[];
}

/** One question per profile key; a union so `options[].value` stays tied to its `key`. */
export type ProfileQuestion = { [K in ProfileKey]: ProfileQuestionFor<K> }[ProfileKey];

/** Every profile key, in the order the profile form asks them. */
export const PROFILE_KEYS = [
  'topology',
  'turn',
  'turnExposure',
  'mediaServer',
  'recording',
  'dataChannels',
  'screenSharing',
  'nativeApps',
  'contractors',
  'e2ee',
] as const satisfies readonly ProfileKey[];

// Compile-time guard: PROFILE_KEYS must list every key of ArchitectureProfile.
type MissingProfileKeys = Exclude<ProfileKey, (typeof PROFILE_KEYS)[number]>;
const profileKeysComplete: MissingProfileKeys extends never ? true : never = true;
void profileKeysComplete;

/** The answered values each key can take (what `appliesTo` may list). */
export const PROFILE_VALUES: { readonly [K in ProfileKey]: readonly KnownProfileValue<K>[] } = {
  topology: ['p2p', 'sfu', 'mcu'],
  turn: ['own', 'provider', 'none'],
  turnExposure: ['all', 'no-udp', 'no-tcp', 'tls-443', 'sfu-only'],
  mediaServer: ['none', 'janus', 'jitsi', 'mediasoup', 'livekit', 'kurento', 'asterisk', 'other'],
  recording: [true, false],
  dataChannels: [true, false],
  screenSharing: [true, false],
  nativeApps: [true, false],
  contractors: [true, false],
  e2ee: [true, false],
};

/** Nothing answered yet: every item applies. */
export const EMPTY_PROFILE: ArchitectureProfile = {
  topology: 'unknown',
  turn: 'unknown',
  turnExposure: 'unknown',
  mediaServer: 'unknown',
  recording: null,
  dataChannels: null,
  screenSharing: null,
  nativeApps: null,
  contractors: null,
  e2ee: null,
};

export function isProfileKey(key: string): key is ProfileKey {
  return (PROFILE_KEYS as readonly string[]).includes(key);
}

/** Whether `value` is an answered value that `key` can take (used to validate `appliesTo`). */
export function isKnownProfileValue<K extends ProfileKey>(
  key: K,
  value: unknown,
): value is KnownProfileValue<K> {
  return (PROFILE_VALUES[key] as readonly unknown[]).includes(value);
}

function isUnanswered(value: ArchitectureProfile[ProfileKey]): boolean {
  return value === 'unknown' || value === null;
}

/** The allowed values `appliesTo` lists for one key, or undefined when the key is not constrained. */
function allowedValues(appliesTo: AppliesTo, key: ProfileKey): readonly unknown[] | undefined {
  return appliesTo[key];
}

/** The keys of `appliesTo` whose condition the profile does not meet (answered, not allowed). */
export function failingKeys(item: Pick<ChecklistItem, 'appliesTo'>, profile: ArchitectureProfile) {
  const failing: ProfileKey[] = [];
  const appliesTo = item.appliesTo;
  if (!appliesTo) return failing;
  for (const key of PROFILE_KEYS) {
    const allowed = allowedValues(appliesTo, key);
    if (allowed === undefined) continue;
    const answer = profile[key];
    if (isUnanswered(answer)) continue;
    if (!allowed.includes(answer)) failing.push(key);
  }
  return failing;
}

/**
 * Whether an item applies to a profile. Every key in `appliesTo` must match (AND); within one key
 * any listed value matches (OR); an unanswered value (`'unknown'` / `null`) always matches, so an
 * incomplete profile never hides an item. No `appliesTo` means the item always applies.
 */
export function appliesToProfile(
  item: Pick<ChecklistItem, 'appliesTo'>,
  profile: ArchitectureProfile,
): boolean {
  return failingKeys(item, profile).length === 0;
}
