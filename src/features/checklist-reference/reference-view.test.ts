import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { canonicalSearch } from '@/lib/url-state';
import { profileValue, referenceCodec, type ReferenceState } from './reference-params';
import { isReferenceActive, referenceView } from './reference-view';
import { checklistSummary } from '@/entities/checklist/reference-summary';
import { EMPTY_FILTER } from '@/entities/checklist/filter';

const parse = (search: string) => referenceCodec.parse(new URLSearchParams(search));

describe('reference view URL state', () => {
  it('reads filters and the architecture scope, ignoring what it does not know', () => {
    const s = parse('q=turn&severity=high,bogus,critical&asvs=2&profile=turn:own,nope:x,topology:warp');
    expect(s.filter).toEqual({ query: 'turn', severities: ['critical', 'high'], asvsLevel: 2 });
    expect(s.profile).toEqual({ ...EMPTY_PROFILE, turn: 'own' });
    expect(s.profileActive).toBe(true);
    expect(parse('asvs=9').filter.asvsLevel).toBe(0);
    expect(parse('').profileActive).toBe(false);
  });

  it('writes only what is set and round-trips', () => {
    const state: ReferenceState = { filter: { query: '0', severities: ['low'], asvsLevel: 0 }, profile: { ...EMPTY_PROFILE, turn: 'own' }, profileActive: true };
    const search = referenceCodec.write(state).toString();
    expect(search).toBe('q=0&severity=low&profile=turn%3Aown');
    expect(parse(search)).toEqual(state);
    expect(canonicalSearch(referenceCodec, 'profile=turn:none&q=')).toBe('profile=turn%3Anone');
  });

  it('turns select values into profile values', () => {
    expect([profileValue('true'), profileValue('false'), profileValue('null'), profileValue('sfu')]).toEqual([true, false, null, 'sfu']);
  });
});

describe('referenceView', () => {
  it('shows everything unfiltered, with nothing active', () => {
    const v = referenceView(checklist, parse(''));
    expect(v.shown).toBe(checklist.items.length);
    expect(v.applicable).toBe(checklist.items.length);
    expect(v.active).toBe(false);
    expect(v.exported).toHaveLength(checklist.items.length);
    expect(v.groups.map((g) => g.section.id)).toEqual(checklist.sections.map((s) => s.id));
  });

  it('filters by severity and exports only what applies when scoped to an architecture', () => {
    const v = referenceView(checklist, parse('severity=critical&profile=turn:none'));
    const criticals = checklist.items.filter((i) => i.severity === 'critical');
    expect(v.shown).toBe(criticals.length);
    expect(v.active).toBe(true);
    expect(v.applicable).toBeLessThan(v.shown);
    expect(v.exported).toHaveLength(v.applicable);
    expect(v.groups.flatMap((g) => g.notApplicable).every((i) => i.severity === 'critical')).toBe(true);
  });

  it('shows nothing, and is active, for a query no item matches', () => {
    const v = referenceView(checklist, parse('q=zzzz-no-such-word'));
    expect(v.shown).toBe(0);
    expect(v.active).toBe(true);
  });
});

describe('the reference without its content', () => {
  it('is active when a filter or the architecture scope is set, as the view says', () => {
    for (const search of ['', 'q=turn', 'q=%20', 'severity=high', 'asvs=2', 'profile=turn:own', 'profile=turn:none']) {
      const state = parse(search);
      expect(isReferenceActive(state), search).toBe(referenceView(checklist, state).active);
    }
    expect(isReferenceActive({ filter: EMPTY_FILTER, profile: EMPTY_PROFILE, profileActive: false })).toBe(false);
  });

  it('has the heading figures of the content (the build replaces the summary with this literal)', () => {
    expect(checklistSummary).toEqual({
      version: checklist.version,
      date: checklist.date,
      itemCount: checklist.items.length,
      sectionCount: checklist.sections.length,
      hasLevel1: checklist.items.some((i) => i.standards.some((s) => s.level === 1)),
    });
    expect(checklistSummary.itemCount).toBeGreaterThan(100);
  });
});
