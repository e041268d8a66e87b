import { describe, expect, it } from 'vitest';
import { SPECIAL_PURPOSE_PEERS } from './peers';
import type { PeerAnswer, ProbeAllocation, TlsObservation } from './types';
import {
  anonymousVerdicts,
  peerRestrictionsVerdict,
  probeAllocationVerdict,
  rejectionVerdict,
  relayToPublicVerdict,
  UNREACHABLE,
  softwareVerdict,
  tcpRelayVerdict,
  tlsVerdict,
  type PeerResult,
} from './verdicts';

const U = 'turn:h:3478?transport=udp';
const T = 'turn:h:3478?transport=tcp';
const S = 'h:3478';
const granted = (anonymous = false): ProbeAllocation => ({ kind: 'allocated', anonymous, relayed: { family: 'ipv4', address: '203.0.113.5', port: 50000 }, ms: 12 });
const refused = (code: number, challenged = code === 401): ProbeAllocation => ({ kind: 'error', code, reason: code === 401 ? 'Unauthorized' : 'Forbidden', challenged, ms: 9 });
const silent: ProbeAllocation = { kind: 'no-answer', message: 'no answer within 1 s', ms: 1000 };
const ok: PeerAnswer = { kind: 'success', ms: 3 };
const forbidden: PeerAnswer = { kind: 'error', code: 403, reason: 'Forbidden IP', ms: 3 };

describe('anonymous-allocation and requires-authentication', () => {
  it('fail (critical) when any URL grants an Allocate without credentials', () => {
    const [anonymous, requires] = anonymousVerdicts(S, [{ url: U, result: refused(401) }, { url: T, result: granted(true) }]);
    expect(anonymous).toMatchObject({ id: 'anonymous-allocation', verdict: 'fail', severity: 'critical', target: S });
    expect(anonymous?.detail).toContain(T);
    expect(requires).toMatchObject({ id: 'requires-authentication', verdict: 'fail' });
  });

  it('pass on a 401 challenge everywhere; skipped when nothing answered', () => {
    expect(anonymousVerdicts(S, [{ url: U, result: refused(401) }]).map((c) => [c.verdict, c.errorCode])).toEqual([
      ['pass', 401],
      ['pass', 401],
    ]);
    expect(anonymousVerdicts(S, [{ url: U, result: silent }]).map((c) => c.verdict)).toEqual(['skipped', 'skipped']);
  });

  it('a refusal without the challenge is no open relay, but authentication was not observed', () => {
    const [anonymous, requires] = anonymousVerdicts(S, [{ url: U, result: refused(403, false) }]);
    expect(anonymous?.verdict).toBe('pass');
    expect(requires).toMatchObject({ verdict: 'warn', errorCode: 403 });
  });
});

describe('rejects-wrong-password / rejects-expired-credential', () => {
  it('fail when the credential bought an allocation, naming why', () => {
    expect(rejectionVerdict('rejects-wrong-password', S, [{ url: U, result: granted() }]).detail).toContain('does not check passwords');
    expect(rejectionVerdict('rejects-expired-credential', S, [{ url: U, result: granted() }]).detail).toContain('does not check the expiry');
    expect(rejectionVerdict('rejects-wrong-password', S, [{ url: U, result: granted(true) }])).toMatchObject({ verdict: 'fail', severity: 'critical' });
  });

  it('pass on 401, or on another refusal; skipped when unreachable', () => {
    expect(rejectionVerdict('rejects-wrong-password', S, [{ url: U, result: refused(401) }])).toMatchObject({ verdict: 'pass', errorCode: 401 });
    expect(rejectionVerdict('rejects-wrong-password', S, [{ url: U, result: refused(403, false) }])).toMatchObject({ verdict: 'pass', errorCode: 403 });
    expect(rejectionVerdict('rejects-expired-credential', S, [{ url: U, result: silent }]).verdict).toBe('skipped');
  });
});

describe('allocation', () => {
  it('passes with the relay address and fails with the error or the transport problem', () => {
    expect(probeAllocationVerdict(U, granted()).detail).toBe('Allocate succeeded (relay 203.0.113.5:50000).');
    expect(probeAllocationVerdict(U, refused(401))).toMatchObject({ verdict: 'fail', errorCode: 401, detail: 'Allocate with the credentials was refused: 401 Unauthorized.' });
    expect(probeAllocationVerdict(U, silent).detail).toBe('No allocation: no answer within 1 s.');
  });
});

const results = (family: 'ipv4' | 'ipv6', answer: (address: string) => PeerAnswer): PeerResult[] =>
  SPECIAL_PURPOSE_PEERS.filter((p) => p.family === family).map((target) => ({ target, answer: answer(target.address) }));

describe('peer-restrictions', () => {
  it('passes when every peer is refused with 403 on both relays', () => {
    const c = peerRestrictionsVerdict({ server: S, ipv4: results('ipv4', () => forbidden), ipv6: results('ipv6', () => forbidden), connect: [] });
    expect(c).toMatchObject({ verdict: 'pass', detail: `All ${SPECIAL_PURPOSE_PEERS.length} special-purpose peers tested were refused with 403 Forbidden.` });
  });

  it('fails listing every accepted range; loopback and metadata are critical', () => {
    const c = peerRestrictionsVerdict({
      server: S,
      ipv4: results('ipv4', (a) => (a === '10.0.0.1' ? ok : forbidden)),
      ipv6: results('ipv6', (a) => (a === '::ffff:127.0.0.1' || a === '2002:7f00:1::' ? ok : forbidden)),
      connect: [],
    });
    expect(c.verdict).toBe('fail');
    expect(c.severity).toBe('critical');
    expect(c.detail).toContain('accepted 3 special-purpose peers: private 10.0.0.0/8 (RFC 1918) (10.0.0.1); IPv4-mapped loopback ::ffff:127.0.0.1 (::ffff:127.0.0.1); 6to4 loopback 2002:7f00:1:: (2002:7f00:1::)');
    const privateOnly = peerRestrictionsVerdict({ server: S, ipv4: results('ipv4', (a) => (a === '10.0.0.1' ? ok : forbidden)), ipv6: results('ipv6', () => forbidden), connect: [] });
    expect(privateOnly.severity).toBe('high');
  });

  it('says when IPv6 could not be tested instead of counting 443 as a refusal', () => {
    const c = peerRestrictionsVerdict({ server: S, ipv4: results('ipv4', () => forbidden), ipv6: { noRelay: 'the server gave no IPv6 relay (440 Address Family not Supported)' }, connect: [] });
    expect(c.verdict).toBe('pass');
    expect(c.detail).toContain('IPv6 peers (14 addresses, including the IPv4-in-IPv6 spellings) were not tested: the server gave no IPv6 relay (440');
  });

  it('counts a TCP Connect the server attempted (447) as granted, and unclear answers as a warning', () => {
    const target = SPECIAL_PURPOSE_PEERS[0]!;
    const connect: PeerResult[] = [{ target, answer: { kind: 'error', code: 447, reason: 'Connection Timeout or Failure', ms: 1 } }];
    expect(peerRestrictionsVerdict({ server: S, ipv4: results('ipv4', () => forbidden), ipv6: results('ipv6', () => forbidden), connect }).verdict).toBe('fail');
    const unclear = peerRestrictionsVerdict({ server: S, ipv4: results('ipv4', (a) => (a === '0.0.0.0' ? { kind: 'no-answer', message: 'x', ms: 1 } : forbidden)), ipv6: results('ipv6', () => forbidden), connect: [] });
    expect(unclear).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('No clear answer for 0.0.0.0 (no answer)') });
    expect(peerRestrictionsVerdict({ server: S, ipv4: null, ipv6: { noRelay: 'x' }, connect: [] })).toMatchObject({
      verdict: 'skipped',
      detail: 'No allocation with the credentials, so no permission could be asked for.',
    });
    expect(peerRestrictionsVerdict({ server: S, ipv4: null, ipv6: { noRelay: 'x' }, connect: [], noAllocation: UNREACHABLE }).detail).toBe(
      'The server could not be reached, so no permission could be asked for.',
    );
  });
});

describe('relay-to-public, tcp-relay, software-disclosure', () => {
  it('relay-to-public fails on an over-broad deny list', () => {
    expect(relayToPublicVerdict(S, [{ address: '1.1.1.1', answer: ok }]).verdict).toBe('pass');
    expect(relayToPublicVerdict(S, [{ address: '1.1.1.1', answer: forbidden }])).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(relayToPublicVerdict(S, []).verdict).toBe('skipped');
    expect(relayToPublicVerdict(S, [], UNREACHABLE).detail).toBe('The server could not be reached, so no permission could be asked for.');
  });

  it('tcp-relay warns when TCP allocations are granted, passes on 442', () => {
    expect(tcpRelayVerdict(S, granted())).toMatchObject({ verdict: 'warn', severity: 'medium' });
    expect(tcpRelayVerdict(S, { kind: 'error', code: 442, reason: 'Unsupported Transport Protocol', challenged: false, ms: 1 })).toMatchObject({ verdict: 'pass', errorCode: 442 });
    expect(tcpRelayVerdict(S, { untested: 'No TCP.' })).toMatchObject({ verdict: 'skipped', detail: 'No TCP.' });
  });

  it('software-disclosure warns on a version number only', () => {
    expect(softwareVerdict(S, ["Coturn-4.6.1 'Gorst'"], true)).toMatchObject({ verdict: 'warn', severity: 'low' });
    expect(softwareVerdict(S, ['Coturn'], true).verdict).toBe('pass');
    expect(softwareVerdict(S, [], true).detail).toBe('No SOFTWARE attribute in the answers.');
    expect(softwareVerdict(S, [], false).verdict).toBe('skipped');
  });
});

describe('tls', () => {
  const NOW = Date.parse('2026-01-01T00:00:00Z');
  const obs = (over: Partial<TlsObservation['versions']>, cert: Partial<NonNullable<TlsObservation['certificate']>> = {}): TlsObservation => ({
    versions: { TLSv1: { accepted: false }, 'TLSv1.1': { accepted: false }, 'TLSv1.2': { accepted: true }, 'TLSv1.3': { accepted: true }, ...over },
    certificate: { subject: 'CN=turn.example.com', validTo: '2026-03-01T00:00:00.000Z', ...cert },
  });

  it('passes on TLS 1.2+ with a valid, trusted certificate for the host', () => {
    expect(tlsVerdict('turns:h:5349', obs({}), NOW)).toMatchObject({ verdict: 'pass', detail: 'Protocols accepted: TLSv1.2, TLSv1.3. Certificate CN=turn.example.com, valid until 2026-03-01T00:00:00.000Z.' });
  });

  it('flags TLS 1.0/1.1, expiry, the host name and trust', () => {
    expect(tlsVerdict('u', obs({ TLSv1: { accepted: true }, 'TLSv1.1': { accepted: true } }), NOW)).toMatchObject({ verdict: 'fail', detail: expect.stringContaining('Accepts TLSv1 and TLSv1.1, deprecated by RFC 8996') });
    expect(tlsVerdict('u', obs({}, { validTo: '2025-12-01T00:00:00.000Z' }), NOW).detail).toContain('expired');
    expect(tlsVerdict('u', obs({}, { validTo: '2026-01-05T00:00:00.000Z' }), NOW)).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('expires soon') });
    expect(tlsVerdict('u', obs({}, { hostnameError: "Host: h. is not in the cert's altnames" }), NOW).verdict).toBe('fail');
    expect(tlsVerdict('u', obs({}, { trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), NOW)).toMatchObject({ verdict: 'warn', severity: 'medium' });
    expect(tlsVerdict('u', obs({ 'TLSv1.2': { accepted: false, error: 'ECONNREFUSED' }, 'TLSv1.3': { accepted: false } }), NOW)).toMatchObject({ verdict: 'fail', detail: 'No TLS handshake completed (TLS 1.2: ECONNREFUSED).' });
  });
});
