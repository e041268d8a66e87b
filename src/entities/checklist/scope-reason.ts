/** Why a checklist item does not apply to an architecture profile, in words (the UI and the PDF). */
import { failingKeys, PROFILE_VALUES, type KnownProfileValue } from './scope';
import type { AppliesTo, ArchitectureProfile, ChecklistItem, ProfileKey } from './types';

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
