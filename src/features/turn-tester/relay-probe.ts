/**
 * The relay probe: proves media can flow through the relay, not just that an allocation succeeds.
 * Two relay-only peer connections in the page, candidates trickled between them, a negotiated data
 * channel and ping/pong round trips. Every listener is added with the probe's one AbortController
 * signal (`ProbeLifetime`), so ending the probe removes them all.
 */

import type { CandidateErrorRow } from './candidates';
import { candidateRow } from './candidates';
import type { BrowserOutcome, DataChannelLike, IceCandidateEventLike, PeerConnectionLike } from './peer-connection';
import { ProbeLifetime, errorMessage, errorName, iceConfig, safeClose } from './peer-connection';
import type { ProbeDeps, ProbeTarget } from './probe';
import { DEFAULT_RELAY_TIMEOUT_MS } from './probe';
import { eventUrlMatches } from './uri';

export type RelayConnectivityOutcome =
  | { readonly kind: 'connected'; readonly rttMs: number; readonly rtts: readonly number[] }
  | { readonly kind: 'ice-failed'; readonly iceConnectionState: string; readonly connectionState: string }
  | { readonly kind: 'channel-closed' }
  | {
      readonly kind: 'timeout';
      /** How far it got: no relay candidate on a side, ICE never connected, or no echo. */
      readonly phase: 'gathering' | 'connecting' | 'messaging';
      readonly iceConnectionState: string;
    }
  | BrowserOutcome;

export interface RelayConnectivityResult {
  readonly url: string;
  /** What the answering side gathered: a relay candidate (relay↔relay) or its own addresses (relay↔host). */
  readonly answerer: RelayAnswerer;
  readonly outcome: RelayConnectivityOutcome;
  readonly ms: number;
  readonly timeoutMs: number;
  readonly relayCandidates: { readonly offerer: number; readonly answerer: number };
  readonly errors: readonly CandidateErrorRow[];
}

export type RelayAnswerer = 'relay' | 'host';

export interface RelayConnectivityTarget extends ProbeTarget {
  /** Round trips to measure; the reported RTT is their median. Default 3. */
  readonly pings?: number;
  /**
   * 'host': the answering peer connection uses no TURN server, so the relay must reach the page's
   * own (host or server-reflexive) address instead of another relay address. Default 'relay'.
   */
  readonly answerer?: RelayAnswerer;
}

/** A relay↔relay failure worth retrying relay↔host: both sides had candidates, so allocation works. */
export function isSelfRelayFailure(r: RelayConnectivityResult): boolean {
  const o = r.outcome;
  const both = r.relayCandidates.offerer > 0 && r.relayCandidates.answerer > 0;
  return r.answerer === 'relay' && both && (o.kind === 'ice-failed' || (o.kind === 'timeout' && o.phase !== 'gathering'));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Side = 'offerer' | 'answerer';

/** Candidates from one side, held until the other side has a remote description. */
class Trickle {
  private ready = false;
  private queued: RTCIceCandidateInit[] = [];
  constructor(private readonly to: PeerConnectionLike) {}

  deliver(init: RTCIceCandidateInit): void {
    if (!this.ready) {
      this.queued.push(init);
      return;
    }
    // A rejected candidate just means one path fewer; ICE failure or the timeout reports the result.
    this.to.addIceCandidate(init).catch(() => undefined);
  }

  open(): void {
    this.ready = true;
    const queued = this.queued;
    this.queued = [];
    for (const init of queued) this.deliver(init);
  }
}

class RelayRun {
  private readonly start: number;
  private readonly timeoutMs: number;
  private readonly pings: number;
  private readonly life: ProbeLifetime;
  private readonly errors: CandidateErrorRow[] = [];
  private readonly relayCandidates = { offerer: 0, answerer: 0 };
  private readonly pcs: PeerConnectionLike[] = [];
  private readonly rtts: number[] = [];
  private connected = false;
  private sentAt = 0;

  constructor(
    private readonly target: RelayConnectivityTarget,
    private readonly deps: ProbeDeps,
    private readonly resolve: (r: RelayConnectivityResult) => void,
  ) {
    this.start = deps.clock.now();
    this.timeoutMs = target.timeoutMs ?? DEFAULT_RELAY_TIMEOUT_MS;
    this.pings = Math.max(1, target.pings ?? 3);
    this.life = new ProbeLifetime(deps.clock, deps.signal);
  }

  private elapsed(): number {
    return this.deps.clock.now() - this.start;
  }

  run(): void {
    this.life.setTimer(() => this.onTimeout(), this.timeoutMs);
    if (this.life.onCancel(() => this.finish({ kind: 'cancelled' }))) {
      this.finish({ kind: 'cancelled' });
      return;
    }
    const answererConfig: RTCConfiguration =
      this.target.answerer === 'host' ? { iceServers: [], iceTransportPolicy: 'all' } : iceConfig(this.target);
    try {
      this.pcs.push(this.deps.createPeerConnection(iceConfig(this.target)));
      this.pcs.push(this.deps.createPeerConnection(answererConfig));
    } catch (e) {
      this.finish({ kind: 'invalid-config', errorName: errorName(e), message: errorMessage(e) });
      return;
    }
    const [a, b] = this.pcs as [PeerConnectionLike, PeerConnectionLike];
    void this.negotiate(a, b);
  }

  private onTimeout(): void {
    const { offerer, answerer } = this.relayCandidates;
    const phase = offerer === 0 || answerer === 0 ? 'gathering' : this.connected ? 'messaging' : 'connecting';
    this.finish({ kind: 'timeout', phase, iceConnectionState: this.pcs[0]?.iceConnectionState ?? 'new' });
  }

  /** Trickles `from`'s candidates to `to`, records its errors and watches for ICE failure. */
  private wire(from: PeerConnectionLike, to: Trickle, side: Side): void {
    const opts = this.life.listen;
    from.addEventListener('icecandidate', (ev: IceCandidateEventLike) => {
      const c = ev.candidate;
      if (this.life.ended || c === null || c.candidate === '') return;
      const counts = side === 'answerer' && this.target.answerer === 'host' ? true : candidateRow(c, 0).type === 'relay';
      if (counts) this.relayCandidates[side] += 1;
      to.deliver({ candidate: c.candidate, sdpMid: c.sdpMid ?? null, sdpMLineIndex: c.sdpMLineIndex ?? null });
    }, opts);
    from.addEventListener('icecandidateerror', (ev) => {
      if (this.life.ended) return;
      const matched = eventUrlMatches(ev.url, this.target.uri);
      this.errors.push({ errorCode: ev.errorCode, errorText: ev.errorText, url: ev.url, ms: this.elapsed(), matched });
    }, opts);
    const onState = (): void => {
      if (this.life.ended) return;
      if (from.iceConnectionState === 'failed' || from.connectionState === 'failed') {
        this.finish({ kind: 'ice-failed', iceConnectionState: from.iceConnectionState, connectionState: from.connectionState });
      }
    };
    from.addEventListener('iceconnectionstatechange', onState, opts);
    from.addEventListener('connectionstatechange', onState, opts);
  }

  /** Ping from A, pong from B; finishes after `pings` round trips. */
  private wireChannels(channelA: DataChannelLike, channelB: DataChannelLike): () => void {
    const opts = this.life.listen;
    const sendPing = (): void => {
      this.sentAt = this.deps.clock.now();
      channelA.send(`ping:${this.rtts.length}`);
    };
    const onOpen = (): void => {
      if (this.life.ended || this.connected) return;
      this.connected = true;
      sendPing();
    };
    channelA.addEventListener('open', onOpen, opts);
    channelA.addEventListener('message', (ev) => {
      if (this.life.ended || ev.data !== `pong:${this.rtts.length}`) return;
      this.rtts.push(this.deps.clock.now() - this.sentAt);
      if (this.rtts.length >= this.pings) this.finish({ kind: 'connected', rttMs: median(this.rtts), rtts: this.rtts });
      else sendPing();
    }, opts);
    channelB.addEventListener('message', (ev) => {
      if (this.life.ended || typeof ev.data !== 'string' || !ev.data.startsWith('ping:')) return;
      channelB.send(`pong:${ev.data.slice('ping:'.length)}`);
    }, opts);
    const onClose = (): void => this.finish({ kind: 'channel-closed' });
    for (const channel of [channelA, channelB]) {
      channel.addEventListener('close', onClose, opts);
      channel.addEventListener('error', onClose, opts);
    }
    return onOpen;
  }

  private async negotiate(a: PeerConnectionLike, b: PeerConnectionLike): Promise<void> {
    try {
      const toA = new Trickle(a);
      const toB = new Trickle(b);
      this.wire(a, toB, 'offerer');
      this.wire(b, toA, 'answerer');
      // Negotiated channels (same id on both sides) avoid waiting for a 'datachannel' event.
      const channelA = a.createDataChannel('turn-relay-probe', { negotiated: true, id: 0 });
      const channelB = b.createDataChannel('turn-relay-probe', { negotiated: true, id: 0 });
      const onOpen = this.wireChannels(channelA, channelB);
      const ended = () => this.life.ended;
      const offer = await a.createOffer();
      if (ended()) return;
      await a.setLocalDescription(offer);
      if (ended()) return;
      await b.setRemoteDescription(offer);
      if (ended()) return;
      toB.open();
      const answer = await b.createAnswer();
      if (ended()) return;
      await b.setLocalDescription(answer);
      if (ended()) return;
      await a.setRemoteDescription(answer);
      if (ended()) return;
      toA.open();
      if (channelA.readyState === 'open') onOpen();
    } catch (e) {
      this.finish({ kind: 'setup-failed', message: `${errorName(e)}: ${errorMessage(e)}` });
    }
  }

  private finish(outcome: RelayConnectivityOutcome): void {
    if (this.life.ended) return;
    this.life.end();
    for (const pc of this.pcs) safeClose(pc);
    const { url } = this.target.uri;
    const answerer = this.target.answerer ?? 'relay';
    this.resolve({ url, answerer, outcome, ms: this.elapsed(), timeoutMs: this.timeoutMs, relayCandidates: this.relayCandidates, errors: this.errors });
  }
}

/**
 * Proves media can flow through the relay: see the file comment. Both sides relay through the same
 * server, so the server must permit its own relay addresses as peers (RFC 8656 §9 permissions;
 * coturn `denied-peer-ip`, `allow-loopback-peers`). Never rejects; always closes both peer
 * connections.
 */
export function probeRelayConnectivity(target: RelayConnectivityTarget, deps: ProbeDeps): Promise<RelayConnectivityResult> {
  return new Promise((resolve) => new RelayRun(target, deps, resolve).run());
}
