import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { AuditRun } from '@/features/turn-tester/audit';
import { CHECK_INFO, relatedItems } from '@/entities/checklist/turn-check-info';
import { planProjectEvidence } from './project-evidence';
import { CHECK_IDS, makeCheck } from '@/features/turn-tester/verdicts';

const URL_ = 'turn:turn.example.com:3478';
const run: AuditRun = {
  startedAt: '2025-01-31T12:00:00.000Z',
  urls: [URL_],
  checks: [
    makeCheck({ id: 'allocation', scope: 'url', target: URL_, verdict: 'pass', ms: 70, detail: 'Relay candidate 203.0.113.7:50000 (udp) after 70 ms.' }),
    makeCheck({ id: 'requires-authentication', scope: 'server', target: 'turn.example.com', verdict: 'pass', ms: 72, detail: 'Challenged with 401.', errorCode: 401 }),
    makeCheck({ id: 'rejects-wrong-password', scope: 'server', target: 'turn.example.com', verdict: 'pass', ms: 72, detail: 'Refused with 401.', errorCode: 401 }),
    makeCheck({ id: 'relay-connectivity', scope: 'server', target: 'turn.example.com', verdict: 'skipped', ms: 0, detail: 'Cancelled.' }),
    makeCheck({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'fail', ms: 0, detail: 'Static credentials: s3cr3t-password leaked here.' }),
    makeCheck({ id: 'transport-coverage', scope: 'run', target: 'all URLs', verdict: 'warn', ms: 0, detail: 'Only UDP is offered.' }),
  ],
  candidates: {},
  cancelled: false,
  ms: 200,
};
const NOW = new Date('2025-01-31T12:00:05.000Z');

describe('planProjectEvidence', () => {
  it('puts each decided check on every item that lists it, with verdict, date and rows', () => {
    const plan = planProjectEvidence(run, checklist.items, EMPTY_PROFILE, NOW, ['s3cr3t-password']);
    const byItem = (itemId: string) => plan.entries.filter((e) => e.itemId === itemId).map((e) => e.evidence);

    const lifetime = byItem('turn-cred-no-static-credentials');
    expect(lifetime).toEqual([
      {
        id: 'turn-2025-01-31T12:00:00.000Z-credential-lifetime',
        kind: 'turn-test',
        label: 'TURN tester: credential lifetime — 1 fail',
        verdict: 'fail',
        date: '2025-01-31T12:00:05.000Z',
        checks: [
          {
            id: 'credential-lifetime',
            url: 'credentials',
            verdict: 'fail',
            ms: 0,
            detail: 'Static credentials: [redacted] leaked here.',
          },
        ],
      },
    ]);
    expect(byItem('turn-cred-authentication-enforced').map((e) => [e.verdict, e.checks?.[0]?.errorCode])).toEqual([
      ['pass', undefined],
      ['pass', 401],
      ['pass', 401],
    ]);
    // Skipped checks prove nothing: no relay-connectivity evidence.
    expect(plan.entries.some((e) => e.evidence.id?.endsWith('relay-connectivity') === true)).toBe(false);
    expect(plan.itemIds).toEqual([...new Set(plan.entries.map((e) => e.itemId))]);
    expect(plan.outOfScopeItemIds).toEqual([]);
  });

  it('skips items that do not apply to the project profile and counts them', () => {
    const all = planProjectEvidence(run, checklist.items, EMPTY_PROFILE, NOW);
    const provider = planProjectEvidence(run, checklist.items, { ...EMPTY_PROFILE, turn: 'provider' }, NOW);
    // turns: on 443 is advice for your own TURN server only.
    expect(provider.itemIds).not.toContain('turn-offer-turns-443');
    expect(provider.outOfScopeItemIds).toContain('turn-offer-turns-443');
    expect(provider.itemIds).toContain('turn-cred-authentication-enforced');
    expect(provider.itemIds.length + provider.outOfScopeItemIds.length).toBe(all.itemIds.length);
  });
});

describe('check info', () => {
  it('describes every check and finds the checklist items that accept its evidence', () => {
    const related = relatedItems(checklist.items);
    for (const id of CHECK_IDS) {
      expect(CHECK_INFO[id].id).toBe(id);
      expect(CHECK_INFO[id].explanation.length).toBeGreaterThan(40);
      for (const item of related[id]) expect(item.evidence).toContain(`turn:${id}`);
    }
    expect(related['rejects-wrong-password'].map((i) => i.id)).toContain('turn-cred-authentication-enforced');
  });
});

describe('planProjectEvidence for the command-line probe’s results', () => {
  it('labels them "TURN probe (command line)" with their own ids, dated as given', () => {
    const probeRun = { startedAt: run.startedAt, checks: [makeCheck({ id: 'anonymous-allocation', scope: 'server', target: 'turn.example.com:3478', verdict: 'fail', ms: 3, detail: 'Granted.', severity: 'critical' })] };
    const plan = planProjectEvidence(probeRun, checklist.items, EMPTY_PROFILE, new Date(run.startedAt), [], 'turn-probe');
    expect(plan.entries.length).toBeGreaterThan(0);
    for (const e of plan.entries) {
      expect(e.evidence).toMatchObject({ id: 'probe-2025-01-31T12:00:00.000Z-anonymous-allocation', label: 'TURN probe (command line): anonymous allocation — 1 fail', verdict: 'fail', date: run.startedAt });
    }
  });
});

describe('planProjectEvidence judged against the chosen project (issue 15)', () => {
  const udp = 'turn:turn.example.com:3478?transport=udp';
  const tls = 'turns:turn.example.com:443?transport=tcp';
  const blockedRun: AuditRun = {
    ...run,
    urls: [udp, tls],
    checks: [
      makeCheck({ id: 'allocation', scope: 'url', target: udp, verdict: 'fail', ms: 5000, detail: 'No answer within 5 s.' }),
      makeCheck({ id: 'allocation', scope: 'url', target: tls, verdict: 'pass', ms: 90, detail: 'Relay candidate 203.0.113.7:50000 (udp).' }),
    ],
  };
  const allocationEvidence = (exposure: (typeof EMPTY_PROFILE)['turnExposure']) =>
    planProjectEvidence(blockedRun, checklist.items, { ...EMPTY_PROFILE, turnExposure: exposure }, NOW).entries.find(
      (e) => e.evidence.id?.endsWith('-allocation') === true,
    )?.evidence;

  it('records a silent UDP URL as intended when the project blocks UDP on purpose', () => {
    const ev = allocationEvidence('no-udp');
    expect(ev?.verdict).toBe('pass');
    expect(ev?.checks?.[0]).toMatchObject({ url: udp, verdict: 'pass' });
    expect(ev?.checks?.[0]?.detail).toMatch(/^Intended by the project \(UDP is blocked on purpose\)/);
  });

  it('keeps the failure when the project has not said UDP is blocked', () => {
    expect(allocationEvidence('unknown')?.verdict).toBe('fail');
    expect(allocationEvidence('all')?.checks?.[0]).toMatchObject({ url: udp, verdict: 'fail' });
  });
});
