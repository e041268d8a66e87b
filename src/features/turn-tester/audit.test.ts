import { describe, expect, it } from 'vitest';
import {
  FakeClock,
  createFakeTurnNetwork,
  flush,
  type AllocationBehaviour,
  type RelayBehaviour,
} from '@/testing/fake-peer-connection';
import type { AuditEvent, AuditInput, CredentialSource } from './audit';
import { runAudit } from './audit';
import type { EndpointCredentials } from './credentials';
import { mintRestCredential } from './credentials';
import { uri } from '@/testing/uri';
import type { Check } from './verdicts';


const UDP = uri('turn:turn.example.com:3478');
const TCP = uri('turn:turn.example.com:3478?transport=tcp');
const TLS443 = uri('turns:turn.example.com:443?transport=tcp');
const SERVER = 'turn.example.com:3478';

const NOW = Date.UTC(2025, 0, 31, 12);
const SECRET = 'north-wind-secret-42';

interface ServerModel {
  /** 'check': HMAC and expiry (coturn use-auth-secret); 'any': accepts any password; 'no-auth': anonymous. */
  readonly auth: 'check' | 'any' | 'no-auth' | 'ignore-expiry';
  /** Per transport: 'up', 'refused' (701, TCP only), 'drop' (silent). */
  readonly udp?: 'up' | 'drop';
  readonly tcp?: 'up' | 'refused' | 'drop';
  /** Between two peers; 'self-blocked': relay↔relay fails, relay↔host connects (a hardened server). */
  readonly relay?: RelayBehaviour | 'self-blocked';
}

async function expectedPassword(username: string): Promise<string> {
  const [expiry, ...rest] = username.split(':');
  const r = await mintRestCredential({ secret: SECRET, userId: rest.join(':'), ttlSeconds: Number(expiry) - NOW / 1000, now: NOW }, globalThis.crypto.subtle);
  if (!r.ok) throw new Error(r.error);
  return r.credential.password;
}

async function world(model: ServerModel, knownUsers: readonly string[] = []) {
  const clock = new FakeClock();
  const valid = new Map<string, string>();
  for (const u of knownUsers) valid.set(u, await expectedPassword(u));
  const net = createFakeTurnNetwork(clock, {
    allocate: ({ url, username, credential }): AllocationBehaviour => {
      const isTcp = /transport=tcp|^turns:/.test(url);
      const state = isTcp ? (model.tcp ?? 'up') : (model.udp ?? 'up');
      if (state === 'drop') return { kind: 'silent' };
      if (state === 'refused') return { kind: 'error', code: 701, text: 'TURN allocate request timed out.', afterMs: 130 };
      if (model.auth === 'no-auth') return { kind: 'silent' }; // Chromium discards the unauthenticated success
      if (model.auth === 'any') return { kind: 'relay' };
      const expired = Number(username.split(':')[0]) * 1000 <= NOW;
      const refused: AllocationBehaviour = { kind: 'error', code: 401, text: 'Unauthorized' };
      if (valid.get(username) !== credential) return refused;
      if (expired && model.auth !== 'ignore-expiry') return refused;
      return { kind: 'relay' };
    },
    relay: (url, peerUrl) => (model.relay === 'self-blocked' ? (url !== '' && peerUrl !== '' ? 'fail' : 'connect') : (model.relay ?? 'connect')),
  });
  return { clock, ...net };
}

const sharedSecret: CredentialSource = { kind: 'shared-secret', secret: SECRET, userId: 'u-7f3a', ttlSeconds: 3600 };
const VALID_USER = '1738328400:u-7f3a';
const EXPIRED_USER = '1738238400:u-7f3a';

async function run(
  w: Awaited<ReturnType<typeof world>>,
  input: AuditInput,
  extra: { signal?: AbortSignal; advance?: number; onProgress?: (e: AuditEvent) => void } = {},
) {
  const events: { at: number; event: AuditEvent }[] = [];
  let planned: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (planned = resolve));
  const promise = runAudit(input, {
    createPeerConnection: w.factory,
    clock: w.clock,
    subtle: globalThis.crypto.subtle,
    wallClock: () => NOW,
    randomPassword: () => 'random-wrong-password',
    onProgress: (event) => {
      if (event.type === 'plan') planned();
      events.push({ at: w.clock.now(), event });
      extra.onProgress?.(event);
    },
    ...(extra.signal !== undefined ? { signal: extra.signal } : {}),
  });
  // Minting uses real WebCrypto; the probes (and their timers) exist once the plan is out.
  await Promise.race([started, promise]);
  await w.clock.advance(extra.advance ?? 20_000);
  const r = await promise;
  if (!r.ok) throw new Error(r.error);
  const checks = (id: Check['id']) => r.run.checks.filter((c) => c.id === id);
  const one = (id: Check['id']) => {
    const c = checks(id);
    expect(c).toHaveLength(1);
    return c[0] as Check;
  };
  return { run: r.run, events, checks, one };
}

/** Starts runAudit and waits until its probes exist (minting uses real, asynchronous WebCrypto). */
async function startAudit(w: Awaited<ReturnType<typeof world>>, input: AuditInput, signal?: AbortSignal) {
  let planned: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (planned = resolve));
  const promise = runAudit(input, {
    createPeerConnection: w.factory,
    clock: w.clock,
    subtle: globalThis.crypto.subtle,
    wallClock: () => NOW,
    onProgress: (e) => {
      if (e.type === 'plan') planned();
    },
    ...(signal !== undefined ? { signal } : {}),
  });
  await Promise.race([started, promise]);
  return { result: promise };
}

describe('runAudit', () => {
  it('shared secret against a correct server: everything passes, verdicts as soon as known', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const { run: r, events, checks } = await run(w, { urls: [UDP, TCP, TLS443], credentials: sharedSecret });
    expect(r.checks.map((c) => `${c.id} ${c.target} ${c.verdict}`)).toEqual([
      'allocation turn:turn.example.com:3478 pass',
      'allocation turn:turn.example.com:3478?transport=tcp pass',
      'allocation turns:turn.example.com:443?transport=tcp pass',
      'requires-authentication turn.example.com:3478 pass',
      'rejects-wrong-password turn.example.com:3478 pass',
      'rejects-expired-credential turn.example.com:3478 pass',
      'relay-connectivity turn.example.com:3478 pass',
      'requires-authentication turn.example.com:443 pass',
      'rejects-wrong-password turn.example.com:443 pass',
      'rejects-expired-credential turn.example.com:443 pass',
      'relay-connectivity turn.example.com:443 pass',
      'credential-lifetime credentials pass',
      'transport-coverage all URLs pass',
    ]);
    expect(checks('allocation').every((c) => c.ms === 70)).toBe(true);
    expect(checks('relay-connectivity').every((c) => /round trip 40 ms/.test(c.detail))).toBe(true);
    expect(r.startedAt).toBe('2025-01-31T12:00:00.000Z');
    expect(r.urls).toEqual([UDP.url, TCP.url, TLS443.url]);
    expect(r.cancelled).toBe(false);
    expect(r.candidates[UDP.url]).toHaveLength(1);

    // The plan comes first; every planned check is reported exactly once, allocation at 70 ms.
    expect(events[0]?.event.type).toBe('plan');
    const checkEvents = events.filter((e) => e.event.type === 'check');
    expect(checkEvents).toHaveLength(13);
    const allocationTimes = checkEvents.flatMap((e) => (e.event.type === 'check' && e.event.check.id === 'allocation' ? [e.at] : []));
    expect(allocationTimes).toEqual([70, 70, 70]);
    const lifetime = checkEvents.find((e) => e.event.type === 'check' && e.event.check.id === 'credential-lifetime');
    expect(lifetime?.at).toBe(0);
    expect(events.some((e) => e.event.type === 'candidate' && e.event.url === UDP.url)).toBe(true);
  });

  it('runs every probe concurrently from the start', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const { result: p } = await startAudit(w, { urls: [UDP, TCP], credentials: sharedSecret });
    await flush();
    expect(w.clock.now()).toBe(0);
    expect(w.created).toHaveLength(6); // valid, wrong, expired × 2 URLs
    const users = w.created.map((pc) => pc.server?.username);
    expect(users.filter((u) => u === VALID_USER)).toHaveLength(4);
    expect(users.filter((u) => u === EXPIRED_USER)).toHaveLength(2);
    const real = await expectedPassword(VALID_USER);
    const passwords = w.created.filter((pc) => pc.server?.username === VALID_USER).map((pc) => pc.server?.credential);
    expect(passwords.filter((c) => c === real)).toHaveLength(2);
    expect(passwords.filter((c) => c !== real)).toHaveLength(2);
    await w.clock.advance(20_000);
    await p;
  });

  it('static credentials against an anonymous (no-auth) server over TCP: warn naming both causes', async () => {
    const w = await world({ auth: 'no-auth' });
    const { one, run: r } = await run(w, {
      urls: [TCP],
      credentials: { kind: 'static', username: 'webrtc', password: 'hunter2' },
    });
    expect(one('allocation')).toMatchObject({ verdict: 'fail', ms: 5000 });
    expect(one('allocation').detail).toMatch(/TCP connection was neither refused/);
    const auth = one('requires-authentication');
    expect(auth).toMatchObject({ verdict: 'warn', severity: 'critical' });
    expect(auth.detail).toMatch(/anonymous TURN relay/);
    expect(auth.detail).toMatch(/firewall/);
    expect(one('rejects-wrong-password').verdict).toBe('warn');
    expect(one('relay-connectivity').verdict).toBe('skipped');
    expect(one('credential-lifetime').verdict).toBe('fail');
    expect(one('transport-coverage').verdict).toBe('warn');
    expect(r.checks.some((c) => c.id === 'rejects-expired-credential')).toBe(false);
  });

  it('anonymous server over UDP only: allocation "no answer", authentication skipped', async () => {
    const w = await world({ auth: 'no-auth' });
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret });
    expect(one('allocation').detail).toMatch(/Over UDP a browser cannot tell/);
    expect(one('requires-authentication').verdict).toBe('skipped');
    expect(one('requires-authentication').detail).toMatch(/\?transport=tcp/);
    expect(one('rejects-wrong-password').verdict).toBe('skipped');
    expect(one('rejects-expired-credential').verdict).toBe('skipped');
    expect(one('transport-coverage').detail).toMatch(/Only UDP/);
  });

  it('server that accepts any password: rejects-wrong-password fails (critical)', async () => {
    const w = await world({ auth: 'any' });
    const { one } = await run(w, { urls: [UDP], credentials: { kind: 'static', username: '1738328400:u1', password: 'pw' } });
    expect(one('requires-authentication').verdict).toBe('pass');
    expect(one('rejects-wrong-password')).toMatchObject({ verdict: 'fail', severity: 'critical' });
    expect(one('credential-lifetime').verdict).toBe('pass');
  });

  it('server that ignores the expiry: rejects-expired-credential fails', async () => {
    const w = await world({ auth: 'ignore-expiry' }, [VALID_USER, EXPIRED_USER]);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret });
    expect(one('rejects-wrong-password').verdict).toBe('pass');
    expect(one('rejects-expired-credential')).toMatchObject({ verdict: 'fail', severity: 'high' });
  });

  it('wrong secret: allocation fails with 401 explained', async () => {
    const w = await world({ auth: 'check' }, []);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret });
    expect(one('allocation')).toMatchObject({ verdict: 'fail', errorCode: 401, ms: 70 });
    expect(one('requires-authentication').verdict).toBe('pass');
    expect(one('relay-connectivity').detail).toMatch(/No allocation succeeded/);
  });

  it('nothing listening: UDP and TCP fail within 6 s with different explanations', async () => {
    const w = await world({ auth: 'check', udp: 'drop', tcp: 'refused' }, [VALID_USER]);
    const { checks, events } = await run(w, { urls: [UDP, TCP], credentials: sharedSecret });
    const [udp, tcp] = checks('allocation');
    expect(udp).toMatchObject({ verdict: 'fail', ms: 5000 });
    expect(tcp).toMatchObject({ verdict: 'fail', errorCode: 701, ms: 130 });
    expect(udp?.detail).not.toBe(tcp?.detail);
    const last = Math.max(...events.map((e) => e.at));
    expect(last).toBeLessThanOrEqual(6000);
  });

  it('starts relay connectivity in a task of its own, after the allocation verdict is out', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const peersAtVerdict: number[] = [];
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret }, {
      onProgress: (e) => {
        if (e.type !== 'check' || e.check.id !== 'allocation') return;
        peersAtVerdict.push(w.created.length);
        queueMicrotask(() => peersAtVerdict.push(w.created.length));
      },
    });
    // valid, wrong-password and expired probes; the two relay peers come a task later.
    expect(peersAtVerdict).toEqual([3, 3]);
    expect(w.created).toHaveLength(5);
    expect(one('relay-connectivity').verdict).toBe('pass');
  });

  it('relay denied: relay-connectivity fails with causes', async () => {
    const w = await world({ auth: 'check', relay: 'fail' }, [VALID_USER, EXPIRED_USER]);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret });
    expect(one('allocation').verdict).toBe('pass');
    expect(one('relay-connectivity')).toMatchObject({ verdict: 'fail' });
    expect(one('relay-connectivity').detail).toMatch(/denied-peer-ip/);
    expect(one('relay-connectivity').detail).toMatch(/Relaying to this browser’s own address \(relay↔host\) failed too\.$/);
  });

  it('a server that refuses its own relay addresses as peers: retried relay↔host, "self-relay blocked (may be intended)"', async () => {
    const w = await world({ auth: 'check', relay: 'self-blocked' }, [VALID_USER, EXPIRED_USER]);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret });
    const c = one('relay-connectivity');
    expect(c).toMatchObject({ verdict: 'warn', severity: 'low' });
    expect(c.detail).toMatch(/^Self-relay blocked \(may be intended\): .* \(round trip \d+ ms, median of 3\)/);
    // The retry's answerer has no TURN server: it offers this browser's own address.
    expect(w.created.filter((pc) => pc.config.iceServers?.length === 0)).toHaveLength(1);
  });

  it('does not retry when the relay worked, or when no relay candidate came', async () => {
    for (const relay of ['connect', undefined] as const) {
      const w = await world({ auth: 'check', ...(relay ? { relay } : {}) }, [VALID_USER, EXPIRED_USER]);
      await run(w, { urls: [UDP], credentials: sharedSecret });
      expect(w.created.some((pc) => pc.config.iceServers?.length === 0)).toBe(false);
    }
  });

  it('skips STUN URLs without creating a peer connection for them', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const stun = uri('stun:stun.example.org:19302');
    const { run: r } = await run(w, { urls: [stun, UDP], credentials: sharedSecret });
    expect(r.checks[0]).toMatchObject({ id: 'allocation', target: stun.url, verdict: 'skipped' });
    expect(w.created.some((pc) => pc.url.startsWith('stun'))).toBe(false);
  });

  it('only STUN URLs: nothing to probe', async () => {
    const w = await world({ auth: 'check' });
    const { run: r } = await run(w, { urls: [uri('stun:s')], credentials: { kind: 'static', username: 'u', password: 'p' } });
    expect(r.checks.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'allocation skipped',
      'credential-lifetime fail',
      'transport-coverage skipped',
    ]);
  });

  it('groups per-server checks by host and port', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const other = uri('turn:turn2.example.com:3478');
    const otherPort = uri('turn:turn.example.com:3479?transport=tcp');
    const { checks } = await run(w, { urls: [UDP, TCP, other, otherPort], credentials: sharedSecret });
    expect(checks('requires-authentication').map((c) => c.target)).toEqual([SERVER, 'turn2.example.com:3478', 'turn.example.com:3479']);
    expect(checks('relay-connectivity')).toHaveLength(3);
  });

  it('uses endpoint credentials and URIs, and audits the endpoint', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER]);
    const password = await expectedPassword(VALID_USER);
    const response: EndpointCredentials = {
      shape: 'turn-rest',
      ttlSeconds: 3600,
      iceServers: [{ urls: [UDP.url, 'turn://bad'], username: VALID_USER, credential: password }],
    };
    const { one, run: r } = await run(w, { urls: [], credentials: { kind: 'endpoint', response, anonymousAccess: true } });
    expect(r.urls).toEqual([UDP.url]);
    expect(one('allocation').verdict).toBe('pass');
    expect(one('endpoint')).toMatchObject({ verdict: 'fail', severity: 'high' });
    expect(one('credential-lifetime').verdict).toBe('pass');
    expect(r.checks.some((c) => c.id === 'rejects-expired-credential')).toBe(false);
  });

  it('picks the endpoint entry that lists the URL', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER]);
    const password = await expectedPassword(VALID_USER);
    const response: EndpointCredentials = {
      shape: 'ice-servers',
      iceServers: [
        { urls: ['stun:s.example'] },
        { urls: ['turn:elsewhere.example'], username: 'other', credential: 'x' },
        { urls: [UDP.url], username: VALID_USER, credential: password },
      ],
    };
    const { one, checks } = await run(w, { urls: [UDP], credentials: { kind: 'endpoint', response } });
    expect(one('allocation').verdict).toBe('pass');
    expect(checks('credential-lifetime').map((c) => c.target)).toEqual(['iceServers[1]', 'iceServers[2]']);
  });

  it('cancellation closes every peer connection and resolves at once', async () => {
    const w = await world({ auth: 'check', udp: 'drop' }, [VALID_USER, EXPIRED_USER]);
    const controller = new AbortController();
    const { result: promise } = await startAudit(w, { urls: [UDP], credentials: sharedSecret }, controller.signal);
    await w.clock.advance(1000);
    controller.abort();
    await flush();
    const r = await promise;
    expect(w.clock.now()).toBe(1000);
    expect(r.ok && r.run.cancelled).toBe(true);
    expect(w.created.length).toBeGreaterThan(0);
    expect(w.created.every((pc) => pc.closed)).toBe(true);
    if (!r.ok) return;
    expect(r.run.checks.filter((c) => c.id !== 'credential-lifetime' && c.id !== 'transport-coverage').every((c) => c.verdict === 'skipped')).toBe(true);
    expect(r.run.checks.find((c) => c.id === 'allocation')?.detail).toBe('Cancelled.');
  });

  it('cancellation during relay-connectivity closes its peer connections', async () => {
    const w = await world({ auth: 'check', relay: 'silent' }, [VALID_USER, EXPIRED_USER]);
    const controller = new AbortController();
    const { result: promise } = await startAudit(w, { urls: [UDP], credentials: sharedSecret }, controller.signal);
    await w.clock.advance(500);
    controller.abort();
    const r = await promise;
    expect(w.created).toHaveLength(5);
    expect(w.created.every((pc) => pc.closed)).toBe(true);
    expect(r.ok && r.run.checks.find((c) => c.id === 'relay-connectivity')).toMatchObject({ verdict: 'skipped', detail: 'Cancelled.' });
    expect(r.ok && r.run.checks.find((c) => c.id === 'allocation')?.verdict).toBe('pass');
  });

  it('a throwing progress listener does not break the run', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret }, {
      onProgress: () => {
        throw new Error('ui bug');
      },
    });
    expect(one('allocation').verdict).toBe('pass');
  });

  it('uses the configured timeout', async () => {
    const w = await world({ auth: 'check', udp: 'drop' }, [VALID_USER, EXPIRED_USER]);
    const { one } = await run(w, { urls: [UDP], credentials: sharedSecret, timeoutMs: 2000 });
    expect(one('allocation')).toMatchObject({ ms: 2000 });
    expect(one('allocation').detail).toMatch(/within 2 s/);
  });

  it('uses a random password by default', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const { result: p } = await startAudit(w, { urls: [UDP], credentials: sharedSecret });
    await w.clock.advance(20_000);
    const r = await p;
    const creds = w.created.filter((pc) => pc.server?.username === VALID_USER).map((pc) => pc.server?.credential);
    expect(creds[1]).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(r.ok && r.run.checks.find((c) => c.id === 'rejects-wrong-password')?.verdict).toBe('pass');
  });

  it('keeps credentials out of the run', async () => {
    const w = await world({ auth: 'check' }, [VALID_USER, EXPIRED_USER]);
    const { run: r } = await run(w, { urls: [UDP, TCP], credentials: { ...sharedSecret, userId: 'u-7f3a' } });
    const text = JSON.stringify(r);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(await expectedPassword(VALID_USER));
    expect(text).not.toContain('random-wrong-password');
    expect(text).not.toContain(VALID_USER);
  });

  it.each([
    [{ urls: [], credentials: sharedSecret }, 'TURN server URLs: enter at least one URL'],
    [{ urls: [UDP], credentials: { kind: 'static', username: '', password: 'p' } }, 'Username: enter the username'],
    [{ urls: [UDP], credentials: { kind: 'static', username: 'u', password: '' } }, 'Password: enter the password'],
    [{ urls: [UDP], credentials: { ...sharedSecret, ttlSeconds: 0 } }, 'Lifetime (seconds): enter a whole number of seconds, e.g. 3600'],
    [{ urls: [UDP], credentials: { ...sharedSecret, secret: '' } }, 'Shared secret: enter the shared secret'],
    [
      { urls: [UDP], credentials: { kind: 'endpoint', response: { shape: 'ice-servers', iceServers: [{ urls: ['stun:s'] }] } } },
      'Credential endpoint: the response has no username and credential for the TURN URLs',
    ],
  ] as [AuditInput, string][])('returns input errors before running: %s', async (input, error) => {
    const w = await world({ auth: 'check' });
    const r = await runAudit(input, { createPeerConnection: w.factory, clock: w.clock, subtle: globalThis.crypto.subtle, wallClock: () => NOW });
    expect(r).toEqual({ ok: false, error });
    expect(w.created).toHaveLength(0);
  });

  it('reports a missing WebCrypto for a shared secret', async () => {
    const w = await world({ auth: 'check' });
    const r = await runAudit({ urls: [UDP], credentials: sharedSecret }, { createPeerConnection: w.factory, clock: w.clock });
    expect(r).toMatchObject({ ok: false, error: /WebCrypto is not available/ });
  });
});
