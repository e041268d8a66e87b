import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './compare';

describe('compareCodeUnits', () => {
  it('orders ISO dates by time and ids by code unit', () => {
    expect(['2026-12-01', '2025-01-31', '2026-02-10'].sort(compareCodeUnits)).toEqual(['2025-01-31', '2026-02-10', '2026-12-01']);
    expect(['b-2', 'B-1', 'a-10', 'a-9'].sort(compareCodeUnits)).toEqual(['B-1', 'a-10', 'a-9', 'b-2']);
  });
  it('is 0 only for equal strings', () => {
    expect(compareCodeUnits('x', 'x')).toBe(0);
    expect(compareCodeUnits('x', 'y')).toBe(-1);
    expect(compareCodeUnits('y', 'x')).toBe(1);
  });
});
