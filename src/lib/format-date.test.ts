import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './format-date';

describe('format-date', () => {
  it('formats a day and a moment in local time', () => {
    const local = new Date(2026, 10, 27, 14, 5);
    expect(formatDateTime(local.getTime())).toBe('27 Nov 2026, 14:05');
    expect(formatDateTime(local.toISOString())).toBe('27 Nov 2026, 14:05');
    expect(formatDay(local.toISOString())).toBe('27 Nov 2026');
    expect(formatDateTime(new Date(2027, 0, 3, 9, 0).getTime())).toBe('3 Jan 2027, 09:00');
  });
  it('shows a string that is not a date as written', () => {
    expect(formatDay('yesterday')).toBe('yesterday');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime(Number.NaN)).toBe('NaN');
  });
});
