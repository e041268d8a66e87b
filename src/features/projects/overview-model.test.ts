import { describe, expect, it } from 'vitest';
import { answeredShare } from './overview-model';

describe('answeredShare', () => {
  it('is the rounded share of applicable items answered', () => {
    expect(answeredShare({ answered: 1, applicable: 3 })).toBe(33);
    expect(answeredShare({ answered: 3, applicable: 3 })).toBe(100);
  });
  it('is null for an empty section (0/0 shows no bar, not a full one)', () => {
    expect(answeredShare({ answered: 0, applicable: 0 })).toBeNull();
  });
});
