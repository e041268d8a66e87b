import { describe, expect, it } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import type { AuditRun } from './audit';
import { clearResults, loadResults, saveResults } from './saved-results';
import { makeCheck } from './verdicts';

const URL_ = 'turn:turn.example.com:3478';
const run: AuditRun = {
  startedAt: '2026-12-02T02:00:00.000Z',
  urls: [URL_],
  checks: [
    makeCheck({ id: 'allocation', scope: 'url', target: URL_, verdict: 'fail', ms: 70, detail: '401 for user alice-secret-name', errorCode: 401 }),
    makeCheck({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'fail', detail: 'Static.', severity: 'high' }),
  ],
  candidates: { [URL_]: [{ type: 'relay', protocol: 'udp', address: '203.0.113.7', port: 50000, relayProtocol: 'udp', url: URL_, ms: 70 }] },
  cancelled: false,
  ms: 80,
};

describe('saved results', () => {
  it('round-trips a run, scrubbed of the run’s secrets', () => {
    const storage = createMemoryStorage();
    expect(saveResults(storage, run, ['alice-secret-name'])).toBe(true);
    expect(storage.dump()[STORAGE_KEYS.turnResults]).not.toContain('alice-secret-name');
    const loaded = loadResults(storage);
    expect(loaded?.checks[0]?.detail).toBe('401 for user [redacted]');
    expect(loaded?.checks[1]).toEqual(run.checks[1]);
    expect(loaded?.candidates).toEqual(run.candidates);
  });

  it('ignores anything unreadable and clears', () => {
    const storage = createMemoryStorage({ [STORAGE_KEYS.turnResults]: '{"version":1,"run":{"urls":"x"}}' });
    expect(loadResults(storage)).toBeNull();
    expect(loadResults(createMemoryStorage({ [STORAGE_KEYS.turnResults]: 'not json' }))).toBeNull();
    expect(loadResults(null)).toBeNull();
    saveResults(storage, run, []);
    clearResults(storage);
    expect(loadResults(storage)).toBeNull();
  });
});
