import { describe, expect, it } from 'vitest';
import type { EndpointCredentials } from './credentials';
import type { AllocationOutcome, AllocationProbeResult } from './probe';
import type { RelayConnectivityResult } from './relay-probe';
import { type ParsedUri } from './uri';
import { uri } from '@/testing/uri';
import type { UrlProbes } from './verdicts';
import { allocationSkippedForStun, verdictForAllocation } from './verdict-allocation';
import {
  verdictForRejectsExpiredCredential,
  verdictForRejectsWrongPassword,
  verdictForRequiresAuthentication,
} from './verdict-auth';
import { verdictForTransportCoverage } from './verdict-coverage';
import { verdictForEndpoint } from './verdict-endpoint';
import { verdictForCredentialLifetime } from './verdict-lifetime';
import { verdictForRelayConnectivity } from './verdict-relay';


const UDP = uri('turn:turn.example.com:3478');
const TCP = uri('turn:turn.example.com:3478?transport=tcp');
const TLS443 = uri('turns:turn.example.com:443?transport=tcp');
const SERVER = 'turn.example.com:3478';

const RELAY_ROW = {
  type: 'relay',
  protocol: 'udp',
  address: '198.51.100.20',
  port: 50123,
  relayProtocol: 'udp',
  url: null,
  ms: 71,
} as const;

function result(u: ParsedUri, outcome: AllocationOutcome, ms = 70, timeoutMs = 6000): AllocationProbeResult {
  return { url: u.url, transport: u.transport, outcome, ms, timeoutMs, candidates: [], errors: [] };
}
const relay = (u: ParsedUri, ms = 71) => result(u, { kind: 'relay', candidate: { ...RELAY_ROW, ms } }, ms);
const error = (u: ParsedUri, code: number, ms = 70) => result(u, { kind: 'error', errorCode: code, errorText: '', url: u.url }, ms);
const silent = (u: ParsedUri) => result(u, { kind: 'no-answer', gatheringComplete: false }, 6000);
const cancelled = (u: ParsedUri) => result(u, { kind: 'cancelled' }, 10);

type Row =
  | readonly [ParsedUri, AllocationProbeResult | undefined, AllocationProbeResult | undefined]
  | readonly [ParsedUri, AllocationProbeResult | undefined, AllocationProbeResult | undefined, AllocationProbeResult | undefined];

/** Rows of [uri, valid probe, wrong-password probe, expired probe]; undefined = still running. */
function probes(...rows: Row[]): UrlProbes[] {
  return rows.map(([u, valid, wrong, expired]) => ({ uri: u, valid, wrong, expired }));
}

describe('verdictForAllocation', () => {
  it('passes on a relay candidate, showing address, protocols and time', () => {
    const c = verdictForAllocation(UDP, relay(UDP));
    expect(c).toEqual({
      id: 'allocation',
      scope: 'url',
      target: 'turn:turn.example.com:3478',
      verdict: 'pass',
      ms: 71,
      detail: 'Relay candidate 198.51.100.20:50123 (udp, relay protocol udp) after 71 ms. IPv4 relay address.',
    });
  });

  it('says how the browser reached the server beside the relayed protocol, and notes a 701 from another address family', () => {
    const tcp = result(TCP, { kind: 'relay', candidate: { ...RELAY_ROW, relayProtocol: 'tcp', address: '2001:db8::7' } });
    const withV4Error = { ...tcp, errors: [{ errorCode: 701, errorText: '', url: TCP.url, ms: 20, matched: true, address: '192.0.2.10' }] };
    const c = verdictForAllocation(TCP, withV4Error);
    expect(c.verdict).toBe('pass');
    expect(c.detail).toContain('IPv6 relay address.');
    expect(c.detail).toContain('"relay protocol tcp" is how the browser reached the server; the relayed media is UDP');
    expect(c.detail).toContain("The browser's IPv4 socket could not reach the server (701)");
  });

  it('names a CGNAT relay address', () => {
    const cgnat = result(UDP, { kind: 'relay', candidate: { ...RELAY_ROW, address: '100.64.3.4' } });
    expect(verdictForAllocation(UDP, cgnat).detail).toMatch(/carrier-grade NAT range \(100\.64\.0\.0\/10, RFC 6598\).*external-ip/);
  });

  it('notes a private relay address on a public server, but not on loopback', () => {
    const priv = result(UDP, { kind: 'relay', candidate: { ...RELAY_ROW, address: '10.0.0.5' } });
    expect(verdictForAllocation(UDP, priv).detail).toMatch(/external-ip/);
    expect(verdictForAllocation(UDP, priv).verdict).toBe('pass');
    const lo = uri('turn:127.0.0.1:3478');
    const loRelay = result(lo, { kind: 'relay', candidate: { ...RELAY_ROW, address: '127.0.0.1' } });
    expect(verdictForAllocation(lo, loRelay).detail).not.toMatch(/external-ip/);
    expect(verdictForAllocation(uri('turn:localhost'), loRelay).detail).not.toMatch(/external-ip/);
  });

  it('fails with the STUN error explained', () => {
    const c = verdictForAllocation(UDP, error(UDP, 401));
    expect(c).toMatchObject({ verdict: 'fail', errorCode: 401, ms: 70 });
    expect(c.detail).toMatch(/^401 Unauthorized: .*wrong username or password.*expired/);
    expect(verdictForAllocation(UDP, error(UDP, 438)).detail).toMatch(/^438 Stale Nonce/);
    expect(verdictForAllocation(TCP, error(TCP, 701, 130))).toMatchObject({ verdict: 'fail', errorCode: 701, ms: 130 });
  });

  it('fails with "no answer" and the causes for the transport', () => {
    const u = verdictForAllocation(UDP, silent(UDP));
    const t = verdictForAllocation(TCP, silent(TCP));
    const s = verdictForAllocation(TLS443, silent(TLS443));
    expect(u).toMatchObject({ verdict: 'fail', ms: 6000 });
    expect(u).not.toHaveProperty('errorCode');
    expect(u.detail).toMatch(/^No answer within 6 s\. Over UDP/);
    expect(t.detail).toMatch(/neither refused/);
    expect(s.detail).toMatch(/TLS connection hung/);
  });

  it('says when gathering ended early', () => {
    const r = result(UDP, { kind: 'no-answer', gatheringComplete: true }, 1200);
    expect(verdictForAllocation(UDP, r).detail).toMatch(/^Gathering ended after 1.2 s without a relay candidate or an error\. Over UDP/);
  });

  it('explains constructor errors, setup failures and cancellation', () => {
    const inv = (errorName: string) =>
      verdictForAllocation(UDP, result(UDP, { kind: 'invalid-config', errorName, message: 'm' }, 0)).detail;
    expect(inv('InvalidAccessError')).toMatch(/refused the credentials.*non-empty username and password/);
    expect(inv('SyntaxError')).toMatch(/refused the URL \(SyntaxError: m\)/);
    expect(inv('TypeError')).toMatch(/could not create the peer connection \(TypeError: m\)/);
    expect(verdictForAllocation(UDP, result(UDP, { kind: 'setup-failed', message: 'x' })).detail).toMatch(/could not start ICE/);
    expect(verdictForAllocation(UDP, cancelled(UDP))).toMatchObject({ verdict: 'skipped', detail: 'Cancelled.' });
  });

  it('skips STUN URLs', () => {
    expect(allocationSkippedForStun(uri('stun:s.example'))).toMatchObject({ verdict: 'skipped', target: 'stun:s.example:3478' });
  });
});

describe('verdictForRequiresAuthentication', () => {
  it('passes as soon as the wrong-password probe gets 401, even while other UDP URLs run', () => {
    const UDP2 = uri('turn:turn.example.com:3478?transport=udp');
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, undefined, error(UDP, 401, 68)], [UDP2, undefined, undefined]));
    expect(c).toMatchObject({ id: 'requires-authentication', scope: 'server', target: SERVER, verdict: 'pass', ms: 68, errorCode: 401 });
  });

  it('waits for a running TCP URL of the same server before passing', () => {
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, undefined, error(UDP, 401, 68)], [TCP, undefined, undefined]))).toBeNull();
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, silent(TCP), undefined]))).toMatchObject({ verdict: 'warn' });
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, relay(TCP), undefined]))?.verdict).toBe('pass');
  });

  it('never passes on one URL while a TCP URL of the same server is silent: warns naming both causes', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, silent(TCP), silent(TCP)]));
    expect(c).toMatchObject({ verdict: 'warn', severity: 'critical' });
    expect(c?.detail).toMatch(/^Over TCP \(turn:turn\.example\.com:3478\?transport=tcp\)/);
    expect(c?.detail).toMatch(/anonymous TURN relay/);
    expect(c?.detail).toMatch(/turn:turn\.example\.com:3478 did answer with authentication/);
    for (const verdict of [verdictForRejectsWrongPassword, verdictForRejectsExpiredCredential]) {
      const r = verdict(SERVER, probes([UDP, relay(UDP), error(UDP, 401), error(UDP, 401)], [TCP, silent(TCP), silent(TCP), silent(TCP)]));
      expect(r).toMatchObject({ verdict: 'warn', severity: 'critical' });
    }
  });

  it('still passes when the other TCP URL is refused (701) rather than silent', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, error(TCP, 701), error(TCP, 701)]));
    expect(c?.verdict).toBe('pass');
  });

  it('passes when a valid probe got a relay candidate', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, relay(UDP), undefined]));
    expect(c?.verdict).toBe('pass');
    expect(c?.detail).toMatch(/only an authenticated answer/);
  });

  it('waits while undecided', () => {
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, silent(UDP), undefined]))).toBeNull();
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, undefined, silent(UDP)]))).toBeNull();
  });

  it('warns when a TCP URL gets neither 701 nor a challenge nor a candidate, naming both causes', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([TCP, silent(TCP), silent(TCP)]));
    expect(c).toMatchObject({ verdict: 'warn', severity: 'critical', ms: 6000 });
    expect(c?.detail).toMatch(/anonymous TURN relay.*critical: anyone can relay/);
    expect(c?.detail).toMatch(/firewall that silently drops the connection/);
    expect(c?.detail).toMatch(/neither refused the connection \(701\) nor challenged \(401\)/);
  });

  it('warns for TLS too, even when UDP was silent', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, silent(UDP), silent(UDP)], [TLS443, silent(TLS443), silent(TLS443)]));
    expect(c?.verdict).toBe('warn');
    expect(c?.detail).toMatch(/^Over TLS/);
  });

  it('skips when only UDP is offered and nothing answers, suggesting a TCP URL', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, silent(UDP), silent(UDP)]));
    expect(c?.verdict).toBe('skipped');
    expect(c).not.toHaveProperty('severity');
    expect(c?.detail).toMatch(/cannot tell an anonymous TURN server .* from an unreachable one/);
    expect(c?.detail).toMatch(/turn:turn\.example\.com:3478\?transport=tcp/);
  });

  it('skips when UDP is silent and TCP is refused (701)', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, silent(UDP), silent(UDP)], [TCP, error(TCP, 701), error(TCP, 701)]));
    expect(c?.verdict).toBe('skipped');
    expect(c?.detail).toMatch(/TCP\/TLS URLs could not be reached either/);
  });

  it('explains a 701 on turns: with the TLS handshake or certificate, and a DNS failure as a host name problem', () => {
    const tls = result(TLS443, { kind: 'error', errorCode: 701, errorText: 'Failed to establish connection', url: TLS443.url }, 120);
    const alloc = verdictForAllocation(TLS443, tls);
    expect(alloc.detail).toMatch(/^701 Server not reachable \(browser reported "Failed to establish connection"\): TLS handshake failed or the certificate is not trusted/);
    const auth = verdictForRequiresAuthentication('turn.example.com:443', probes([TLS443, tls, tls]));
    expect(auth).toMatchObject({ verdict: 'skipped', errorCode: 701 });
    expect(auth?.detail).toMatch(/could not connect to the server \(701\).*TLS handshake failed or the certificate is not trusted/);
    expect(auth?.detail).not.toMatch(/could not be reached/);
    const dns = result(UDP, { kind: 'error', errorCode: 701, errorText: 'STUN host lookup received error.', url: UDP.url }, 30);
    expect(verdictForAllocation(UDP, dns).detail).toMatch(/host name could not be resolved.*check the spelling/);
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, dns, dns]))?.detail).toMatch(/host name could not be resolved/);
  });

  it('skips when the server cannot be reached at all', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([TCP, error(TCP, 701), error(TCP, 701)]));
    expect(c).toMatchObject({ verdict: 'skipped', errorCode: 701 });
  });

  it('warns when the server answers another error instead of a challenge', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, error(UDP, 403), error(UDP, 403)]));
    expect(c).toMatchObject({ verdict: 'warn', errorCode: 403 });
    expect(c?.detail).toMatch(/403 Forbidden .* instead of a 401 challenge/);
  });

  it('skips on cancellation and when the browser refused the probe', () => {
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, cancelled(UDP), cancelled(UDP)]))).toMatchObject({
      verdict: 'skipped',
      detail: 'Cancelled.',
    });
    const inv = result(UDP, { kind: 'invalid-config', errorName: 'InvalidAccessError', message: '' }, 0);
    expect(verdictForRequiresAuthentication(SERVER, probes([UDP, inv, inv]))?.detail).toMatch(/refused to start the probe/);
  });

  it('never passes on a 401 to the valid credentials alone', () => {
    const c = verdictForRequiresAuthentication(SERVER, probes([UDP, error(UDP, 401), silent(UDP)]));
    expect(c?.verdict).not.toBe('pass');
  });
});

describe('verdictForRejectsWrongPassword', () => {
  it('passes on 401 once every wrong-password probe is done', () => {
    expect(verdictForRejectsWrongPassword(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, relay(TCP), undefined]))).toBeNull();
    const c = verdictForRejectsWrongPassword(SERVER, probes([UDP, relay(UDP), error(UDP, 401)], [TCP, relay(TCP), error(TCP, 401)]));
    expect(c).toMatchObject({ id: 'rejects-wrong-password', verdict: 'pass', errorCode: 401 });
    expect(c?.detail).toMatch(/random password/);
  });

  it('fails (critical) as soon as a random password gets a relay candidate', () => {
    const c = verdictForRejectsWrongPassword(SERVER, probes([UDP, relay(UDP), relay(UDP, 90)], [TCP, undefined, undefined]));
    expect(c).toMatchObject({ verdict: 'fail', severity: 'critical', ms: 90 });
    expect(c?.detail).toMatch(/does not check passwords/);
  });

  it('never passes otherwise: warn like requires-authentication over TCP', () => {
    const c = verdictForRejectsWrongPassword(SERVER, probes([TCP, silent(TCP), silent(TCP)]));
    expect(c).toMatchObject({ verdict: 'warn', severity: 'critical' });
    expect(c?.detail).toMatch(/anonymous TURN relay/);
    expect(c?.detail).toMatch(/firewall/);
  });

  it('never passes otherwise: skipped over UDP only', () => {
    const c = verdictForRejectsWrongPassword(SERVER, probes([UDP, relay(UDP), silent(UDP)]));
    expect(c?.verdict).toBe('skipped');
  });

  it('matches requires-authentication in the anonymous cases', () => {
    for (const p of [probes([TCP, silent(TCP), silent(TCP)]), probes([UDP, silent(UDP), silent(UDP)])]) {
      expect(verdictForRejectsWrongPassword(SERVER, p)?.verdict).toBe(verdictForRequiresAuthentication(SERVER, p)?.verdict);
    }
  });
});

describe('verdictForRejectsExpiredCredential', () => {
  it('passes when refused, fails when accepted, waits while pending', () => {
    expect(verdictForRejectsExpiredCredential(SERVER, probes([UDP, relay(UDP), error(UDP, 401), error(UDP, 401)]))).toMatchObject({
      id: 'rejects-expired-credential',
      verdict: 'pass',
      errorCode: 401,
    });
    const fail = verdictForRejectsExpiredCredential(SERVER, probes([UDP, relay(UDP), error(UDP, 401), relay(UDP)]));
    expect(fail).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(fail?.detail).toMatch(/does not check the TURN REST timestamp/);
    expect(verdictForRejectsExpiredCredential(SERVER, probes([UDP, relay(UDP), error(UDP, 401), undefined]))).toBeNull();
    expect(verdictForRejectsExpiredCredential(SERVER, probes([TCP, relay(TCP), error(TCP, 401), silent(TCP)]))?.verdict).toBe('warn');
  });
});

describe('verdictForRelayConnectivity', () => {
  const base = { url: UDP.url, answerer: 'relay', ms: 250, timeoutMs: 10000, relayCandidates: { offerer: 1, answerer: 1 }, errors: [] } as const;
  const r = (outcome: RelayConnectivityResult['outcome']): RelayConnectivityResult => ({ ...base, outcome });

  it('passes with the round-trip time', () => {
    const c = verdictForRelayConnectivity(SERVER, r({ kind: 'connected', rttMs: 3.6, rtts: [3, 4, 3.6] }));
    expect(c).toMatchObject({ id: 'relay-connectivity', scope: 'server', verdict: 'pass', ms: 250 });
    expect(c.detail).toMatch(/round trip 4 ms \(median of 3\)/);
  });

  it('fails on ICE failure with the usual causes', () => {
    const c = verdictForRelayConnectivity(SERVER, r({ kind: 'ice-failed', iceConnectionState: 'failed', connectionState: 'failed' }));
    expect(c).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(c.detail).toMatch(/relay port range/);
    expect(c.detail).toMatch(/external-ip/);
    expect(c.detail).toMatch(/denied-peer-ip.*own relay address/);
    expect(c.detail).toMatch(/^ICE failed .*\(ICE state "failed"\)/);
  });

  it('words a failed connection with ICE "disconnected" consistently with that state', () => {
    const c = verdictForRelayConnectivity(SERVER, r({ kind: 'ice-failed', iceConnectionState: 'disconnected', connectionState: 'failed' }));
    expect(c.verdict).toBe('fail');
    expect(c.detail).toMatch(/^The connection between two relay candidates .* failed \(connection state "failed", ICE state "disconnected"\)/);
    expect(c.detail).not.toMatch(/ICE failed/);
  });

  it.each([
    ['gathering', /did not get a relay candidate/],
    ['connecting', /ICE did not connect .*denied-peer-ip/],
    ['messaging', /ICE connected .* did not come back/],
  ] as const)('fails on timeout in phase %s', (phase, text) => {
    const c = verdictForRelayConnectivity(SERVER, r({ kind: 'timeout', phase, iceConnectionState: 'checking' }));
    expect(c.verdict).toBe('fail');
    expect(c.detail).toMatch(text);
  });

  it('covers the remaining outcomes', () => {
    expect(verdictForRelayConnectivity(SERVER, r({ kind: 'channel-closed' })).verdict).toBe('fail');
    expect(verdictForRelayConnectivity(SERVER, r({ kind: 'invalid-config', errorName: 'E', message: 'm' })).verdict).toBe('fail');
    expect(verdictForRelayConnectivity(SERVER, r({ kind: 'setup-failed', message: 'm' })).verdict).toBe('fail');
    expect(verdictForRelayConnectivity(SERVER, r({ kind: 'cancelled' })).verdict).toBe('skipped');
    expect(verdictForRelayConnectivity(SERVER, 'cancelled')).toMatchObject({ verdict: 'skipped', detail: 'Cancelled.' });
    expect(verdictForRelayConnectivity(SERVER, 'no-allocation').detail).toMatch(/No allocation succeeded/);
  });
});

describe('verdictForCredentialLifetime', () => {
  const NOW = Date.UTC(2025, 0, 31, 12); // 1738324800
  it('fails static credentials', () => {
    const c = verdictForCredentialLifetime({ kind: 'static', username: 'webrtc', now: NOW });
    expect(c).toMatchObject({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'fail', severity: 'high', ms: 0 });
    expect(c.detail).toMatch(/anyone who reads your JavaScript can reuse them/);
  });

  it('passes REST usernames expiring within 24 h and warns above', () => {
    expect(verdictForCredentialLifetime({ kind: 'static', username: '1738328400:u1', now: NOW })).toMatchObject({ verdict: 'pass' });
    expect(verdictForCredentialLifetime({ kind: 'static', username: '1738411200:u1', now: NOW }).verdict).toBe('pass');
    const long = verdictForCredentialLifetime({ kind: 'static', username: String(Math.floor(NOW / 1000) + 3 * 86_400) + ':u1', now: NOW });
    expect(long).toMatchObject({ verdict: 'warn', severity: 'medium' });
    expect(long.detail).toMatch(/3 days, more than 24 h/);
    expect(long.detail).toMatch(/Expiry read from the username: \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
  });

  it('fails a REST expiry far in the future: coturn accepts any expiry that is not past', () => {
    const far = verdictForCredentialLifetime({ kind: 'static', username: '1740000000:u1', now: NOW });
    expect(far).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(far.detail).toMatch(/expires only in 19.4 days: coturn accepts any TURN REST expiry that is not in the past, with no maximum/);
  });

  it('warns (never passes) on an already expired credential, explaining why', () => {
    for (const input of [
      { kind: 'static', username: '1738320000:u1', now: NOW },
      { kind: 'endpoint', username: '1738320000:u1', ttlSeconds: 3600, now: NOW },
    ] as const) {
      const c = verdictForCredentialLifetime(input);
      expect(c).toMatchObject({ verdict: 'warn', severity: 'medium' });
      expect(c.detail).toMatch(/already expired 80 min ago/);
      expect(c.detail).toMatch(/must mint a fresh one/);
      expect(c.detail).toMatch(/clock/);
    }
  });

  it('notes a timestamp in milliseconds', () => {
    const ms = verdictForCredentialLifetime({ kind: 'static', username: '1738328400000:u1', now: NOW });
    expect(ms.verdict).toBe('fail');
    expect(ms.detail).toMatch(/looks like milliseconds/);
  });

  it('uses the minted ttl for a shared secret', () => {
    expect(verdictForCredentialLifetime({ kind: 'shared-secret', ttlSeconds: 86400, userId: 'u1' }).verdict).toBe('pass');
    expect(verdictForCredentialLifetime({ kind: 'shared-secret', ttlSeconds: 3600, userId: '' }).detail).toMatch(/expire after 60 min/);
    expect(verdictForCredentialLifetime({ kind: 'shared-secret', ttlSeconds: 86401, userId: 'u1' }).verdict).toBe('warn');
  });

  it('warns when the user id looks like personal data, without repeating it', () => {
    const c = verdictForCredentialLifetime({ kind: 'shared-secret', ttlSeconds: 3600, userId: 'alice@example.com' });
    expect(c).toMatchObject({ verdict: 'warn', severity: 'medium' });
    expect(c.detail).toMatch(/looks like an email address: the username travels in clear text/);
    expect(c.detail).not.toContain('alice');
    expect(verdictForCredentialLifetime({ kind: 'static', username: '1738328400:+49 171 2345678', now: NOW }).verdict).toBe('warn');
    const both = verdictForCredentialLifetime({ kind: 'static', username: 'Alice Smith', now: NOW });
    expect(both.verdict).toBe('fail');
    expect(both.detail).toMatch(/person’s name/);
  });

  it('handles endpoint credentials: REST username, opaque username with ttl, none', () => {
    expect(verdictForCredentialLifetime({ kind: 'endpoint', username: '1738328400:u1', ttlSeconds: 3600, now: NOW }).detail).not.toMatch(/does not match/);
    expect(verdictForCredentialLifetime({ kind: 'endpoint', username: '1738328400:u1', ttlSeconds: 86400, now: NOW }).detail).toMatch(
      /ttl \(24 h\) does not match/,
    );
    const opaque = verdictForCredentialLifetime({ kind: 'endpoint', username: 'a8f5f167f44f4964e6c998dee827110c', ttlSeconds: 86400, now: NOW });
    expect(opaque).toMatchObject({ verdict: 'warn', severity: 'low' });
    expect(opaque.detail).toMatch(/cannot check that the server enforces it/);
    expect(verdictForCredentialLifetime({ kind: 'endpoint', username: 'x', ttlSeconds: 172800, now: NOW }).detail).toMatch(/above 24 h/);
    expect(verdictForCredentialLifetime({ kind: 'endpoint', username: 'x', now: NOW, target: 'iceServers[1]' })).toMatchObject({
      verdict: 'fail',
      target: 'iceServers[1]',
    });
  });
});

describe('verdictForTransportCoverage', () => {
  it('passes when TLS or TCP on 443 works, preferring TLS', () => {
    const tcp443 = uri('turn:turn.example.com:443?transport=tcp');
    const c = verdictForTransportCoverage([
      { uri: UDP, allocation: relay(UDP) },
      { uri: tcp443, allocation: relay(tcp443) },
      { uri: TLS443, allocation: relay(TLS443, 90) },
    ]);
    expect(c).toMatchObject({ id: 'transport-coverage', scope: 'run', target: 'all URLs', verdict: 'pass', ms: 90 });
    expect(c?.detail).toMatch(/^turns:turn.example.com:443\?transport=tcp works/);
    const onlyTcp = verdictForTransportCoverage([{ uri: tcp443, allocation: relay(tcp443) }]);
    expect(onlyTcp?.detail).toMatch(/Consider turns: on 443/);
  });

  it('passes early even while other URLs run', () => {
    expect(verdictForTransportCoverage([{ uri: UDP, allocation: undefined }, { uri: TLS443, allocation: relay(TLS443) }])?.verdict).toBe('pass');
    expect(verdictForTransportCoverage([{ uri: UDP, allocation: undefined }, { uri: TLS443, allocation: silent(TLS443) }])).toBeNull();
  });

  it('warns when only UDP is offered', () => {
    const c = verdictForTransportCoverage([{ uri: UDP, allocation: relay(UDP) }]);
    expect(c).toMatchObject({ verdict: 'warn', severity: 'medium' });
    expect(c?.detail).toMatch(/Only UDP is offered.*Add turns:turn.example.com:443/);
  });

  it('warns when TCP/TLS is offered only on other ports, or 443 does not work', () => {
    const tls5349 = uri('turns:turn.example.com');
    expect(verdictForTransportCoverage([{ uri: tls5349, allocation: relay(tls5349) }])?.detail).toMatch(/TCP\/TLS works only on port 5349\./);
    const failed = verdictForTransportCoverage([{ uri: tls5349, allocation: error(tls5349, 701) }]);
    expect(failed?.detail).toMatch(/^turns:turn\.example\.com:5349 was offered but did not work/);
    expect(failed?.detail).not.toMatch(/works only/);
    expect(verdictForTransportCoverage([{ uri: TLS443, allocation: error(TLS443, 701) }])?.detail).toMatch(/443\?transport=tcp is offered but its allocation failed/);
  });

  it('skips without TURN URLs or when cancelled', () => {
    expect(verdictForTransportCoverage([])?.verdict).toBe('skipped');
    expect(verdictForTransportCoverage([{ uri: uri('stun:s'), allocation: undefined }])?.verdict).toBe('skipped');
    expect(verdictForTransportCoverage([{ uri: TLS443, allocation: cancelled(TLS443) }])?.detail).toBe('Cancelled.');
  });
});

describe('verdictForEndpoint', () => {
  const good: EndpointCredentials = {
    shape: 'turn-rest',
    ttlSeconds: 86400,
    iceServers: [{ urls: ['turn:t.example:3478', 'turns:t.example:443?transport=tcp'], username: 'u', credential: 'c' }],
  };

  it('passes a well-formed response refused to anonymous callers', () => {
    const c = verdictForEndpoint({ response: good, anonymousAccess: false });
    expect(c).toMatchObject({ id: 'endpoint', scope: 'run', verdict: 'pass' });
    expect(c.detail).toMatch(/TURN REST .*ttl 24 h.*2 URIs, 2 TURN.*without cookies was refused/);
    expect(verdictForEndpoint({ response: good }).detail).toMatch(/Not checked whether a request without cookies/);
  });

  it('fails when anonymous callers get credentials, explaining the risk', () => {
    const c = verdictForEndpoint({ response: good, anonymousAccess: true });
    expect(c).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(c.detail).toMatch(/anyone can fetch them and relay traffic through your TURN server/);
  });

  it('warns on a missing or long ttl, invalid URIs and no TURN URI', () => {
    const { ttlSeconds: _ttl, ...noTtl } = good;
    void _ttl;
    expect(verdictForEndpoint({ response: noTtl }).detail).toMatch(/no ttl/);
    expect(verdictForEndpoint({ response: { ...good, ttlSeconds: 604800 } })).toMatchObject({ verdict: 'warn' });
    const bad = verdictForEndpoint({ response: { shape: 'ice-servers', iceServers: [{ urls: ['stun:s', 'turn://x'] }] } });
    expect(bad.verdict).toBe('warn');
    expect(bad.detail).toMatch(/Invalid URIs: "turn:\/\/x"/);
    expect(bad.detail).toMatch(/No turn: or turns: URI/);
    expect(bad.detail).toMatch(/iceServers list with 1 entry/);
  });
});
