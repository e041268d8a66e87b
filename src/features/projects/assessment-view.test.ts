import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '@/entities/checklist/types';
import { focusFromParams, readView, viewParams } from './assessment-view';

describe('assessment view in the URL', () => {
  it('defaults to the first section with everything shown', () => {
    expect(readView(new URLSearchParams(''))).toEqual({ section: SECTION_IDS[0], status: 'all', severity: 'all' });
  });

  it('reads known values and ignores unknown ones', () => {
    expect(readView(new URLSearchParams('section=signaling&show=failing&severity=high'))).toEqual({ section: 'signaling', status: 'failing', severity: 'high' });
    expect(readView(new URLSearchParams('section=__proto__&show=everything&severity=urgent'))).toEqual({ section: SECTION_IDS[0], status: 'all', severity: 'all' });
    expect(readView(new URLSearchParams('section=all')).section).toBe('all');
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(viewParams({ section: SECTION_IDS[0] as never, status: 'all', severity: 'all' }).toString()).toBe('');
    const view = { section: 'signaling', status: 'unanswered', severity: 'critical' } as const;
    const p = viewParams(view, 'baseline-https');
    expect(p.toString()).toBe('section=signaling&show=unanswered&severity=critical&item=baseline-https');
    expect(readView(p)).toEqual(view);
  });

  it('a deep link to an item asks for focus on it', () => {
    expect(focusFromParams(new URLSearchParams('item=x-1'), 3)).toEqual({ target: { kind: 'item', id: 'x-1' }, seq: 3 });
    expect(focusFromParams(new URLSearchParams('section=all'), 0)).toBeNull();
  });
});
