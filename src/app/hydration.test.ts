import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, type StorageLike } from '@/lib/storage';
import { canHydrate } from './hydration';

function memory(entries: Record<string, string> = {}): StorageLike {
  const data = new Map(Object.entries(entries));
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const empty = { local: memory(), session: memory() };
const at = (pathname: string, search = '') => ({ pathname, search });

describe('canHydrate', () => {
  it('hydrates HTML rendered for this route', () => {
    expect(canHydrate('/checklist', at('/checklist'), empty)).toBe(true);
    expect(canHydrate('/checklist', at('/checklist/'), empty)).toBe(true);
    expect(canHydrate('/projects/:projectId', at('/projects/p-1'), empty)).toBe(true);
  });

  it('renders afresh when the HTML is for another route or there is none (the shell)', () => {
    expect(canHydrate(undefined, at('/checklist'), empty)).toBe(false);
    expect(canHydrate('/', at('/turn'), empty)).toBe(false);
    expect(canHydrate('/projects/:projectId', at('/projects/p-1/brief'), empty)).toBe(false);
  });

  it('renders afresh with a query string (filters and views change the first render)', () => {
    expect(canHydrate('/checklist', at('/checklist', '?q=coturn'), empty)).toBe(false);
  });

  it('renders /turn afresh when remembered URLs or this tab’s results fill it', () => {
    expect(canHydrate('/turn', at('/turn'), empty)).toBe(true);
    expect(canHydrate('/turn', at('/turn'), { local: memory({ [STORAGE_KEYS.turnUrls]: '{}' }), session: memory() })).toBe(false);
    expect(canHydrate('/turn', at('/turn'), { local: memory(), session: memory({ [STORAGE_KEYS.turnResults]: '{}' }) })).toBe(false);
    expect(canHydrate('/turn', at('/turn'), { local: null, session: null })).toBe(true);
  });
});
