import { describe, expect, it } from 'vitest';
import { isActivePath } from './link';

describe('isActivePath (NavLink’s current-page rule)', () => {
  it('marks the same path, ignoring case and search', () => {
    expect(isActivePath('/turn', '/turn', false)).toBe(true);
    expect(isActivePath('/turn', '/TURN', true)).toBe(true);
    expect(isActivePath('/turn?x=1', '/turn', true)).toBe(true);
  });

  it('marks paths below it unless end is set', () => {
    expect(isActivePath('/checklist', '/checklist/turn-rest-api', false)).toBe(true);
    expect(isActivePath('/checklist', '/checklist/turn-rest-api', true)).toBe(false);
    expect(isActivePath('/', '/turn', true)).toBe(false);
    expect(isActivePath('/', '/', true)).toBe(true);
  });

  it('does not mark a path that merely starts with the same letters', () => {
    expect(isActivePath('/turn', '/turnstile', false)).toBe(false);
    expect(isActivePath('/about', '/', false)).toBe(false);
  });
});
