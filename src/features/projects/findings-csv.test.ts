import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ChecklistItem, Section } from '@/entities/checklist/types';
import { makeAnswer, makeProject } from '@/testing/projects';
import { FINDINGS_CSV_HEADER, findingsCsv, findingsFileName, findingsRedactedCount } from './findings-csv';

const item = (id: string, severity: ChecklistItem['severity'], extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id,
  section: 'baseline',
  title: `Title of ${id}`,
  why: '',
  verify: '',
  fix: '',
  severity,
  references: [],
  tags: [],
  standards: [],
  evidence: [],
  ...extra,
});
const sections: Section[] = [{ id: 'baseline', title: 'Baseline, built in', summary: '' }];

/** Minimal RFC 4180 parser for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('findings CSV', () => {
  const items = [
    item('low-yes', 'low'),
    item('crit-open', 'critical'),
    item('high-no', 'high'),
    item('med-na', 'medium'),
    item('scoped-out', 'critical', { appliesTo: { turn: ['own'] } }),
  ];
  const project = makeProject({
    profile: { ...EMPTY_PROFILE, turn: 'provider' },
    answers: {
      'low-yes': makeAnswer({ status: 'yes' }),
      'high-no': makeAnswer({ status: 'no', owner: 'Ops, Team "B"', due: '2026-03-01', note: 'line one\nline two, with comma' }),
      'med-na': makeAnswer({ status: 'na', naReason: 'No data channels' }),
      'crit-open': makeAnswer({ note: '=cmd|calc' }),
    },
  });

  it('has the header row and RFC 4180 quoting with CRLF line ends', () => {
    const text = findingsCsv(project, items, sections);
    expect(text.startsWith(`${FINDINGS_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Ops, Team ""B"""');
    expect(text).toContain('"line one\nline two, with comma"');
    expect(text).toContain('"Baseline, built in"');
  });

  it('exports open findings only by default, most severe first', () => {
    const rows = parseCsv(findingsCsv(project, items, sections));
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['high-no', 'No'],
      ['crit-open', 'Not answered'],
    ]);
  });

  it('lists open findings first by severity, then Yes, then N/A; skips items out of scope', () => {
    const rows = parseCsv(findingsCsv(project, items, sections, [], { scope: 'all' }));
    expect(rows[0]).toEqual([...FINDINGS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['high-no', 'No'],
      ['crit-open', 'Not answered'],
      ['low-yes', 'Yes'],
      ['med-na', 'N/A'],
    ]);
    expect(rows[1]).toEqual(['high-no', 'Title of high-no', 'Baseline, built in', 'high', 'No', 'Ops, Team "B"', '2026-03-01', 'line one\nline two, with comma', '', '', '']);
    expect(rows[4]?.[8]).toBe('No data channels');
    expect(rows[2]?.[7]).toBe("'=cmd|calc"); // formula defused
  });
});

describe('findingsCsv: retired items', () => {
  const items = [item('a', 'high')];
  it('adds a row per answer to a retired item, with title and severity from the retired list', () => {
    const project = makeProject({
      profile: EMPTY_PROFILE,
      answers: {
        a: makeAnswer({ status: 'yes' }),
        'old-known': makeAnswer({ status: 'no', note: 'still open' }),
        'zz-unknown': makeAnswer({ status: 'partial', owner: 'bob' }),
      },
    });
    const retired = [{ id: 'old-known', title: 'Old known item', retiredIn: '2.0.0', reason: 'merged', severity: 'critical' as const }];
    const rows = parseCsv(findingsCsv(project, items, sections, retired, { scope: 'all' }).replace(/^\uFEFF/, ''));
    expect(rows.slice(-2)).toEqual([
      ['old-known', 'Old known item', 'Retired', 'critical', 'No', '', '', 'still open', '', '', ''],
      ['zz-unknown', 'zz-unknown', 'Retired', '', 'Partial', 'bob', '', '', '', '', ''],
    ]);
    expect(parseCsv(findingsCsv(project, items, sections, retired)).map((r) => r[0])).toEqual(['item']);
    expect(rows.map((r) => r[0])).toContain('a');
  });

  it('counts the cells it redacts', () => {
    const project = makeProject({
      profile: EMPTY_PROFILE,
      answers: { a: makeAnswer({ status: 'no', note: 'password: hunter2' }), gone: makeAnswer({ status: 'no', owner: 'token=abc123xyz' }) },
    });
    expect(findingsRedactedCount(project, items, sections, [], { scope: 'all' })).toBe(2);
    expect(findingsRedactedCount(project, items, sections)).toBe(1);
    expect(findingsCsv(project, items, sections, [], { scope: 'all' })).not.toContain('hunter2');
  });
});

describe('findingsCsv: evidence and link columns', () => {
  const items = [item('a', 'high', { section: 'signaling' })];
  const project = makeProject({
    id: 'p1',
    profile: EMPTY_PROFILE,
    answers: {
      a: makeAnswer({
        status: 'partial',
        evidence: [
          { id: 'e1', kind: 'link', label: 'Pen test password=hunter22', url: 'https://u:secret1@wiki.example.com/x?token=abc123', date: '2026-11-20T10:00:00Z' },
          { id: 'e2', kind: 'turn-test', label: 'TURN test', verdict: 'fail', url: 'javascript:alert(1)', date: '2026-11-21T10:00:00Z' },
        ],
      }),
    },
  });
  it('lists evidence redacted, drops non-http URLs, and links to the item in the app', () => {
    const rows = parseCsv(findingsCsv(project, items, sections, [], { appUrl: 'https://app.example' }));
    const row = rows[1]!;
    expect(row[9]).toBe(
      'Pen test password=[redacted] <https://u:[redacted]@wiki.example.com/x?token=[redacted]> (Link, 2026-11-20)\nTURN test (TURN test, fail, 2026-11-21)',
    );
    expect(row[10]).toBe('https://app.example/projects/p1?section=signaling&item=a');
  });
  it('names open-only files differently from full ones', () => {
    const d = new Date('2026-12-01T00:00:00Z');
    expect(findingsFileName({ name: 'X' }, (s) => s.toLowerCase(), d)).toBe('x-open-findings-2026-12-01.csv');
    expect(findingsFileName({ name: 'X' }, (s) => s.toLowerCase(), d, 'all')).toBe('x-findings-2026-12-01.csv');
  });
});
