import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from './types';
import { EMPTY_FILTER, matchesFilter, matchesQuery } from './filter';

const item = (over: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'x',
  section: 'turn-credentials',
  title: 'Issue TURN credentials that expire within hours',
  why: 'Static credentials in client JavaScript get reused by others.',
  verify: 'v',
  fix: 'f',
  severity: 'high',
  references: [{ title: 't', url: 'https://example.org' }],
  tags: ['turn', 'credentials'],
  standards: [],
  evidence: [],
  ...over,
});

describe('checklist filter', () => {
  it('matches every word of the query in title, why, tags or ASVS id, ignoring case and accents', () => {
    const i = item({ standards: [{ id: '17.1.1', level: 2 }] });
    expect(matchesQuery(i, 'TURN expire')).toBe(true);
    expect(matchesQuery(i, 'javascript reused')).toBe(true);
    expect(matchesQuery(i, 'credentials 17.1.1')).toBe(true);
    expect(matchesQuery(i, 'éxpire')).toBe(true);
    expect(matchesQuery(i, 'turn recording')).toBe(false);
    expect(matchesQuery(i, '   ')).toBe(true);
  });

  it('filters by severity', () => {
    expect(matchesFilter(item({ severity: 'critical' }), { ...EMPTY_FILTER, severities: ['critical'] })).toBe(true);
    expect(matchesFilter(item({ severity: 'low' }), { ...EMPTY_FILTER, severities: ['critical', 'high'] })).toBe(false);
  });

  it('filters by ASVS level cumulatively', () => {
    const l2 = item({ standards: [{ id: '17.2.1', level: 2 }] });
    const l3 = item({ standards: [{ id: '17.2.6', level: 3 }] });
    const none = item({});
    expect(matchesFilter(l2, { ...EMPTY_FILTER, asvsLevel: 1 })).toBe(false);
    expect(matchesFilter(l2, { ...EMPTY_FILTER, asvsLevel: 2 })).toBe(true);
    expect(matchesFilter(l3, { ...EMPTY_FILTER, asvsLevel: 2 })).toBe(false);
    expect(matchesFilter(l3, { ...EMPTY_FILTER, asvsLevel: 3 })).toBe(true);
    expect(matchesFilter(none, { ...EMPTY_FILTER, asvsLevel: 3 })).toBe(false);
    expect(matchesFilter(none, EMPTY_FILTER)).toBe(true);
  });
});
