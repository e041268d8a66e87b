import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { analyzeConfig } from '@/features/coturn-config/analyze';
import { planCoturnEvidence } from './project-evidence';

const OWN_TURN: ArchitectureProfile = {
  topology: 'sfu', turn: 'own', turnExposure: 'unknown', mediaServer: 'unknown', recording: null, dataChannels: null, screenSharing: null, nativeApps: null, contractors: null, e2ee: null,
};

function plan(text: string, profile = OWN_TURN) {
  const r = analyzeConfig(text, '4.6', checklist.items);
  if (!r.ok) throw new Error('analysis failed');
  return planCoturnEvidence(r.analysis, 1_700_000_000_000, checklist.items, profile, new Date('2026-12-01T10:00:00Z'));
}

describe('planCoturnEvidence', () => {
  it('puts one masked entry per evidence id on every item declaring it, with a verdict from the worst finding', () => {
    const p = plan('lt-cred-mech\nuser=alice:alicepassword42\nrealm=x\nno-tcp-relay\n');
    const auth = p.entries.find((e) => e.itemId === 'turn-cred-authentication-enforced');
    expect(auth?.evidence.kind).toBe('coturn-config');
    expect(auth?.evidence.verdict).toBe('fail');
    expect(auth?.evidence.label).toContain('coturn config analyzer: auth-mode');
    expect(auth?.evidence.checks?.map((c) => c.id)).toContain('auth-static-users');
    const tcp = p.entries.find((e) => (e.evidence.id ?? '').endsWith('-no-tcp-relay'));
    expect(tcp?.evidence.verdict).toBe('pass');
    expect(JSON.stringify(p)).not.toContain('alicepassword42');
    // Same analysis, same ids: attaching twice replaces.
    expect(plan('realm=x\n').entries.map((e) => e.evidence.id)).toEqual(plan('realm=x\n').entries.map((e) => e.evidence.id));
  });

  it('skips items outside the project profile and says so', () => {
    const p = plan('no-auth\n', { ...OWN_TURN, turn: 'none' });
    expect(p.entries.map((e) => e.itemId)).not.toContain('turn-cred-authentication-enforced');
    expect(p.outOfScopeItemIds).toContain('turn-cred-authentication-enforced');
  });
});
