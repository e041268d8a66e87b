import { describe, expect, it } from 'vitest';
import { EVIDENCE_KIND_LABELS, evidenceSummary } from './evidence-labels';
import { EVIDENCE_KINDS } from './types';

describe('evidence labels', () => {
  it('names every kind of evidence', () => {
    expect(EVIDENCE_KINDS.map((k) => EVIDENCE_KIND_LABELS[k])).toEqual(['Link', 'TURN test', 'coturn config', 'Architecture inventory']);
  });

  it('summarises kind, verdict and day, leaving out what is missing', () => {
    expect(evidenceSummary({ kind: 'turn-test', verdict: 'fail', date: '2026-11-20T10:00:00.000Z' })).toBe('TURN test, fail, 2026-11-20');
    expect(evidenceSummary({ kind: 'link', date: '2026-11-20' })).toBe('Link, 2026-11-20');
  });
});
