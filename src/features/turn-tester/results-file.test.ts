import { describe, expect, it } from 'vitest';
import { FakeClock, createFakeTurnNetwork } from '@/testing/fake-peer-connection';
import type { EvidenceSource } from '@/entities/checklist/types';
import type { AuditRun } from './audit';
import { runAudit } from './audit';
import { mintRestCredential } from './credentials';
import { buildResultsFile, evidenceFromChecks, resultsFileName, serializeResultsFile } from './results-file';
import { parseUrlList } from './uri';
import type { Check } from './verdicts';
import { CHECK_IDS } from './verdicts';

const NOW = Date.UTC(2025, 0, 31, 12);
const SECRET = 'correct-horse-battery-staple-secret';
const USER_ID = 'u-7f3a9c';
const STATIC_PASSWORD = 'Pa55w0rd-static-xyz';

/** A full run through the fake network with a known shared secret. */
async function sharedSecretRun(): Promise<{ run: AuditRun; username: string; password: string }> {
  const minted = await mintRestCredential({ secret: SECRET, userId: USER_ID, ttlSeconds: 3600, now: NOW }, globalThis.crypto.subtle);
  if (!minted.ok) throw new Error(minted.error);
  const { username, password } = minted.credential;
  const clock = new FakeClock();
  const net = createFakeTurnNetwork(clock, {
    allocate: (r) => (r.username === username && r.credential === password ? { kind: 'relay' } : { kind: 'error', code: 401, text: 'Unauthorized' }),
  });
  let planned: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (planned = resolve));
  const promise = runAudit(
    {
      urls: parseUrlList('turn:127.0.0.1:3478\nturn:127.0.0.1:3478?transport=tcp\nturn:127.0.0.1:9?transport=tcp').uris,
      credentials: { kind: 'shared-secret', secret: SECRET, userId: USER_ID, ttlSeconds: 3600 },
    },
    {
      createPeerConnection: net.factory,
      clock,
      subtle: globalThis.crypto.subtle,
      wallClock: () => NOW,
      onProgress: (e) => {
        if (e.type === 'plan') planned();
      },
    },
  );
  await Promise.race([started, promise]);
  await clock.advance(20_000);
  const r = await promise;
  if (!r.ok) throw new Error(r.error);
  return { run: r.run, username, password };
}

describe('buildResultsFile', () => {
  it('has the documented shape', async () => {
    const { run } = await sharedSecretRun();
    const file = buildResultsFile(run);
    expect(Object.keys(file)).toEqual(['format', 'version', 'tool', 'startedAt', 'urls', 'checks']);
    expect(file.format).toBe('webrtc-security-checklist/turn-test');
    expect(file.version).toBe(1);
    expect(file.tool).toBe('browser');
    expect(buildResultsFile(run, [], 'turn-probe').tool).toBe('turn-probe');
    expect(file.startedAt).toBe('2025-01-31T12:00:00.000Z');
    expect(file.urls).toEqual([
      'turn:127.0.0.1:3478',
      'turn:127.0.0.1:3478?transport=tcp',
      'turn:127.0.0.1:9?transport=tcp',
    ]);
    expect(file.checks).toHaveLength(run.checks.length);
    for (const c of file.checks) {
      // `severity` only where the check has one (a warn or fail that says how bad).
      expect(Object.keys(c).filter((k) => k !== 'severity')).toEqual(['id', 'url', 'verdict', 'ms', 'errorCode', 'detail']);
      expect(CHECK_IDS).toContain(c.id);
    }
    expect(file.checks[0]).toMatchObject({ id: 'allocation', url: 'turn:127.0.0.1:3478', verdict: 'pass', ms: 70, errorCode: null });
    expect(file.checks.find((c) => c.id === 'rejects-wrong-password')).toMatchObject({ url: '127.0.0.1:3478', verdict: 'pass', errorCode: 401 });
  });

  it('never contains the shared secret, the minted username or password, or the user id', async () => {
    const { run, username, password } = await sharedSecretRun();
    const json = serializeResultsFile(run);
    expect(JSON.parse(json)).toEqual(buildResultsFile(run));
    for (const secret of [SECRET, username, password, USER_ID]) {
      expect(json).not.toContain(secret);
    }
  });

  it('scrubs secrets that reach a detail (e.g. echoed by a server) when told which they are', () => {
    const run: AuditRun = {
      startedAt: '2025-01-31T12:00:00.000Z',
      urls: ['turn:h:3478'],
      checks: [
        {
          id: 'allocation',
          scope: 'url',
          target: 'turn:h:3478',
          verdict: 'fail',
          ms: 70,
          errorCode: 401,
          detail: `401 Unauthorized (server said "bad user ${USER_ID} pw ${STATIC_PASSWORD}")`,
        },
      ],
      candidates: {},
      cancelled: false,
      ms: 80,
    };
    const json = serializeResultsFile(run, [STATIC_PASSWORD, USER_ID, 'abc']);
    expect(json).not.toContain(STATIC_PASSWORD);
    expect(json).not.toContain(USER_ID);
    expect(json).toContain('[redacted]');
  });
});

describe('resultsFileName', () => {
  it('is filesystem-safe', () => {
    expect(resultsFileName({ startedAt: '2025-01-31T12:00:00.123Z' })).toBe('turn-test-2025-01-31T12-00-00Z.json');
  });
});

describe('evidenceFromChecks', () => {
  const c = (id: Check['id'], verdict: Check['verdict'], target = 't'): Check => ({
    id,
    scope: 'url',
    target,
    verdict,
    ms: 1,
    detail: '',
  });

  it('maps each check id to turn:<check-id> with the worst verdict and the date', () => {
    const evidence = evidenceFromChecks(
      [
        c('allocation', 'pass', 'a'),
        c('allocation', 'fail', 'b'),
        c('allocation', 'pass', 'c'),
        c('requires-authentication', 'pass'),
        c('rejects-wrong-password', 'warn'),
        c('relay-connectivity', 'skipped'),
        c('credential-lifetime', 'skipped'),
        c('credential-lifetime', 'pass'),
      ],
      new Date(2025, 0, 31, 23, 30),
    );
    expect(evidence).toEqual([
      { source: 'turn:allocation', verdict: 'fail', date: '2025-01-31', summary: '2 pass, 1 fail' },
      { source: 'turn:requires-authentication', verdict: 'pass', date: '2025-01-31', summary: '1 pass' },
      { source: 'turn:rejects-wrong-password', verdict: 'warn', date: '2025-01-31', summary: '1 warn' },
      { source: 'turn:credential-lifetime', verdict: 'pass', date: '2025-01-31', summary: '1 pass' },
    ]);
  });

  it('only produces EvidenceSource ids the checklist declares', () => {
    const declared: readonly EvidenceSource[] = [
      'turn:allocation',
      'turn:requires-authentication',
      'turn:rejects-wrong-password',
      'turn:relay-connectivity',
      'turn:rejects-expired-credential',
      'turn:credential-lifetime',
      'turn:transport-coverage',
      'turn:endpoint',
      'turn:anonymous-allocation',
      'turn:peer-restrictions',
      'turn:relay-to-public',
      'turn:tcp-relay',
      'turn:software-disclosure',
      'turn:tls',
    ];
    const evidence = evidenceFromChecks(CHECK_IDS.map((id) => c(id, 'pass')), new Date(2025, 5, 1));
    expect(evidence.map((e) => e.source)).toEqual(declared);
  });

  it('gives nothing for an all-skipped run', () => {
    expect(evidenceFromChecks([c('allocation', 'skipped')], new Date())).toEqual([]);
  });
});
