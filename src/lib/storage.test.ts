import { describe, expect, it } from 'vitest';
import { createMemoryStorage, isQuotaExceededError, requestPersistentStorage, safeGetItem, safeSetItem, STORAGE_KEYS, type StorageLike } from './storage';

const throwing = (error: unknown): StorageLike => ({
  getItem: () => {
    throw error;
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
});

describe('storage wrappers', () => {
  it('keeps every key in one constant with one prefix', () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k.startsWith('wsc:')).toBe(true);
  });

  it('never throws and classifies quota errors', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(safeSetItem(throwing(quota), 'k', 'v')).toEqual({ ok: false, reason: 'quota', message: 'full' });
    expect(safeSetItem(throwing(new Error('denied')), 'k', 'v')).toMatchObject({ ok: false, reason: 'error' });
    expect(safeGetItem(throwing(new Error('denied')), 'k')).toMatchObject({ ok: false, reason: 'error' });
    expect(safeGetItem(null, 'k')).toMatchObject({ ok: false, reason: 'unavailable' });
    const memory = createMemoryStorage();
    expect(safeSetItem(memory, 'k', 'v')).toEqual({ ok: true });
    expect(safeGetItem(memory, 'k')).toEqual({ ok: true, value: 'v' });
  });

  it('recognises the quota errors of each browser', () => {
    expect(isQuotaExceededError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaExceededError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaExceededError({ code: 22 })).toBe(true);
    expect(isQuotaExceededError(new Error('other'))).toBe(false);
    expect(isQuotaExceededError(null)).toBe(false);
  });

  it('reports what the browser granted for persistent storage, and never rejects', async () => {
    const nav = (persist: () => Promise<boolean>) => ({ storage: { persist, persisted: async () => false } }) as unknown as Navigator;
    expect(await requestPersistentStorage(nav(async () => true))).toBe('persistent');
    expect(await requestPersistentStorage(nav(async () => false))).toBe('best-effort');
    expect(await requestPersistentStorage(nav(() => Promise.reject(new Error('no'))))).toBe('unsupported');
    expect(await requestPersistentStorage({} as Navigator)).toBe('unsupported');
  });
});
