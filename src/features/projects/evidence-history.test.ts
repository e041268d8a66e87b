import { describe, expect, it } from 'vitest';
import { makeData, makeProject } from '@/testing/projects';
import type { EvidenceInput } from './operations';
import { attachEvidence } from './operations';
import { decodeStoredState, encodePersisted } from './persistence/codec';

const NOW = Date.UTC(2026, 11, 2, 3, 0, 0);
const ITEM = 'turn-auth';
const turn = (id: string, date: string, verdict: 'pass' | 'fail', url = '127.0.0.1:3478'): EvidenceInput => ({
  id,
  kind: 'turn-test',
  label: 'TURN tester: requires authentication — 1 pass',
  verdict,
  date,
  checks: [{ id: 'requires-authentication', url, verdict, ms: 70, detail: 'Challenged with 401.' }],
});

function attach(data: ReturnType<typeof makeData>, ...inputs: EvidenceInput[]) {
  return inputs.reduce((d, input, i) => attachEvidence(d, 'p-test', [{ itemId: ITEM, evidence: input }], NOW + i).data, data);
}

describe('attachEvidence: a new run replaces the previous evidence of the same server and check', () => {
  it('keeps one entry per result, with the earlier runs’ dates and verdicts, newest first', () => {
    const data = attach(
      makeData([makeProject()]),
      turn('turn-1-requires-authentication', '2026-11-30T10:00:00.000Z', 'fail'),
      turn('turn-2-requires-authentication', '2026-12-01T10:00:00.000Z', 'pass'),
      turn('turn-3-requires-authentication', '2026-12-02T10:00:00.000Z', 'pass'),
    );
    const evidence = data.projects['p-test']?.answers[ITEM]?.evidence ?? [];
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ id: 'turn-3-requires-authentication', date: '2026-12-02T10:00:00.000Z' });
    expect(evidence[0]?.history).toEqual([
      { date: '2026-12-01T10:00:00.000Z', verdict: 'pass' },
      { date: '2026-11-30T10:00:00.000Z', verdict: 'fail' },
    ]);
  });

  it('another server, a link or the same id are not an earlier run', () => {
    const link: EvidenceInput = { kind: 'link', label: 'Ticket', url: 'https://tracker.example.com/1', date: '2026-12-01T00:00:00.000Z' };
    const data = attach(
      makeData([makeProject()]),
      link,
      turn('turn-a', '2026-12-01T10:00:00.000Z', 'pass', 'turn-a.example.com:3478'),
      turn('turn-b', '2026-12-01T11:00:00.000Z', 'pass', 'turn-b.example.com:3478'),
      turn('turn-b', '2026-12-01T12:00:00.000Z', 'fail', 'turn-b.example.com:3478'),
    );
    const evidence = data.projects['p-test']?.answers[ITEM]?.evidence ?? [];
    expect(evidence.map((e) => e.id).slice(1)).toEqual(['turn-a', 'turn-b']);
    expect(evidence[2]).toMatchObject({ verdict: 'fail' });
    expect(evidence.every((e) => e.history === undefined)).toBe(true);
  });

  it('the command-line probe’s result about the same server and check stands beside the browser’s, not in place of it', () => {
    const probe: EvidenceInput = { ...turn('probe-1-requires-authentication', '2026-12-01T11:00:00.000Z', 'pass'), label: 'TURN probe (command line): requires authentication — 1 pass' };
    const probeAgain: EvidenceInput = { ...probe, id: 'probe-2-requires-authentication', date: '2026-12-02T11:00:00.000Z' };
    const data = attach(makeData([makeProject()]), turn('turn-1-requires-authentication', '2026-12-01T10:00:00.000Z', 'fail'), probe, probeAgain);
    const evidence = data.projects['p-test']?.answers[ITEM]?.evidence ?? [];
    expect(evidence.map((e) => e.id)).toEqual(['turn-1-requires-authentication', 'probe-2-requires-authentication']);
    expect(evidence[1]?.history).toEqual([{ date: '2026-12-01T11:00:00.000Z', verdict: 'pass' }]);
  });

  it('the history survives storage', () => {
    const data = attach(makeData([makeProject()]), turn('t1', '2026-11-30T10:00:00.000Z', 'fail'), turn('t2', '2026-12-01T10:00:00.000Z', 'pass'));
    const decoded = decodeStoredState((JSON.parse(encodePersisted(data)) as { state: unknown }).state);
    expect(decoded.ok && decoded.value.projects['p-test']?.answers[ITEM]?.evidence[0]?.history).toEqual([{ date: '2026-11-30T10:00:00.000Z', verdict: 'fail' }]);
  });
});
