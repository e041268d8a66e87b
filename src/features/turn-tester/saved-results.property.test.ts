/**
 * Property test for the TURN results kept in sessionStorage (issue 18): storage is outside input
 * (another version of the app in the same tab, a hand edit). 10 000 cases of edited saved runs and
 * any text: loading never throws, and gives either nothing (the page starts empty) or a run that
 * saves and loads back unchanged, with only known verdicts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { editedJsonText } from '@/testing/file-edits';
import type { AuditRun } from './audit';
import { loadResults, saveResults } from './saved-results';
import { makeCheck } from './verdicts';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;
const URL_ = 'turn:turn.example.com:3478';
const run: AuditRun = {
  startedAt: '2026-12-02T02:00:00.000Z',
  urls: [URL_, 'turns:turn.example.com:443?transport=tcp'],
  checks: [
    makeCheck({ id: 'allocation', scope: 'url', target: URL_, verdict: 'fail', ms: 70, detail: '401', errorCode: 401 }),
    makeCheck({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'warn', detail: 'Static.', severity: 'high' }),
    makeCheck({ id: 'requires-authentication', scope: 'url', target: URL_, verdict: 'pass', ms: 12, detail: 'Refused.' }),
  ],
  candidates: { [URL_]: [{ type: 'relay', protocol: 'udp', address: '203.0.113.7', port: 50000, relayProtocol: 'udp', url: URL_, ms: 70 }] },
  cancelled: false,
  ms: 80,
};

describe('loadResults (property)', () => {
  it('never throws on edited saved runs or any text; a loaded run saves and loads back unchanged', () => {
    const saved = createMemoryStorage();
    saveResults(saved, run, []);
    let accepted = 0;
    const valid = JSON.parse(saved.getItem(STORAGE_KEYS.turnResults) ?? '') as unknown;
    fc.assert(
      fc.property(editedJsonText(valid), (text) => {
        const loaded = loadResults(createMemoryStorage({ [STORAGE_KEYS.turnResults]: text }));
        if (loaded === null) return;
        accepted++;
        for (const c of loaded.checks) expect(['pass', 'warn', 'fail', 'skipped']).toContain(c.verdict);
        const again = createMemoryStorage();
        expect(saveResults(again, loaded, [])).toBe(true);
        expect(loadResults(again)).toEqual(loaded);
      }),
      RUNS,
    );
    // The guards are strict (any wrong type and the page starts empty), yet edits that keep a readable
    // run (another detail text, a check removed) are loaded and checked too: ~2-3 % of the cases.
    expect(accepted).toBeGreaterThan(100);
  }, TIMEOUT);
});
