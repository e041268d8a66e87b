/**
 * Test doubles for the TURN tester engine: a controllable clock, a fake RTCPeerConnection that tests
 * drive event by event, and a small fake "TURN network" that answers probes by URL and credentials.
 */

import type {
  Clock,
  DataChannelLike,
  IceCandidateErrorEventLike,
  IceCandidateEventLike,
  IceCandidateLike,
  PeerConnectionFactory,
  PeerConnectionLike,
} from '@/features/turn-tester/peer-connection';

/** Lets pending promise callbacks run (one macrotask drains the microtask queue). */
export function flush(): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, 0));
}

export class FakeClock implements Clock {
  private t = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.t;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(id: number): void {
    this.timers.delete(id);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing due timers in order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    await flush();
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) {
        if (entry[1].at <= target && (next === undefined || entry[1].at < next[1].at)) next = entry;
      }
      if (next === undefined) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].callback();
      await flush();
    }
    this.t = target;
    await flush();
  }
}

type Listener = (ev: never) => void;

class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Honours `{ signal }` (removed on abort) and `{ once }`, as DOM event targets do. */
  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal; once?: boolean }): void {
    if (options?.signal?.aborted === true) return;
    const set = this.listeners.get(type) ?? new Set();
    const wrapped: Listener =
      options?.once === true
        ? (ev) => {
            this.removeEventListener(type, wrapped);
            listener(ev);
          }
        : listener;
    set.add(wrapped);
    this.listeners.set(type, set);
    options?.signal?.addEventListener('abort', () => this.removeEventListener(type, wrapped), { once: true });
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  protected dispatch(type: string, event: unknown): void {
    for (const l of [...(this.listeners.get(type) ?? [])]) (l as (ev: unknown) => void)(event);
  }
}

export class FakeDataChannel extends Emitter implements DataChannelLike {
  readyState = 'connecting';
  readonly sent: string[] = [];
  /** Set by the fake network: where `send` delivers, and after how long. */
  deliver: ((data: string) => void) | undefined;

  constructor(
    readonly label: string,
    readonly init: RTCDataChannelInit | undefined,
  ) {
    super();
  }

  send(data: string): void {
    if (this.readyState !== 'open') throw new Error('InvalidStateError: channel not open');
    this.sent.push(data);
    this.deliver?.(data);
  }

  close(): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    this.dispatch('close', {});
  }

  open(): void {
    this.readyState = 'open';
    this.dispatch('open', {});
  }

  receive(data: string): void {
    if (this.readyState === 'open') this.dispatch('message', { data });
  }

  fail(): void {
    this.dispatch('error', {});
  }
}

export interface FakeCandidateInit {
  readonly type: 'host' | 'srflx' | 'prflx' | 'relay';
  readonly address?: string;
  readonly port?: number;
  readonly protocol?: 'udp' | 'tcp';
  readonly relayProtocol?: 'udp' | 'tcp' | 'tls' | null;
  readonly url?: string;
}

let pcCounter = 0;

export class FakePeerConnection extends Emitter implements PeerConnectionLike {
  readonly id = ++pcCounter;
  iceGatheringState = 'new';
  iceConnectionState = 'new';
  connectionState = 'new';
  signalingState = 'stable';
  closed = false;
  localDescription: RTCSessionDescriptionInit | undefined;
  remoteDescription: RTCSessionDescriptionInit | undefined;
  readonly addedCandidates: RTCIceCandidateInit[] = [];
  readonly channels: FakeDataChannel[] = [];
  /** Called when setLocalDescription resolves: gathering starts here in a real browser. */
  onGather: ((pc: FakePeerConnection) => void) | undefined;
  onRemoteDescription: ((pc: FakePeerConnection) => void) | undefined;
  onAddIceCandidate: ((pc: FakePeerConnection) => void) | undefined;
  createOfferError: Error | undefined;

  constructor(readonly config: RTCConfiguration) {
    super();
  }

  get server(): RTCIceServer | undefined {
    return this.config.iceServers?.[0];
  }

  get url(): string {
    const urls = this.server?.urls;
    return (Array.isArray(urls) ? urls[0] : urls) ?? '';
  }

  createDataChannel(label: string, init?: RTCDataChannelInit): FakeDataChannel {
    const channel = new FakeDataChannel(label, init);
    this.channels.push(channel);
    return channel;
  }

  async createOffer(): Promise<RTCSessionDescriptionInit> {
    if (this.createOfferError !== undefined) throw this.createOfferError;
    return { type: 'offer', sdp: `v=0 fake-offer pc=${this.id}` };
  }

  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'answer', sdp: `v=0 fake-answer pc=${this.id}` };
  }

  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = description;
    this.iceGatheringState = 'gathering';
    this.onGather?.(this);
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
    this.onRemoteDescription?.(this);
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    if (this.remoteDescription === undefined) throw new Error('InvalidStateError: no remote description');
    this.addedCandidates.push(candidate);
    this.onAddIceCandidate?.(this);
  }

  close(): void {
    this.closed = true;
    this.iceConnectionState = 'closed';
    this.connectionState = 'closed';
    for (const c of this.channels) c.close();
  }

  // Driving the fake from tests.

  emitCandidate(init: FakeCandidateInit): void {
    if (this.closed) return;
    const address = init.address ?? (init.type === 'relay' ? '203.0.113.7' : '192.0.2.10');
    const port = init.port ?? 50_000;
    const protocol = init.protocol ?? 'udp';
    const candidate: IceCandidateLike = {
      candidate: `candidate:1 1 ${protocol} 100 ${address} ${port} typ ${init.type}`,
      type: init.type,
      protocol,
      address,
      port,
      relayProtocol: init.relayProtocol === undefined ? (init.type === 'relay' ? 'udp' : null) : init.relayProtocol,
      url: init.url ?? this.url,
      sdpMid: '0',
      sdpMLineIndex: 0,
    };
    const ev: IceCandidateEventLike = { candidate };
    this.dispatch('icecandidate', ev);
  }

  /** A candidate as Firefox reports it: only the SDP line, no parsed fields. */
  emitRawCandidate(line: string): void {
    const ev: IceCandidateEventLike = { candidate: { candidate: line, sdpMid: '0', sdpMLineIndex: 0 } };
    this.dispatch('icecandidate', ev);
  }

  emitError(errorCode: number, errorText = '', url: string = this.url): void {
    if (this.closed) return;
    const ev: IceCandidateErrorEventLike = { errorCode, errorText, url, address: '192.0.2.10', port: 50_001 };
    this.dispatch('icecandidateerror', ev);
  }

  endGathering(): void {
    this.iceGatheringState = 'complete';
    const ev: IceCandidateEventLike = { candidate: null };
    this.dispatch('icecandidate', ev);
  }

  setIceState(state: RTCIceConnectionState): void {
    this.iceConnectionState = state;
    this.connectionState = state === 'checking' ? 'connecting' : state === 'completed' ? 'connected' : state;
    this.dispatch('iceconnectionstatechange', {});
    this.dispatch('connectionstatechange', {});
  }
}

export interface FakeFactory {
  readonly factory: PeerConnectionFactory;
  readonly created: FakePeerConnection[];
}

/** A factory recording every peer connection; `setup` runs on each (e.g. to set `onGather`). */
export function createFakeFactory(setup?: (pc: FakePeerConnection, index: number) => void): FakeFactory {
  const created: FakePeerConnection[] = [];
  const factory: PeerConnectionFactory = (config) => {
    const pc = new FakePeerConnection(config);
    created.push(pc);
    setup?.(pc, created.length - 1);
    return pc;
  };
  return { factory, created };
}

export type AllocationBehaviour =
  | { readonly kind: 'relay'; readonly afterMs?: number; readonly address?: string }
  | { readonly kind: 'error'; readonly code: number; readonly text?: string; readonly afterMs?: number }
  | { readonly kind: 'silent' };

export type RelayBehaviour = 'connect' | 'fail' | 'silent' | 'no-echo';

export interface FakeTurnServerRule {
  /** Decides the answer to an Allocate from the URL and credentials. */
  readonly allocate: (request: { url: string; username: string; credential: string }) => AllocationBehaviour;
  /**
   * What happens between two peers: `url` is this side's TURN URL, `peerUrl` the other's ('' for a
   * peer connection without a TURN server, which gathers a host candidate). Default 'connect'.
   */
  readonly relay?: (url: string, peerUrl: string) => RelayBehaviour;
  /** Latency of data channel messages, default 20 ms. */
  readonly messageLatencyMs?: number;
}

/**
 * A fake network of TURN servers: every peer connection the factory creates gets an answer to its
 * allocation per `rule.allocate`, scheduled on `clock`; two peers whose descriptions reference each
 * other connect (or fail) per `rule.relay`.
 */
export function createFakeTurnNetwork(clock: FakeClock, rule: FakeTurnServerRule): FakeFactory {
  const byId = new Map<number, FakePeerConnection>();
  const latency = rule.messageLatencyMs ?? 20;

  const peerOf = (pc: FakePeerConnection): FakePeerConnection | undefined => {
    const m = /pc=(\d+)/.exec(pc.remoteDescription?.sdp ?? '');
    return m === null ? undefined : byId.get(Number(m[1]));
  };

  const tryConnect = (pc: FakePeerConnection): void => {
    const peer = peerOf(pc);
    if (peer === undefined || pc.addedCandidates.length === 0 || pc.iceConnectionState !== 'new') return;
    const behaviour = rule.relay?.(pc.url, peer.url) ?? 'connect';
    if (behaviour === 'silent') {
      pc.setIceState('checking');
      return;
    }
    pc.setIceState('checking');
    clock.setTimeout(() => {
      if (pc.closed) return;
      if (behaviour === 'fail') {
        pc.setIceState('failed');
        return;
      }
      pc.setIceState('connected');
      const mine = pc.channels[0];
      const theirs = peer.channels[0];
      if (mine === undefined || theirs === undefined) return;
      mine.deliver =
        behaviour === 'no-echo' ? undefined : (data) => clock.setTimeout(() => theirs.receive(data), latency);
      if (peer.iceConnectionState === 'connected') {
        mine.open();
        theirs.open();
      }
    }, 30);
  };

  return createFakeFactory((pc) => {
    byId.set(pc.id, pc);
    const server = pc.server;
    const username = server?.username ?? '';
    const credential = typeof server?.credential === 'string' ? server.credential : '';
    if (pc.url.startsWith('turn') && (username === '' || credential === '')) {
      const e = new Error('ICE server parse failed: TURN requires username and credential');
      e.name = 'InvalidAccessError';
      throw e;
    }
    pc.onGather = (p) => {
      if (p.url === '') {
        clock.setTimeout(() => p.emitCandidate({ type: 'host' }), 5);
        return;
      }
      const b = rule.allocate({ url: p.url, username, credential });
      if (b.kind === 'silent') return;
      clock.setTimeout(() => {
        if (b.kind === 'relay') {
          p.emitCandidate({ type: 'relay', ...(b.address !== undefined ? { address: b.address } : {}) });
        } else {
          p.emitError(b.code, b.text ?? '');
          // Chromium ends gathering once its only socket has given up (same millisecond on loopback).
          if (!p.closed) p.endGathering();
        }
      }, b.afterMs ?? 70);
    };
    pc.onRemoteDescription = tryConnect;
    pc.onAddIceCandidate = tryConnect;
  });
}
