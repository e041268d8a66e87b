/**
 * Architecture scoping: which checklist items apply to a project's architecture profile.
 * Pure functions, no React. An item that does not apply is shown as such (with `scopeReason`),
 * never silently dropped.
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

/** The keys of `appliesTo` whose condition the profile does not meet. */
function failingKeys(item: Pick<ChecklistItem, 'appliesTo'>, profile: ArchitectureProfile) {
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

/** Short labels for answers, used in "(you answered: …)". */
const ANSWER_LABELS: { readonly [K in ProfileKey]: (value: KnownProfileValue<K>) => string } = {
  topology: (v) => ({ p2p: 'peer-to-peer', sfu: 'SFU', mcu: 'MCU' })[v],
  turn: (v) => ({ own: 'own TURN server', provider: 'TURN provider', none: 'no TURN' })[v],
  // Scopes no item (it informs the TURN tester): never shown in a scope reason, so its value is enough.
  turnExposure: (v) => v,
  mediaServer: (v) => (v === 'none' ? 'no media server' : MEDIA_SERVER_LABELS[v]),
  recording: yesNo,
  dataChannels: yesNo,
  screenSharing: yesNo,
  nativeApps: yesNo,
  contractors: yesNo,
  e2ee: yesNo,
};

const MEDIA_SERVER_LABELS: { readonly [V in KnownProfileValue<'mediaServer'>]: string } = {
  none: 'none',
  janus: 'Janus',
  jitsi: 'Jitsi',
  mediasoup: 'mediasoup',
  livekit: 'LiveKit',
  kurento: 'Kurento',
  asterisk: 'Asterisk',
  other: 'another media server',
};

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;
}

/** "Applies only when …" phrases for one key's allowed values. */
const CONDITION_PHRASES: {
  readonly [K in ProfileKey]: (allowed: readonly KnownProfileValue<K>[]) => string;
} = {
  topology: (allowed) => {
    const servers = allowed.filter((v) => v !== 'p2p').map((v) => (v === 'sfu' ? 'an SFU' : 'an MCU'));
    const parts: string[] = [];
    if (allowed.includes('p2p')) parts.push('directly between peers');
    if (servers.length > 0) parts.push(`through ${joinOr(servers)}`);
    return `media flows ${joinOr(parts)}`;
  },
  turn: (allowed) =>
    joinOr(
      allowed.map((v) =>
        v === 'own'
          ? 'you run your own TURN server'
          : v === 'provider'
            ? 'you use a TURN provider'
            : 'you use no TURN server',
      ),
    ),
  turnExposure: (allowed) => joinOr(allowed),
  mediaServer: (allowed) => {
    const products = PROFILE_VALUES.mediaServer.filter((v) => v !== 'none');
    const anyProduct = products.every((v) => allowed.includes(v));
    if (anyProduct && !allowed.includes('none')) return 'you run a media server';
    if (allowed.length === 1 && allowed[0] === 'none') return 'you run no media server';
    return `your media server is ${joinOr(allowed.map((v) => MEDIA_SERVER_LABELS[v]))}`;
  },
  recording: (allowed) => booleanPhrase(allowed, 'you record calls', 'you do not record calls'),
  dataChannels: (allowed) =>
    booleanPhrase(allowed, 'you use data channels', 'you do not use data channels'),
  screenSharing: (allowed) =>
    booleanPhrase(allowed, 'you offer screen sharing', 'you do not offer screen sharing'),
  nativeApps: (allowed) =>
    booleanPhrase(allowed, 'you ship native or mobile apps', 'you ship no native or mobile apps'),
  contractors: (allowed) =>
    booleanPhrase(
      allowed,
      'contractors or outsourced teams work on the system',
      'no contractors or outsourced teams work on the system',
    ),
  e2ee: (allowed) =>
    booleanPhrase(
      allowed,
      'you require end-to-end encryption',
      'you do not require end-to-end encryption',
    ),
};

function booleanPhrase(allowed: readonly boolean[], whenTrue: string, whenFalse: string): string {
  const parts: string[] = [];
  if (allowed.includes(true)) parts.push(whenTrue);
  if (allowed.includes(false)) parts.push(whenFalse);
  return joinOr(parts);
}

/** One unmet condition: "<condition> (you answered: <answer>)". */
function clauseFor<K extends ProfileKey>(
  key: K,
  allowed: readonly KnownProfileValue<K>[],
  answer: KnownProfileValue<K>,
): string {
  return `${CONDITION_PHRASES[key](allowed)} (you answered: ${ANSWER_LABELS[key](answer)})`;
}

/**
 * Why an item does NOT apply to a profile, in words for the UI and the PDF, e.g.
 * "Applies only when you run your own TURN server (you answered: TURN provider)".
 * Returns null when the item applies. Several unmet conditions are joined with "and", in
 * PROFILE_KEYS order.
 */
export function scopeReason(
  item: Pick<ChecklistItem, 'appliesTo'>,
  profile: ArchitectureProfile,
): string | null {
  const appliesTo = item.appliesTo;
  if (!appliesTo) return null;
  const clauses = failingKeys(item, profile).map((key) => clauseForKey(appliesTo, profile, key));
  return clauses.length === 0 ? null : `Applies only when ${clauses.join(' and ')}`;
}

function clauseForKey<K extends ProfileKey>(
  appliesTo: AppliesTo,
  profile: ArchitectureProfile,
  key: K,
): string {
  // failingKeys only returns keys with a listed condition and an answered value.
  const allowed = (appliesTo[key] ?? []) as readonly KnownProfileValue<K>[];
  const answer = profile[key] as KnownProfileValue<K>;
  return clauseFor(key, allowed, answer);
}

const BOOLEAN_OPTIONS = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not sure' },
] as const;

/**
 * The questions that scope the checklist, in PROFILE_KEYS order (the new-project form, the reference
 * filters). The project page also asks `turnExposure` (turn-exposure-question.ts), which scopes nothing.
 */
export const PROFILE_QUESTIONS: readonly ProfileQuestion[] = [
  {
    key: 'topology',
    label: 'How does media flow between participants?',
    help: 'Peer-to-peer means browsers send media directly to each other (possibly through TURN). An SFU forwards streams without mixing them; an MCU decodes and mixes them.',
    options: [
      { value: 'p2p', label: 'Peer-to-peer' },
      { value: 'sfu', label: 'Through an SFU' },
      { value: 'mcu', label: 'Through an MCU (mixing)' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'turn',
    label: 'Who runs your TURN servers?',
    help: 'TURN relays media for clients that cannot connect directly. Choose "own" if you operate coturn or another TURN server yourselves, even in the cloud.',
    options: [
      { value: 'own', label: 'We run our own (e.g. coturn)' },
      { value: 'provider', label: 'A TURN or CPaaS provider' },
      { value: 'none', label: 'We use no TURN' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'mediaServer',
    label: 'Which media server do you run?',
    help: 'Pick the product that terminates WebRTC media on your side. Choose "none" for pure peer-to-peer.',
    options: [
      { value: 'none', label: 'None' },
      { value: 'janus', label: 'Janus' },
      { value: 'jitsi', label: 'Jitsi (Videobridge)' },
      { value: 'mediasoup', label: 'mediasoup' },
      { value: 'livekit', label: 'LiveKit' },
      { value: 'kurento', label: 'Kurento' },
      { value: 'asterisk', label: 'Asterisk' },
      { value: 'other', label: 'Another product' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'recording',
    label: 'Do you record calls?',
    help: 'Any server-side or cloud recording, including audio-only recordings and transcripts.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'dataChannels',
    label: 'Do you use WebRTC data channels?',
    help: 'RTCDataChannel for chat, file transfer, game state or control messages, peer-to-peer or through a media server.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'screenSharing',
    label: 'Can users share their screen?',
    help: 'Any use of getDisplayMedia or a native screen-capture API.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'nativeApps',
    label: 'Do you ship native, desktop or mobile apps?',
    help: 'iOS, Android, Electron or other apps that embed their own WebRTC stack instead of relying on a browser.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'contractors',
    label: 'Do contractors or outsourced teams build or run parts of the system?',
    help: 'Agencies, freelancers or managed-service providers with access to code, servers, data or credentials.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'e2ee',
    label: 'Must media be end-to-end encrypted, so your own servers cannot see it?',
    help: 'Answer yes if users, customers or regulations require that media servers and operators cannot access call content.',
    options: BOOLEAN_OPTIONS,
  },
];
