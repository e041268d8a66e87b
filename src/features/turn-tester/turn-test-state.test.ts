import { describe, expect, it } from 'vitest';
import type { AuditRun } from './audit';
import { INITIAL_TURN_TEST_STATE as INITIAL, turnTestReducer as reduce } from './turn-test-state';
import { makeCheck } from './verdicts';

const URL_ = 'turn:turn.example.com:3478';
const plan = [
  { key: `allocation ${URL_}`, id: 'allocation', scope: 'url', target: URL_ },
  { key: 'transport-coverage all URLs', id: 'transport-coverage', scope: 'run', target: 'all URLs' },
] as const;
const allocation = makeCheck({ id: 'allocation', scope: 'url', target: URL_, verdict: 'pass', ms: 70, detail: 'Relay.' });
const coverage = makeCheck({ id: 'transport-coverage', scope: 'run', target: 'all URLs', verdict: 'warn', detail: 'UDP only.' });
const row = { type: 'relay', protocol: 'udp', address: '203.0.113.7', port: 50000, relayProtocol: 'udp', url: URL_, ms: 70 };

describe('turnTestReducer', () => {
  it('a start clears the previous run and counts runs', () => {
    const s = reduce({ ...INITIAL, error: 'old', runId: 4, phase: 'failed' }, { type: 'start', fetching: true });
    expect(s).toEqual({ ...INITIAL, phase: 'fetching', runId: 5 });
    expect(reduce(INITIAL, { type: 'start', fetching: false }).phase).toBe('running');
  });

  it('applies a batch of events in order: plan, candidates per URL, checks by key', () => {
    const s = reduce(reduce(INITIAL, { type: 'start', fetching: false }), {
      type: 'events',
      events: [
        { type: 'plan', checks: plan },
        { type: 'candidate', url: URL_, candidate: row },
        { type: 'candidate', url: URL_, candidate: { ...row, type: 'host' } },
        { type: 'check', key: plan[0].key, check: allocation },
      ],
    });
    expect(s.plan).toEqual(plan);
    expect(s.candidates[URL_]?.map((c) => c.type)).toEqual(['relay', 'host']);
    expect(s.checks).toEqual({ [plan[0].key]: allocation });
    expect(s.phase).toBe('running');
  });

  it('done: fills every check by plan position and takes the run’s candidates', () => {
    const planned = reduce(INITIAL, { type: 'events', events: [{ type: 'plan', checks: plan }] });
    const run: AuditRun = { startedAt: '2026-01-01T00:00:00.000Z', urls: [URL_], checks: [allocation, coverage], candidates: { [URL_]: [row] }, cancelled: false, ms: 90 };
    const s = reduce(planned, { type: 'done', run });
    expect(s.phase).toBe('complete');
    expect(s.checks[plan[1].key]).toEqual(coverage);
    expect(s.candidates).toEqual(run.candidates);
    expect(reduce(planned, { type: 'done', run: { ...run, cancelled: true } }).phase).toBe('cancelled');
  });

  it('failed keeps the message; endpoint moves from fetching to running', () => {
    expect(reduce(INITIAL, { type: 'failed', error: 'Username: enter the username' })).toMatchObject({ phase: 'failed', error: 'Username: enter the username' });
    const preview = { response: { shape: 'turn-rest', iceServers: [] }, anonymousAccess: false, status: 200 } as const;
    expect(reduce({ ...INITIAL, phase: 'fetching' }, { type: 'endpoint', preview })).toMatchObject({ phase: 'running', endpoint: preview });
    expect(reduce({ ...INITIAL, phase: 'fetching' }, { type: 'cancelled' }).phase).toBe('cancelled');
  });
});
