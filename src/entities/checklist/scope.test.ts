import { describe, it, expect } from 'vitest';
import type { AppliesTo, ArchitectureProfile } from './types';
import {
  EMPTY_PROFILE,
  PROFILE_KEYS,
  PROFILE_VALUES,
  appliesToProfile,
  isKnownProfileValue,
  isProfileKey,
} from './scope';
import { PROFILE_QUESTIONS } from './profile-questions';
import { scopeReason } from './scope-reason';
import { PROJECT_PROFILE_QUESTIONS } from './turn-exposure-question';

const item = (appliesTo?: AppliesTo) => (appliesTo ? { appliesTo } : {});
const profile = (overrides: Partial<ArchitectureProfile>): ArchitectureProfile => ({
  ...EMPTY_PROFILE,
  ...overrides,
});

describe('EMPTY_PROFILE', () => {
  it('answers nothing', () => {
    expect(EMPTY_PROFILE).toEqual({
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
    });
  });

  it('makes every scoped item apply', () => {
    expect(appliesToProfile(item({ turn: ['own'] }), EMPTY_PROFILE)).toBe(true);
    expect(appliesToProfile(item({ recording: [true], topology: ['sfu'] }), EMPTY_PROFILE)).toBe(true);
    expect(scopeReason(item({ e2ee: [true] }), EMPTY_PROFILE)).toBeNull();
  });
});

describe('appliesToProfile', () => {
  it('applies items without appliesTo to every profile', () => {
    expect(appliesToProfile(item(), EMPTY_PROFILE)).toBe(true);
    expect(appliesToProfile(item(), profile({ turn: 'none', topology: 'p2p' }))).toBe(true);
  });

  it('matches a single listed value', () => {
    expect(appliesToProfile(item({ turn: ['own'] }), profile({ turn: 'own' }))).toBe(true);
    expect(appliesToProfile(item({ turn: ['own'] }), profile({ turn: 'provider' }))).toBe(false);
  });

  it('treats values listed for one key as OR', () => {
    const sfuOrMcu = item({ topology: ['sfu', 'mcu'] });
    expect(appliesToProfile(sfuOrMcu, profile({ topology: 'sfu' }))).toBe(true);
    expect(appliesToProfile(sfuOrMcu, profile({ topology: 'mcu' }))).toBe(true);
    expect(appliesToProfile(sfuOrMcu, profile({ topology: 'p2p' }))).toBe(false);
  });

  it('treats several keys as AND', () => {
    const ownTurnWithSfu = item({ turn: ['own'], topology: ['sfu', 'mcu'] });
    expect(appliesToProfile(ownTurnWithSfu, profile({ turn: 'own', topology: 'sfu' }))).toBe(true);
    expect(appliesToProfile(ownTurnWithSfu, profile({ turn: 'own', topology: 'p2p' }))).toBe(false);
    expect(appliesToProfile(ownTurnWithSfu, profile({ turn: 'provider', topology: 'sfu' }))).toBe(
      false,
    );
  });

  it('lets an unanswered key match while the answered keys still decide', () => {
    const ownTurnWithSfu = item({ turn: ['own'], topology: ['sfu'] });
    expect(appliesToProfile(ownTurnWithSfu, profile({ turn: 'own', topology: 'unknown' }))).toBe(true);
    expect(appliesToProfile(ownTurnWithSfu, profile({ turn: 'none', topology: 'unknown' }))).toBe(
      false,
    );
  });

  it('handles boolean questions, with null as unanswered', () => {
    const recording = item({ recording: [true] });
    expect(appliesToProfile(recording, profile({ recording: true }))).toBe(true);
    expect(appliesToProfile(recording, profile({ recording: false }))).toBe(false);
    expect(appliesToProfile(recording, profile({ recording: null }))).toBe(true);
    expect(appliesToProfile(item({ e2ee: [false] }), profile({ e2ee: false }))).toBe(true);
    expect(appliesToProfile(item({ e2ee: [false] }), profile({ e2ee: true }))).toBe(false);
  });

  it('ignores profile keys the item does not mention', () => {
    expect(appliesToProfile(item({ dataChannels: [true] }), profile({ dataChannels: true, turn: 'none' }))).toBe(
      true,
    );
  });
});

describe('scopeReason', () => {
  it('is null when the item applies', () => {
    expect(scopeReason(item(), profile({ turn: 'none' }))).toBeNull();
    expect(scopeReason(item({ turn: ['own'] }), profile({ turn: 'own' }))).toBeNull();
    expect(scopeReason(item({ turn: ['own'] }), profile({ turn: 'unknown' }))).toBeNull();
  });

  it('names the condition and the answer', () => {
    expect(scopeReason(item({ turn: ['own'] }), profile({ turn: 'provider' }))).toBe(
      'Applies only when you run your own TURN server (you answered: TURN provider)',
    );
  });

  it('lists alternatives with "or"', () => {
    expect(scopeReason(item({ topology: ['sfu', 'mcu'] }), profile({ topology: 'p2p' }))).toBe(
      'Applies only when media flows through an SFU or an MCU (you answered: peer-to-peer)',
    );
    expect(scopeReason(item({ turn: ['own', 'provider'] }), profile({ turn: 'none' }))).toBe(
      'Applies only when you run your own TURN server or you use a TURN provider (you answered: no TURN)',
    );
  });

  it('describes boolean questions', () => {
    expect(scopeReason(item({ recording: [true] }), profile({ recording: false }))).toBe(
      'Applies only when you record calls (you answered: No)',
    );
    expect(scopeReason(item({ contractors: [true] }), profile({ contractors: false }))).toBe(
      'Applies only when contractors or outsourced teams work on the system (you answered: No)',
    );
  });

  it('describes media server products, and "any media server"', () => {
    expect(scopeReason(item({ mediaServer: ['janus'] }), profile({ mediaServer: 'livekit' }))).toBe(
      'Applies only when your media server is Janus (you answered: LiveKit)',
    );
    const anyServer = item({
      mediaServer: ['janus', 'jitsi', 'mediasoup', 'livekit', 'kurento', 'asterisk', 'other'],
    });
    expect(scopeReason(anyServer, profile({ mediaServer: 'none' }))).toBe(
      'Applies only when you run a media server (you answered: no media server)',
    );
  });

  it('joins every unmet condition with "and", in profile question order', () => {
    const reason = scopeReason(
      item({ recording: [true], turn: ['own'] }),
      profile({ turn: 'provider', recording: false }),
    );
    expect(reason).toBe(
      'Applies only when you run your own TURN server (you answered: TURN provider) ' +
        'and you record calls (you answered: No)',
    );
  });

  it('describes peer-to-peer conditions', () => {
    expect(scopeReason(item({ topology: ['p2p'] }), profile({ topology: 'sfu' }))).toBe(
      'Applies only when media flows directly between peers (you answered: SFU)',
    );
    expect(scopeReason(item({ topology: ['p2p', 'sfu'] }), profile({ topology: 'mcu' }))).toBe(
      'Applies only when media flows directly between peers or through an SFU (you answered: MCU)',
    );
  });

  it('mentions only the conditions that fail', () => {
    expect(
      scopeReason(item({ turn: ['own'], topology: ['sfu'] }), profile({ turn: 'own', topology: 'p2p' })),
    ).toBe('Applies only when media flows through an SFU (you answered: peer-to-peer)');
  });

  it('agrees with appliesToProfile', () => {
    const cases: [AppliesTo, Partial<ArchitectureProfile>][] = [
      [{ turn: ['own'] }, { turn: 'own' }],
      [{ turn: ['own'] }, { turn: 'none' }],
      [{ e2ee: [true], dataChannels: [true] }, { e2ee: true, dataChannels: false }],
      [{ mediaServer: ['kurento'] }, { mediaServer: 'unknown' }],
    ];
    for (const [appliesTo, answers] of cases) {
      const p = profile(answers);
      expect(scopeReason(item(appliesTo), p) === null).toBe(appliesToProfile(item(appliesTo), p));
    }
  });
});

describe('profile keys and questions', () => {
  it('recognises profile keys', () => {
    expect(isProfileKey('turn')).toBe(true);
    expect(isProfileKey('e2ee')).toBe(true);
    expect(isProfileKey('sfu')).toBe(false);
    expect(isProfileKey('toString')).toBe(false);
  });

  it('lists every key of the profile once', () => {
    expect([...PROFILE_KEYS].sort()).toEqual(Object.keys(EMPTY_PROFILE).sort());
    expect(new Set(PROFILE_KEYS).size).toBe(PROFILE_KEYS.length);
  });

  it('validates answered values per key', () => {
    expect(isKnownProfileValue('turn', 'own')).toBe(true);
    expect(isKnownProfileValue('turn', 'unknown')).toBe(false);
    expect(isKnownProfileValue('turn', 'sfu')).toBe(false);
    expect(isKnownProfileValue('recording', true)).toBe(true);
    expect(isKnownProfileValue('recording', null)).toBe(false);
    expect(isKnownProfileValue('recording', 'yes')).toBe(false);
  });

  it('asks one question per key, in PROFILE_KEYS order (the project page also asks the TURN exposure)', () => {
    expect(PROJECT_PROFILE_QUESTIONS.map((q) => q.key)).toEqual([...PROFILE_KEYS]);
    expect(PROFILE_QUESTIONS.map((q) => q.key)).toEqual(PROFILE_KEYS.filter((k) => k !== 'turnExposure'));
    for (const question of PROJECT_PROFILE_QUESTIONS) {
      expect(question.label.trim(), question.key).not.toBe('');
      expect(question.help.trim(), question.key).not.toBe('');
    }
  });

  it('offers every answered value plus "Not sure" for each question', () => {
    for (const question of PROJECT_PROFILE_QUESTIONS) {
      const values = question.options.map((o) => o.value as unknown);
      const known = PROFILE_VALUES[question.key] as readonly unknown[];
      expect(values.filter((v) => v !== 'unknown' && v !== null)).toEqual([...known]);
      const unanswered = EMPTY_PROFILE[question.key];
      expect(values, question.key).toContain(unanswered);
      const notSure = question.options.find((o) => o.value === unanswered);
      expect(notSure?.label, question.key).toBe('Not sure');
      for (const option of question.options) expect(option.label.trim()).not.toBe('');
    }
  });

  it('offers Yes / No / Not sure for boolean questions', () => {
    const recording = PROFILE_QUESTIONS.find((q) => q.key === 'recording');
    expect(recording?.options.map((o) => o.label)).toEqual(['Yes', 'No', 'Not sure']);
  });
});
