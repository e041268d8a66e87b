import { describe, expect, it, vi } from 'vitest';
import {
  FakeClock,
  createFakeFactory,
  createFakeTurnNetwork,
  flush,
  type FakePeerConnection,
  type RelayBehaviour,
} from '@/testing/fake-peer-connection';
import { parseCandidateLine } from './candidates';
import type { PeerConnectionFactory } from './peer-connection';
import type { AllocationProbeResult } from './probe';
import { ERROR_701_GRACE_MS, probeAllocation } from './probe';
import { probeRelayConnectivity } from './relay-probe';
import { uri } from '@/testing/uri';


const URL = uri('turn:127.0.0.1:3478');
const TCP = uri('turn:127.0.0.1:3478?transport=tcp');

function setup(onGather?: (pc: FakePeerConnection, clock: FakeClock) => void) {
  const clock = new FakeClock();
  const { factory, created } = createFakeFactory((pc) => {
    if (onGather !== undefined) pc.onGather = (p) => onGather(p, clock);
  });
  return { clock, factory, created };
}

/** Tracks whether a promise settled without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state: { value?: T; done: boolean } = { done: false };
  void promise.then((value) => {
    state.value = value;
    state.done = true;
  });
  return state;
}

function expectCleanedUp(pc: FakePeerConnection | undefined, clock: FakeClock) {
  expect(pc?.closed).toBe(true);
  expect(pc?.listenerCount('icecandidate')).toBe(0);
  expect(pc?.listenerCount('icecandidateerror')).toBe(0);
  expect(clock.pendingTimers).toBe(0);
}

describe('probeAllocation', () => {
  it('creates a relay-only peer connection with only this server and a data channel', async () => {
    const { clock, factory, created } = setup((pc, c) => c.setTimeout(() => pc.emitCandidate({ type: 'relay' }), 70));
    const p = probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock });
    await clock.advance(100);
    await p;
    expect(created).toHaveLength(1);
    expect(created[0]?.config).toEqual({
      iceServers: [{ urls: 'turn:127.0.0.1:3478', username: 'u', credential: 'p' }],
      iceTransportPolicy: 'relay',
    });
    expect(created[0]?.channels).toHaveLength(1);
    expect(created[0]?.localDescription?.type).toBe('offer');
  });

  it('resolves on the first relay candidate with its address, protocols and time', async () => {
    const { clock, factory, created } = setup((pc, c) =>
      c.setTimeout(() => pc.emitCandidate({ type: 'relay', address: '198.51.100.9', port: 61000, relayProtocol: 'tcp' }), 70),
    );
    const onCandidate = vi.fn();
    const state = track(probeAllocation({ uri: TCP, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock, onCandidate }));
    await clock.advance(69);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.done).toBe(true);
    const r = state.value as AllocationProbeResult;
    expect(r.outcome).toEqual({
      kind: 'relay',
      candidate: {
        type: 'relay',
        protocol: 'udp',
        address: '198.51.100.9',
        port: 61000,
        relayProtocol: 'tcp',
        url: 'turn:127.0.0.1:3478?transport=tcp',
        ms: 70,
      },
    });
    expect(r.ms).toBe(70);
    expect(r.url).toBe('turn:127.0.0.1:3478?transport=tcp');
    expect(r.transport).toBe('tcp');
    expect(r.candidates).toHaveLength(1);
    expect(onCandidate).toHaveBeenCalledTimes(1);
    expectCleanedUp(created[0], clock);
  });

  it('collects non-relay candidates for the table, parses Firefox-style candidates and fills relayProtocol', async () => {
    const { clock, factory } = setup((pc, c) => {
      c.setTimeout(() => pc.emitCandidate({ type: 'host', address: 'abc.local', port: 1 }), 5);
      c.setTimeout(() => pc.emitCandidate({ type: 'srflx', address: '203.0.113.2', port: 2 }), 10);
      c.setTimeout(() => pc.emitRawCandidate('candidate:0 1 UDP 92217343 203.0.113.7 53211 typ relay raddr 0.0.0.0 rport 0'), 40);
    });
    const r = await Promise.all([
      probeAllocation({ uri: uri('turns:t.example:443'), username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }),
      clock.advance(50),
    ]).then(([x]) => x);
    expect(r.candidates.map((c) => [c.type, c.ms])).toEqual([
      ['host', 5],
      ['srflx', 10],
      ['relay', 40],
    ]);
    expect(r.outcome).toMatchObject({
      kind: 'relay',
      candidate: { protocol: 'udp', address: '203.0.113.7', port: 53211, relayProtocol: 'tls', url: null },
    });
  });

  it('fails fast on 401 with the error details', async () => {
    const { clock, factory, created } = setup((pc, c) => c.setTimeout(() => pc.emitError(401, 'Unauthorized', 'turn:127.0.0.1:3478?transport=udp'), 72));
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'wrong' }, { createPeerConnection: factory, clock }));
    await clock.advance(72);
    expect(state.value?.outcome).toEqual({
      kind: 'error',
      errorCode: 401,
      errorText: 'Unauthorized',
      url: 'turn:127.0.0.1:3478?transport=udp',
    });
    expect(state.value?.ms).toBe(72);
    expect(state.value?.errors).toEqual([
      { errorCode: 401, errorText: 'Unauthorized', url: 'turn:127.0.0.1:3478?transport=udp', ms: 72, matched: true, address: '192.0.2.10' },
    ]);
    expectCleanedUp(created[0], clock);
  });

  it('reports 701 as soon as gathering ends (real Chromium: the null candidate follows at once)', async () => {
    const { clock, factory, created } = setup((pc, c) =>
      c.setTimeout(() => {
        pc.emitError(701, 'Failed to establish connection');
        pc.endGathering();
      }, 130),
    );
    const state = track(probeAllocation({ uri: TCP, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(130);
    expect(state.value?.outcome).toMatchObject({ kind: 'error', errorCode: 701, errorText: 'Failed to establish connection' });
    expect(state.value?.ms).toBe(130);
    expectCleanedUp(created[0], clock);
  });

  it('lets another socket still deliver a relay candidate after a 701 (dual-stack host name)', async () => {
    const { clock, factory } = setup((pc, c) => {
      c.setTimeout(() => pc.emitError(701, 'Failed to establish connection'), 40);
      c.setTimeout(() => pc.emitCandidate({ type: 'relay', relayProtocol: 'tcp' }), 120);
      c.setTimeout(() => pc.endGathering(), 125);
    });
    const state = track(probeAllocation({ uri: TCP, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(119);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome.kind).toBe('relay');
    expect(state.value?.ms).toBe(120);
    expect(state.value?.errors).toMatchObject([{ errorCode: 701, matched: true, ms: 40 }]);
  });

  it('reports a 701 after the grace period when another socket stays silent', async () => {
    const { clock, factory, created } = setup((pc, c) => c.setTimeout(() => pc.emitError(701, 'Failed to establish connection'), 130));
    const state = track(probeAllocation({ uri: TCP, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(130 + ERROR_701_GRACE_MS - 1);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome).toMatchObject({ kind: 'error', errorCode: 701 });
    expect(state.value?.ms).toBe(130 + ERROR_701_GRACE_MS);
    expectCleanedUp(created[0], clock);
  });

  it('never lets the 701 grace period run past the timeout, and reports the 701 rather than no-answer', async () => {
    const { clock, factory } = setup((pc, c) => c.setTimeout(() => pc.emitError(701, 'TURN host lookup received error.'), 1800));
    const state = track(
      probeAllocation({ uri: URL, username: 'u', credential: 'p', timeoutMs: 2000 }, { createPeerConnection: factory, clock }),
    );
    await clock.advance(2000);
    expect(state.value?.outcome).toMatchObject({ kind: 'error', errorCode: 701 });
    expect(state.value?.ms).toBe(2000);
  });

  it('does not wait after a server answer such as 401, even before gathering ends', async () => {
    const { clock, factory } = setup((pc, c) => c.setTimeout(() => pc.emitError(401, 'Unauthorized'), 60));
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(60);
    expect(state.value?.outcome).toMatchObject({ kind: 'error', errorCode: 401 });
  });

  it('ignores errors that name another server', async () => {
    const { clock, factory } = setup((pc, c) => {
      c.setTimeout(() => pc.emitError(701, '', 'stun:stun.example.org:19302'), 10);
      c.setTimeout(() => pc.emitCandidate({ type: 'relay' }), 80);
    });
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(100);
    expect(state.value?.outcome.kind).toBe('relay');
    expect(state.value?.errors).toEqual([
      { errorCode: 701, errorText: '', url: 'stun:stun.example.org:19302', ms: 10, matched: false, address: '192.0.2.10' },
    ]);
  });

  it('reports no-answer exactly at the configured timeout, without waiting for gathering to complete', async () => {
    const { clock, factory, created } = setup();
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p', timeoutMs: 2500 }, { createPeerConnection: factory, clock }));
    await clock.advance(2499);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome).toEqual({ kind: 'no-answer', gatheringComplete: false });
    expect(state.value?.ms).toBe(2500);
    expect(state.value?.timeoutMs).toBe(2500);
    expect(created[0]?.iceGatheringState).toBe('gathering');
    expectCleanedUp(created[0], clock);
  });

  it('defaults to a 5 s timeout, leaving room in the 6 s budget for setup and rendering', async () => {
    const { clock, factory } = setup();
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(4999);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome.kind).toBe('no-answer');
    expect(state.value?.ms).toBe(5000);
  });

  it('ends early when gathering completes without a relay candidate or error', async () => {
    const { clock, factory } = setup((pc, c) => c.setTimeout(() => pc.endGathering(), 300));
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(300);
    expect(state.value?.outcome).toEqual({ kind: 'no-answer', gatheringComplete: true });
    expect(state.value?.ms).toBe(300);
  });

  it.each([
    ['InvalidAccessError', 'ICE server parse failed'],
    ['SyntaxError', 'Invalid URL'],
  ])('turns a synchronous %s from the constructor into a result', async (name, message) => {
    const clock = new FakeClock();
    const factory: PeerConnectionFactory = () => {
      throw new DOMException(message, name);
    };
    const r = await probeAllocation({ uri: URL, username: '', credential: '' }, { createPeerConnection: factory, clock });
    expect(r.outcome).toEqual({ kind: 'invalid-config', errorName: name, message });
    expect(clock.pendingTimers).toBe(0);
  });

  it('turns a non-Error throw into a result', async () => {
    const clock = new FakeClock();
    const r = await probeAllocation(
      { uri: URL, username: 'u', credential: 'p' },
      {
        createPeerConnection: () => {
          throw 'boom';
        },
        clock,
      },
    );
    expect(r.outcome).toEqual({ kind: 'invalid-config', errorName: 'Error', message: 'boom' });
  });

  it('reports a rejected createOffer as setup-failed and closes the pc', async () => {
    const clock = new FakeClock();
    const { factory, created } = createFakeFactory((pc) => {
      pc.createOfferError = new DOMException('no', 'InvalidStateError');
    });
    const r = await probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock });
    expect(r.outcome).toEqual({ kind: 'setup-failed', message: 'InvalidStateError: no' });
    expectCleanedUp(created[0], clock);
  });

  it('cancels: closes the pc and resolves cancelled', async () => {
    const { clock, factory, created } = setup();
    const controller = new AbortController();
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock, signal: controller.signal }));
    await clock.advance(1000);
    controller.abort();
    await flush();
    expect(state.value?.outcome).toEqual({ kind: 'cancelled' });
    expect(state.value?.ms).toBe(1000);
    expectCleanedUp(created[0], clock);
  });

  it('does not start when already cancelled', async () => {
    const { clock, factory, created } = setup();
    const controller = new AbortController();
    controller.abort();
    const r = await probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock, signal: controller.signal });
    expect(r.outcome.kind).toBe('cancelled');
    expect(created).toHaveLength(0);
    expect(clock.pendingTimers).toBe(0);
  });

  it('ignores events after the verdict and survives a throwing close()', async () => {
    const { clock, factory, created } = setup((pc, c) => {
      c.setTimeout(() => pc.emitError(401, 'Unauthorized'), 10);
      c.setTimeout(() => pc.emitCandidate({ type: 'relay' }), 10);
    });
    const state = track(probeAllocation({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    const pc = created[0];
    if (pc !== undefined) {
      pc.close = () => {
        throw new Error('already closed');
      };
    }
    await clock.advance(20);
    expect(state.value?.outcome.kind).toBe('error');
    expect(state.value?.candidates).toHaveLength(0);
  });
});

describe('parseCandidateLine', () => {
  it('reads protocol, address, port and type', () => {
    expect(parseCandidateLine('candidate:842163049 1 udp 1677729535 192.0.2.3 61665 typ srflx raddr 0.0.0.0 rport 0')).toEqual({
      protocol: 'udp',
      address: '192.0.2.3',
      port: 61665,
      type: 'srflx',
    });
    expect(parseCandidateLine('a=candidate:1 1 TCP 2 ::1 9 typ host tcptype active')?.protocol).toBe('tcp');
    expect(parseCandidateLine('garbage')).toBeNull();
  });
});

function network(relay: RelayBehaviour, allocate: 'relay' | 'silent' = 'relay') {
  const clock = new FakeClock();
  const net = createFakeTurnNetwork(clock, {
    allocate: () => (allocate === 'relay' ? { kind: 'relay' } : { kind: 'silent' }),
    relay: () => relay,
  });
  return { clock, ...net };
}

describe('probeRelayConnectivity', () => {
  it('passes with the median round-trip time and closes both peer connections', async () => {
    const { clock, factory, created } = network('connect');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(1000);
    expect(state.value?.outcome).toEqual({ kind: 'connected', rttMs: 40, rtts: [40, 40, 40] });
    expect(state.value?.ms).toBe(100 + 3 * 40);
    expect(state.value?.relayCandidates).toEqual({ offerer: 1, answerer: 1 });
    expect(created).toHaveLength(2);
    for (const pc of created) {
      expect(pc.config.iceTransportPolicy).toBe('relay');
      expect(pc.config.iceServers).toEqual([{ urls: 'turn:127.0.0.1:3478', username: 'u', credential: 'p' }]);
      expect(pc.channels[0]?.init).toEqual({ negotiated: true, id: 0 });
      expect(pc.addedCandidates.length).toBeGreaterThan(0);
      expect(pc.closed).toBe(true);
      expect(pc.listenerCount('icecandidate')).toBe(0);
    }
    expect(created[0]?.channels[0]?.sent).toEqual(['ping:0', 'ping:1', 'ping:2']);
    expect(created[1]?.channels[0]?.sent).toEqual(['pong:0', 'pong:1', 'pong:2']);
    expect(clock.pendingTimers).toBe(0);
  });

  it('honours the number of pings', async () => {
    const { clock, factory } = network('connect');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p', pings: 1 }, { createPeerConnection: factory, clock }));
    await clock.advance(1000);
    expect(state.value?.outcome).toEqual({ kind: 'connected', rttMs: 40, rtts: [40] });
  });

  it('fails when ICE fails', async () => {
    const { clock, factory, created } = network('fail');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(1000);
    expect(state.value?.outcome).toEqual({ kind: 'ice-failed', iceConnectionState: 'failed', connectionState: 'failed' });
    expect(state.value?.ms).toBe(100);
    expect(created.every((pc) => pc.closed)).toBe(true);
  });

  it.each([
    ['silent', 'relay', 'connecting', 'checking'],
    ['no-echo', 'relay', 'messaging', 'connected'],
    ['connect', 'silent', 'gathering', 'new'],
  ] as const)('times out (%s relay, %s allocation) in phase %s', async (relay, allocate, phase, ice) => {
    const { clock, factory, created } = network(relay, allocate);
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p', timeoutMs: 3000 }, { createPeerConnection: factory, clock }));
    await clock.advance(2999);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome).toEqual({ kind: 'timeout', phase, iceConnectionState: ice });
    expect(state.value?.ms).toBe(3000);
    expect(created.every((pc) => pc.closed)).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('defaults to a 10 s timeout', async () => {
    const { clock, factory } = network('silent');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(9999);
    expect(state.done).toBe(false);
    await clock.advance(1);
    expect(state.value?.outcome.kind).toBe('timeout');
  });

  it('fails when the data channel closes early', async () => {
    const { clock, factory, created } = network('no-echo');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock }));
    await clock.advance(200);
    created[1]?.channels[0]?.fail();
    await flush();
    expect(state.value?.outcome).toEqual({ kind: 'channel-closed' });
  });

  it('records candidate errors without deciding on them', async () => {
    const { clock, factory, created } = network('silent');
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p', timeoutMs: 500 }, { createPeerConnection: factory, clock }));
    await clock.advance(10);
    created[0]?.emitError(401, 'Unauthorized');
    await clock.advance(490);
    expect(state.value?.outcome.kind).toBe('timeout');
    expect(state.value?.errors).toMatchObject([{ errorCode: 401, matched: true }]);
  });

  it('cancels: closes both pcs and resolves cancelled', async () => {
    const { clock, factory, created } = network('silent');
    const controller = new AbortController();
    const state = track(probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock, signal: controller.signal }));
    await clock.advance(500);
    controller.abort();
    await flush();
    expect(state.value?.outcome).toEqual({ kind: 'cancelled' });
    expect(created.every((pc) => pc.closed)).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('does not start when already cancelled', async () => {
    const { clock, factory, created } = network('connect');
    const controller = new AbortController();
    controller.abort();
    const r = await probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock, signal: controller.signal });
    expect(r.outcome.kind).toBe('cancelled');
    expect(created).toHaveLength(0);
  });

  it('turns a constructor throw into invalid-config and closes the first pc', async () => {
    const clock = new FakeClock();
    const { factory, created } = createFakeFactory((_pc, i) => {
      if (i === 1) throw new DOMException('bad', 'InvalidAccessError');
    });
    const r = await probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock });
    expect(r.outcome).toEqual({ kind: 'invalid-config', errorName: 'InvalidAccessError', message: 'bad' });
    expect(created[0]?.closed).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('reports a failing negotiation as setup-failed', async () => {
    const clock = new FakeClock();
    const { factory, created } = createFakeFactory((pc) => {
      pc.createOfferError = new Error('nope');
    });
    const r = await probeRelayConnectivity({ uri: URL, username: 'u', credential: 'p' }, { createPeerConnection: factory, clock });
    expect(r.outcome).toEqual({ kind: 'setup-failed', message: 'Error: nope' });
    expect(created.every((pc) => pc.closed)).toBe(true);
  });
});
