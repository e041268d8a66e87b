import { describe, expect, it } from 'vitest';
import { serverHeadlines } from './headline';
import { intendedOffFor, judgeAgainstProject, type TurnExposure } from './project-expectations';
import { parseUri } from './uri';
import type { Check, CheckId, Verdict } from './verdicts';
import { checkKey, makeCheck } from './verdicts';

const UDP = 'turn:turn.example.com:3478?transport=udp';
const TCP = 'turn:turn.example.com:3478?transport=tcp';
const TLS = 'turns:turn.example.com:443?transport=tcp';
const TLS_5349 = 'turns:turn.example.com:5349?transport=tcp';
const SERVER = 'turn.example.com:3478';

const alloc = (url: string, verdict: Verdict, errorCode?: number) =>
  makeCheck({ id: 'allocation', scope: 'url', target: url, verdict, detail: verdict === 'pass' ? 'Relay candidate.' : 'No answer within 5 s.', ms: 70, errorCode, severity: verdict === 'fail' ? 'high' : undefined });
const server = (id: CheckId, verdict: Verdict, target = SERVER) => makeCheck({ id, scope: 'server', target, verdict, detail: 'Detail.' });
const byKey = (checks: Check[]) => Object.fromEntries(checks.map((c) => [checkKey(c), c]));
const uri = (u: string) => {
  const r = parseUri(u);
  if (!r.ok) throw new Error(r.error);
  return r.uri;
};

function headlines(checks: Check[], urls: string[], exposure?: TurnExposure) {
  const all = byKey(checks);
  return serverHeadlines(Object.keys(all), all, urls, exposure === undefined ? undefined : intendedOffFor(exposure));
}

const AUTH_OK = [server('requires-authentication', 'pass'), server('rejects-wrong-password', 'pass'), server('relay-connectivity', 'pass')];
const SKIPPED = [server('requires-authentication', 'skipped'), server('rejects-wrong-password', 'skipped'), server('relay-connectivity', 'skipped')];

describe('intendedOffFor', () => {
  it('names what each exposure blocks on purpose', () => {
    const cases: [TurnExposure, string, boolean][] = [
      ['no-udp', UDP, true],
      ['no-udp', TCP, false],
      ['no-tcp', TCP, true],
      ['no-tcp', TLS, false],
      ['tls-443', TLS, false],
      ['tls-443', TLS_5349, true],
      ['tls-443', UDP, true],
      ['sfu-only', TLS, true],
      ['all', UDP, false],
      ['unknown', UDP, false],
    ];
    for (const [exposure, url, off] of cases) expect(intendedOffFor(exposure)(uri(url)) !== null, `${exposure} ${url}`).toBe(off);
    expect(intendedOffFor('no-udp')(uri(UDP))).toBe('UDP is blocked on purpose');
  });
});

describe('headline judged against the project', () => {
  it('UDP blocked on purpose, TCP works: Secure, UDP graded off (intended), not a failure', () => {
    const checks = [alloc(UDP, 'fail'), alloc(TCP, 'pass'), ...AUTH_OK];
    const [plain] = headlines(checks, [UDP, TCP]);
    expect(plain?.grades.find((g) => g.transport === 'udp')?.grade).toBe('fail');
    const [h] = headlines(checks, [UDP, TCP], 'no-udp');
    expect(h).toMatchObject({ server: SERVER, kind: 'secure' });
    expect(h?.grades).toEqual([
      { transport: 'udp', grade: 'off', why: 'UDP is blocked on purpose (intended by the project)' },
      { transport: 'tcp', grade: 'good', why: 'works on port 3478, not 443' },
    ]);
    expect(h?.notes).toContain(`${UDP}: no answer — UDP is blocked on purpose, intended by the project.`);
  });

  it('only the blocked URL was tested: closed as intended, not unreachable or inconclusive', () => {
    const [plain] = headlines([alloc(UDP, 'fail'), ...SKIPPED], [UDP]);
    expect(plain?.kind).toBe('inconclusive');
    const [h] = headlines([alloc(UDP, 'fail'), ...SKIPPED], [UDP], 'no-udp');
    expect(h).toMatchObject({ kind: 'intended', phrase: 'not reachable from here, as the project intends (UDP is blocked on purpose)' });
    expect(h?.settleUrl).toBeUndefined();
    const [sfu] = headlines([alloc(UDP, 'fail'), alloc(TCP, 'fail', 701), ...SKIPPED], [UDP, TCP], 'sfu-only');
    expect(sfu?.kind).toBe('intended');
    expect(sfu?.grades.map((g) => g.grade)).toEqual(['off', 'off']);
  });

  it('a URL blocked on purpose that answers anyway is noted, and judged like any other', () => {
    const [h] = headlines([alloc(UDP, 'pass'), alloc(TCP, 'pass'), ...AUTH_OK], [UDP, TCP], 'no-udp');
    expect(h?.kind).toBe('secure');
    expect(h?.grades.find((g) => g.transport === 'udp')?.grade).toBe('good');
    expect(h?.notes).toContain(`${UDP}: reachable from here, although the project says UDP is blocked on purpose.`);
  });

  it('what the project does not block still fails: a silent TCP URL stays inconclusive under no-udp', () => {
    const [h] = headlines([alloc(UDP, 'fail'), alloc(TCP, 'fail'), server('requires-authentication', 'warn'), server('rejects-wrong-password', 'warn'), server('relay-connectivity', 'skipped')], [UDP, TCP], 'no-udp');
    expect(h).toMatchObject({ kind: 'inconclusive', settleUrl: TCP });
    // A refusal (401) is an answer: never "intended".
    const [refused] = headlines([alloc(UDP, 'fail', 401), ...SKIPPED], [UDP], 'no-udp');
    expect(refused?.kind).toBe('inconclusive');
  });
});

describe('judgeAgainstProject', () => {
  it('re-judges only allocation rows of URLs blocked on purpose', () => {
    const checks = byKey([alloc(UDP, 'fail'), alloc(TCP, 'pass'), alloc(TLS, 'fail', 701), ...AUTH_OK]);
    const judged = judgeAgainstProject(checks, 'no-udp');
    expect(judged[`allocation ${UDP}`]).toEqual({
      id: 'allocation',
      scope: 'url',
      target: UDP,
      verdict: 'pass',
      ms: 70,
      detail: 'Intended by the project (UDP is blocked on purpose): No answer within 5 s.',
    });
    expect(judged[`allocation ${TCP}`]).toBe(checks[`allocation ${TCP}`]);
    expect(judged[`allocation ${TLS}`]).toBe(checks[`allocation ${TLS}`]);
    expect(judged[`requires-authentication ${SERVER}`]).toBe(checks[`requires-authentication ${SERVER}`]);
  });

  it('a relay where the project expects none is a medium warning; a refusal is left alone; no expectation changes nothing', () => {
    const checks = byKey([alloc(TCP, 'pass'), alloc(UDP, 'fail', 401)]);
    const sfu = judgeAgainstProject(checks, 'sfu-only');
    expect(sfu[`allocation ${TCP}`]).toMatchObject({ verdict: 'warn', severity: 'medium', detail: expect.stringContaining('although the project says TURN is only for the SFU') });
    expect(sfu[`allocation ${UDP}`]).toBe(checks[`allocation ${UDP}`]);
    expect(judgeAgainstProject(checks, 'unknown')).toEqual(checks);
  });
});
