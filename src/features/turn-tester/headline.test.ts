import { describe, expect, it } from 'vitest';
import type { CandidateRow } from './candidates';
import { familyNote, serverHeadlines } from './headline';
import { parseUri } from './uri';
import type { Check, CheckId, Verdict } from './verdicts';
import { checkKey, makeCheck } from './verdicts';

const UDP = 'turn:turn.example.com:3478';
const TCP = 'turn:turn.example.com:3478?transport=tcp';
const TLS = 'turns:turn.example.com:443?transport=tcp';
const SERVER = 'turn.example.com:3478';

const alloc = (url: string, verdict: Verdict, extra: { errorCode?: number; ms?: number } = {}) =>
  makeCheck({ id: 'allocation', scope: 'url', target: url, verdict, detail: '', ms: extra.ms ?? 70, errorCode: extra.errorCode });
const server = (id: CheckId, verdict: Verdict, target = SERVER) => makeCheck({ id, scope: 'server', target, verdict, detail: 'Detail. More.' });

function headlines(checks: Check[], urls: string[]) {
  const byKey: Record<string, Check> = {};
  for (const c of checks) byKey[checkKey(c)] = c;
  return serverHeadlines(Object.keys(byKey), byKey, urls);
}

const AUTH_OK = [server('requires-authentication', 'pass'), server('rejects-wrong-password', 'pass'), server('relay-connectivity', 'pass')];

describe('serverHeadlines', () => {
  it('secure with a grade per transport; excellent only for TLS/TCP on 443', () => {
    const tls = server('requires-authentication', 'pass', 'turn.example.com:443');
    const [a, b] = headlines(
      [alloc(UDP, 'pass'), alloc(TCP, 'pass'), alloc(TLS, 'pass'), ...AUTH_OK, tls, server('rejects-wrong-password', 'pass', 'turn.example.com:443')],
      [UDP, TCP, TLS],
    );
    expect(a).toMatchObject({ server: SERVER, kind: 'secure', phrase: '' });
    expect(a?.grades.map((g) => [g.transport, g.grade])).toEqual([['udp', 'good'], ['tcp', 'good']]);
    expect(b?.grades).toEqual([{ transport: 'tls', grade: 'excellent', why: 'works on port 443' }]);
  });

  it('insecure names what, in one phrase', () => {
    const [h] = headlines([alloc(UDP, 'pass'), server('requires-authentication', 'pass'), server('rejects-wrong-password', 'fail')], [UDP]);
    expect(h).toMatchObject({ kind: 'insecure', phrase: 'accepts a wrong password' });
    const [s] = headlines([alloc(UDP, 'pass'), ...AUTH_OK, makeCheck({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'fail', detail: '' })], [UDP]);
    expect(s).toMatchObject({ kind: 'insecure', phrase: 'static credentials that never expire' });
  });

  it('unreachable when the connection was refused; UDP silence alone is inconclusive', () => {
    const skipped = [server('requires-authentication', 'skipped'), server('rejects-wrong-password', 'skipped'), server('relay-connectivity', 'skipped')];
    const [dead] = headlines([alloc(UDP, 'fail'), alloc(TCP, 'fail', { errorCode: 701 }), ...skipped], [UDP, TCP]);
    expect(dead).toMatchObject({ kind: 'unreachable', phrase: 'no connection to the server from here' });
    expect(dead?.grades.every((g) => g.grade === 'fail')).toBe(true);
    const [udp] = headlines([alloc(UDP, 'fail'), ...skipped], [UDP]);
    expect(udp).toMatchObject({ kind: 'inconclusive', settleUrl: UDP });
  });

  it('a silent TCP URL is inconclusive (anonymous relay or firewall) and names the URL to settle it with', () => {
    const [h] = headlines([alloc(TCP, 'fail'), server('requires-authentication', 'warn'), server('rejects-wrong-password', 'warn'), server('relay-connectivity', 'skipped')], [TCP]);
    expect(h?.kind).toBe('inconclusive');
    expect(h?.phrase).toContain('anonymous relay');
    expect(h?.settleUrl).toBe(TCP);
  });

  it('refused credentials are inconclusive, not unreachable', () => {
    const [h] = headlines([alloc(UDP, 'fail', { errorCode: 401 }), server('requires-authentication', 'pass'), server('rejects-wrong-password', 'pass'), server('relay-connectivity', 'skipped')], [UDP]);
    expect(h).toMatchObject({ kind: 'inconclusive', phrase: expect.stringContaining('credentials were refused (401') });
  });

  it('poor when relayed data did not flow or the allocation was slow; testing while checks run', () => {
    const [h] = headlines([alloc(UDP, 'pass', { ms: 1500 }), server('requires-authentication', 'pass'), server('rejects-wrong-password', 'pass'), server('relay-connectivity', 'pass')], [UDP]);
    expect(h?.grades[0]).toMatchObject({ grade: 'poor', why: 'slow (1500 ms)' });
    const byKey = { [checkKey(alloc(UDP, 'pass'))]: alloc(UDP, 'pass') };
    expect(serverHeadlines([...Object.keys(byKey), `relay-connectivity ${SERVER}`], byKey, [UDP])[0]?.kind).toBe('testing');
  });

  it('notes turns: with an IP address', () => {
    const url = 'turns:203.0.113.5:443?transport=tcp';
    const t = '203.0.113.5:443';
    const [h] = headlines([alloc(url, 'pass'), server('requires-authentication', 'pass', t), server('rejects-wrong-password', 'pass', t), server('relay-connectivity', 'pass', t)], [url]);
    expect(h?.notes[0]).toContain('turns: with an IP address');
  });
});

describe('familyNote', () => {
  const parse = (u: string) => {
    const r = parseUri(u);
    if (!r.ok) throw new Error(r.error);
    return r.uri;
  };
  const relay = (address: string): CandidateRow => ({ type: 'relay', protocol: 'udp', address, port: 50000, relayProtocol: 'udp', url: null, ms: 70 });
  const V4 = 'turn:127.0.0.1:3478?transport=udp';
  const V6 = 'turn:[::1]:3478?transport=udp';

  it('names the relay family per URL and says an IPv6 relay was not tested when none came', () => {
    const note = familyNote([parse(V4), parse(V6)], { [V4]: [relay('127.0.0.1')], [V6]: [relay('127.0.0.1')] });
    expect(note).toBe(
      `Relay address family — ${V4}: IPv4 relay (reached over IPv4); ${V6}: IPv4 relay (reached over IPv6). No IPv6 relay was tested: browsers never ask for a family, the server picks (coturn: IPv4 unless allocation-default-address-family is set); the command-line probe (npm run probe) asks for an IPv6 relay.`,
    );
  });

  it('both families seen: both tested; a host name is explained; no relay: no note', () => {
    expect(familyNote([parse(V4), parse(V6)], { [V4]: [relay('127.0.0.1')], [V6]: [relay('::1')] })).toContain('IPv4 and IPv6 relays both tested.');
    const name = 'turn:turn.example.com:3478';
    expect(familyNote([parse(name)], { [name]: [relay('203.0.113.5')] })).toContain('give its IPv4 and IPv6 addresses as separate URLs');
    expect(familyNote([parse(V4)], { [V4]: [{ ...relay('127.0.0.1'), type: 'host' }] })).toBeNull();
  });

  it('is a note on the headline', () => {
    const checks = [alloc(V4, 'pass'), server('requires-authentication', 'pass', '127.0.0.1:3478'), server('rejects-wrong-password', 'pass', '127.0.0.1:3478')];
    const byKey: Record<string, Check> = {};
    for (const c of checks) byKey[checkKey(c)] = c;
    const [h] = serverHeadlines(Object.keys(byKey), byKey, [V4], undefined, { [V4]: [relay('127.0.0.1')] });
    expect(h?.notes.some((n) => n.startsWith('Relay address family — '))).toBe(true);
  });
});
