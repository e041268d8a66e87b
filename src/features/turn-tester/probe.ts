/**
 * The browser-side probes. RTCPeerConnection and time are injected (`PeerConnectionFactory`, `Clock`)
 * so every branch runs with fakes in unit tests; the real ones are exercised in e2e.
 *
 * Facts the design rests on (Chromium + coturn, see issue 5): a relay candidate or an
 * `icecandidateerror` arrives within ~100 ms when the server answers; an unreachable UDP server
 * produces nothing until Chromium's ~40 s gathering timeout, so the probe has its own timeout and
 * never waits for `iceGatheringState === 'complete'`.
 */

import type { ParsedUri, ServerTransport } from './uri';
import { eventUrlMatches } from './uri';

export interface IceCandidateLike {
  readonly candidate: string;
  readonly type?: string | null;
  readonly protocol?: string | null;
  readonly address?: string | null;
  readonly port?: number | null;
  /** Chromium only: the transport between the browser and the TURN server. */
  readonly relayProtocol?: string | null;
  /** Chromium only: the STUN/TURN URL that produced the candidate. */
  readonly url?: string | null;
  readonly sdpMid?: string | null;
  readonly sdpMLineIndex?: number | null;
}

export interface IceCandidateEventLike {
  readonly candidate: IceCandidateLike | null;
}

export interface IceCandidateErrorEventLike {
  readonly errorCode: number;
  readonly errorText: string;
  readonly url: string;
  readonly address?: string | null;
  readonly port?: number | null;
}

export interface DataChannelLike {
  readonly readyState: string;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (ev: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  removeEventListener(type: 'message', listener: (ev: { readonly data: unknown }) => void): void;
}

/** The part of RTCPeerConnection the probes use; the real one satisfies it (see `browserPeerConnectionFactory`). */
export interface PeerConnectionLike {
  readonly iceGatheringState: string;
  readonly iceConnectionState: string;
  readonly connectionState: string;
  addEventListener(type: 'icecandidate', listener: (ev: IceCandidateEventLike) => void): void;
  addEventListener(type: 'icecandidateerror', listener: (ev: IceCandidateErrorEventLike) => void): void;
  addEventListener(type: 'iceconnectionstatechange' | 'connectionstatechange', listener: () => void): void;
  removeEventListener(type: 'icecandidate', listener: (ev: IceCandidateEventLike) => void): void;
  removeEventListener(type: 'icecandidateerror', listener: (ev: IceCandidateErrorEventLike) => void): void;
  removeEventListener(type: 'iceconnectionstatechange' | 'connectionstatechange', listener: () => void): void;
  createDataChannel(label: string, init?: RTCDataChannelInit): DataChannelLike;
  createOffer(): Promise<RTCSessionDescriptionInit>;
  createAnswer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void>;
  close(): void;
}

export type PeerConnectionFactory = (config: RTCConfiguration) => PeerConnectionLike;

/** The real factory; only for the browser. */
export const browserPeerConnectionFactory: PeerConnectionFactory = (config) =>
  new RTCPeerConnection(config);

export interface Clock {
  /** Monotonic milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  // Browser timers return numbers; Node's return objects, so unit tests see a different type.
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

/**
 * The budget is "an unreachable server is reported within 6 s" of clicking "Run test". The
 * timeout starts once the peer connection exists (after minting credentials or fetching them) and
 * the verdict still has to be rendered, so it stays a second below the budget. Real servers answer
 * an Allocate within two round trips (plus the TCP/TLS handshakes), far less than 5 s.
 */
export const DEFAULT_PROBE_TIMEOUT_MS = 5000;
export const DEFAULT_RELAY_TIMEOUT_MS = 10_000;

/**
 * How long a 701 waits for another local socket to still produce a relay candidate. Chromium gathers
 * TURN on one socket per address family (IPv4 and IPv6 "any" addresses when the page has no camera
 * permission; one per network interface when it has), and fires `icecandidateerror` per socket: a
 * dual-stack host name whose IPv6 address refuses the connection gives a 701 one round trip before
 * the IPv4 socket's relay candidate. The end of gathering (a null candidate, which Chromium sends
 * right after the last socket gave up — in the same millisecond on loopback) ends the wait early,
 * so a single-socket 701 is reported without delay.
 */
export const ERROR_701_GRACE_MS = 1000;

export interface CandidateRow {
  readonly type: string;
  readonly protocol: string;
  readonly address: string;
  readonly port: number | null;
  readonly relayProtocol: string | null;
  readonly url: string | null;
  /** Milliseconds since the probe started. */
  readonly ms: number;
}

export interface CandidateErrorRow {
  readonly errorCode: number;
  readonly errorText: string;
  readonly url: string;
  readonly ms: number;
  /** False when the event named another server and was not used for the verdict. */
  readonly matched: boolean;
}

/** Fields of an SDP candidate line (RFC 8839 §5.1): `candidate:f c proto prio addr port typ type …`. */
export function parseCandidateLine(
  line: string,
): { protocol: string; address: string; port: number | null; type: string } | null {
  const tokens = line.replace(/^a=/, '').replace(/^candidate:/, '').trim().split(/\s+/);
  const typIndex = tokens.indexOf('typ');
  if (tokens.length < 8 || typIndex !== 6) return null;
  const port = Number(tokens[5]);
  return {
    protocol: (tokens[2] ?? '').toLowerCase(),
    address: tokens[4] ?? '',
    port: Number.isInteger(port) ? port : null,
    type: tokens[7] ?? '',
  };
}

function candidateRow(c: IceCandidateLike, ms: number): CandidateRow {
  const parsed = parseCandidateLine(c.candidate);
  return {
    type: c.type ?? parsed?.type ?? 'unknown',
    protocol: c.protocol ?? parsed?.protocol ?? '',
    address: c.address ?? parsed?.address ?? '',
    port: c.port ?? parsed?.port ?? null,
    relayProtocol: c.relayProtocol ?? null,
    url: c.url ?? null,
    ms,
  };
}

function safeClose(pc: PeerConnectionLike): void {
  try {
    pc.close();
  } catch {
    // Closing twice or after a failed construction must not turn a verdict into an exception.
  }
}

function errorName(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e)
    ? String((e as { name: unknown }).name)
    : 'Error';
}

function errorMessage(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as { message: unknown }).message)
    : String(e);
}

export interface ProbeDeps {
  readonly createPeerConnection: PeerConnectionFactory;
  readonly clock: Clock;
  readonly signal?: AbortSignal;
  /** Called for every candidate as it arrives (live candidate table). */
  readonly onCandidate?: (row: CandidateRow) => void;
}

export interface ProbeTarget {
  readonly uri: ParsedUri;
  readonly username: string;
  readonly credential: string;
  readonly timeoutMs?: number;
}

export type AllocationOutcome =
  | { readonly kind: 'relay'; readonly candidate: CandidateRow }
  | { readonly kind: 'error'; readonly errorCode: number; readonly errorText: string; readonly url: string }
  | { readonly kind: 'no-answer'; readonly gatheringComplete: boolean }
  /** The RTCPeerConnection constructor threw (InvalidAccessError: empty credentials; SyntaxError: bad URL). */
  | { readonly kind: 'invalid-config'; readonly errorName: string; readonly message: string }
  /** createOffer / setLocalDescription rejected. */
  | { readonly kind: 'setup-failed'; readonly message: string }
  | { readonly kind: 'cancelled' };

export interface AllocationProbeResult {
  readonly url: string;
  readonly transport: ServerTransport;
  readonly outcome: AllocationOutcome;
  /** Milliseconds from the start of the probe to the decisive event. */
  readonly ms: number;
  readonly timeoutMs: number;
  readonly candidates: readonly CandidateRow[];
  readonly errors: readonly CandidateErrorRow[];
}

function iceConfig(target: ProbeTarget): RTCConfiguration {
  return {
    iceServers: [{ urls: target.uri.url, username: target.username, credential: target.credential }],
    iceTransportPolicy: 'relay',
  };
}

/**
 * Asks one TURN server for an allocation (RFC 8656 §7.1) through a relay-only RTCPeerConnection and
 * resolves on the first decisive event: a relay candidate, a matching `icecandidateerror` (a server
 * answer such as 401 at once; the browser's 701 once gathering ends or after `ERROR_701_GRACE_MS`,
 * since another socket may still succeed), the end of gathering, or `timeoutMs` → `no-answer`.
 * Never rejects; always closes the peer connection.
 */
export function probeAllocation(target: ProbeTarget, deps: ProbeDeps): Promise<AllocationProbeResult> {
  const { clock, signal } = deps;
  const timeoutMs = target.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const start = clock.now();
  const candidates: CandidateRow[] = [];
  const errors: CandidateErrorRow[] = [];
  const elapsed = (): number => clock.now() - start;

  return new Promise((resolve) => {
    let settled = false;
    let pc: PeerConnectionLike | undefined;
    /** A 701 waiting for the end of gathering (or the grace period) before it becomes the verdict. */
    let unreachable: Extract<AllocationOutcome, { kind: 'error' }> | undefined;
    let graceTimer: number | undefined;

    const onCandidate = (ev: IceCandidateEventLike): void => {
      if (settled) return;
      const c = ev.candidate;
      if (c === null || c.candidate === '') {
        // End of gathering without a relay candidate: nothing more can arrive.
        finish(unreachable ?? { kind: 'no-answer', gatheringComplete: true });
        return;
      }
      const row = candidateRow(c, elapsed());
      const withRelayProtocol =
        row.type === 'relay' && row.relayProtocol === null
          ? { ...row, relayProtocol: target.uri.transport }
          : row;
      candidates.push(withRelayProtocol);
      deps.onCandidate?.(withRelayProtocol);
      if (withRelayProtocol.type === 'relay') finish({ kind: 'relay', candidate: withRelayProtocol });
    };

    const onError = (ev: IceCandidateErrorEventLike): void => {
      if (settled) return;
      const matched = eventUrlMatches(ev.url, target.uri);
      errors.push({ errorCode: ev.errorCode, errorText: ev.errorText, url: ev.url, ms: elapsed(), matched });
      if (!matched) return;
      const outcome = { kind: 'error', errorCode: ev.errorCode, errorText: ev.errorText, url: ev.url } as const;
      if (ev.errorCode !== 701) {
        finish(outcome);
        return;
      }
      if (unreachable !== undefined) return;
      unreachable = outcome;
      const remaining = Math.max(0, timeoutMs - elapsed());
      graceTimer = clock.setTimeout(() => finish(outcome), Math.min(ERROR_701_GRACE_MS, remaining));
    };

    const onAbort = (): void => finish({ kind: 'cancelled' });

    function finish(outcome: AllocationOutcome): void {
      if (settled) return;
      settled = true;
      const ms = elapsed();
      clock.clearTimeout(timer);
      if (graceTimer !== undefined) clock.clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      if (pc !== undefined) {
        pc.removeEventListener('icecandidate', onCandidate);
        pc.removeEventListener('icecandidateerror', onError);
        safeClose(pc);
      }
      resolve({
        url: target.uri.url,
        transport: target.uri.transport,
        outcome,
        ms: outcome.kind === 'relay' ? outcome.candidate.ms : ms,
        timeoutMs,
        candidates,
        errors,
      });
    }

    const timer = clock.setTimeout(
      () => finish(unreachable ?? { kind: 'no-answer', gatheringComplete: false }),
      timeoutMs,
    );
    if (signal?.aborted === true) {
      finish({ kind: 'cancelled' });
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    try {
      pc = deps.createPeerConnection(iceConfig(target));
    } catch (e) {
      finish({ kind: 'invalid-config', errorName: errorName(e), message: errorMessage(e) });
      return;
    }
    pc.addEventListener('icecandidate', onCandidate);
    pc.addEventListener('icecandidateerror', onError);

    const active = pc;
    void (async () => {
      try {
        // A data channel gives the offer an m-line; without one nothing is gathered.
        active.createDataChannel('turn-probe');
        const offer = await active.createOffer();
        if (settled) return;
        await active.setLocalDescription(offer);
      } catch (e) {
        finish({ kind: 'setup-failed', message: `${errorName(e)}: ${errorMessage(e)}` });
      }
    })();
  });
}

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
  | { readonly kind: 'invalid-config'; readonly errorName: string; readonly message: string }
  | { readonly kind: 'setup-failed'; readonly message: string }
  | { readonly kind: 'cancelled' };

export interface RelayConnectivityResult {
  readonly url: string;
  readonly outcome: RelayConnectivityOutcome;
  readonly ms: number;
  readonly timeoutMs: number;
  readonly relayCandidates: { readonly offerer: number; readonly answerer: number };
  readonly errors: readonly CandidateErrorRow[];
}

export interface RelayConnectivityTarget extends ProbeTarget {
  /** Round trips to measure; the reported RTT is their median. Default 3. */
  readonly pings?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Proves media can flow through the relay, not just that an allocation succeeds: two relay-only
 * peer connections in the page, candidates trickled between them, a negotiated data channel and
 * ping/pong round trips. Both sides relay through the same server, so the server must permit its own
 * relay addresses as peers (RFC 8656 §9 permissions; coturn `denied-peer-ip`,
 * `allow-loopback-peers`). Never rejects; always closes both peer connections.
 */
export function probeRelayConnectivity(
  target: RelayConnectivityTarget,
  deps: ProbeDeps,
): Promise<RelayConnectivityResult> {
  const { clock, signal } = deps;
  const timeoutMs = target.timeoutMs ?? DEFAULT_RELAY_TIMEOUT_MS;
  const pings = Math.max(1, target.pings ?? 3);
  const start = clock.now();
  const elapsed = (): number => clock.now() - start;
  const errors: CandidateErrorRow[] = [];
  const relayCandidates = { offerer: 0, answerer: 0 };

  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const pcs: PeerConnectionLike[] = [];
    const cleanups: Array<() => void> = [];

    function finish(outcome: RelayConnectivityOutcome): void {
      if (settled) return;
      settled = true;
      clock.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      for (const cleanup of cleanups) cleanup();
      for (const pc of pcs) safeClose(pc);
      resolve({ url: target.uri.url, outcome, ms: elapsed(), timeoutMs, relayCandidates, errors });
    }
    const onAbort = (): void => finish({ kind: 'cancelled' });

    function listen<T extends unknown[]>(
      add: (l: (...args: T) => void) => void,
      remove: (l: (...args: T) => void) => void,
      listener: (...args: T) => void,
    ): void {
      add(listener);
      cleanups.push(() => remove(listener));
    }

    const timer = clock.setTimeout(() => {
      const [a] = pcs;
      const phase =
        relayCandidates.offerer === 0 || relayCandidates.answerer === 0
          ? 'gathering'
          : connected
            ? 'messaging'
            : 'connecting';
      finish({ kind: 'timeout', phase, iceConnectionState: a?.iceConnectionState ?? 'new' });
    }, timeoutMs);
    if (signal?.aborted === true) {
      finish({ kind: 'cancelled' });
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    let offerer: PeerConnectionLike;
    let answerer: PeerConnectionLike;
    try {
      offerer = deps.createPeerConnection(iceConfig(target));
      pcs.push(offerer);
      answerer = deps.createPeerConnection(iceConfig(target));
      pcs.push(answerer);
    } catch (e) {
      finish({ kind: 'invalid-config', errorName: errorName(e), message: errorMessage(e) });
      return;
    }

    const remoteReady = new Map<PeerConnectionLike, boolean>();
    const queued = new Map<PeerConnectionLike, RTCIceCandidateInit[]>();
    const deliver = (to: PeerConnectionLike, init: RTCIceCandidateInit): void => {
      // A rejected candidate just means one path fewer; ICE failure or the timeout reports the result.
      to.addIceCandidate(init).catch(() => undefined);
    };
    const flush = (to: PeerConnectionLike): void => {
      remoteReady.set(to, true);
      for (const init of queued.get(to) ?? []) deliver(to, init);
      queued.delete(to);
    };

    const wire = (from: PeerConnectionLike, to: PeerConnectionLike, side: 'offerer' | 'answerer'): void => {
      const onCandidate = (ev: IceCandidateEventLike): void => {
        const c = ev.candidate;
        if (settled || c === null || c.candidate === '') return;
        if (candidateRow(c, 0).type === 'relay') relayCandidates[side] += 1;
        const init: RTCIceCandidateInit = {
          candidate: c.candidate,
          sdpMid: c.sdpMid ?? null,
          sdpMLineIndex: c.sdpMLineIndex ?? null,
        };
        if (remoteReady.get(to) === true) deliver(to, init);
        else queued.set(to, [...(queued.get(to) ?? []), init]);
      };
      const onError = (ev: IceCandidateErrorEventLike): void => {
        if (settled) return;
        errors.push({
          errorCode: ev.errorCode,
          errorText: ev.errorText,
          url: ev.url,
          ms: elapsed(),
          matched: eventUrlMatches(ev.url, target.uri),
        });
      };
      const onState = (): void => {
        if (settled) return;
        if (from.iceConnectionState === 'failed' || from.connectionState === 'failed') {
          finish({
            kind: 'ice-failed',
            iceConnectionState: from.iceConnectionState,
            connectionState: from.connectionState,
          });
        }
      };
      listen<[IceCandidateEventLike]>(
        (l) => from.addEventListener('icecandidate', l),
        (l) => from.removeEventListener('icecandidate', l),
        onCandidate,
      );
      listen<[IceCandidateErrorEventLike]>(
        (l) => from.addEventListener('icecandidateerror', l),
        (l) => from.removeEventListener('icecandidateerror', l),
        onError,
      );
      for (const type of ['iceconnectionstatechange', 'connectionstatechange'] as const) {
        listen<[]>(
          (l) => from.addEventListener(type, l),
          (l) => from.removeEventListener(type, l),
          onState,
        );
      }
    };

    const a = offerer;
    const b = answerer;
    void (async () => {
      try {
        wire(a, b, 'offerer');
        wire(b, a, 'answerer');
        // Negotiated channels (same id on both sides) avoid waiting for a 'datachannel' event.
        const channelA = a.createDataChannel('turn-relay-probe', { negotiated: true, id: 0 });
        const channelB = b.createDataChannel('turn-relay-probe', { negotiated: true, id: 0 });

        const rtts: number[] = [];
        let sentAt = 0;
        const sendPing = (): void => {
          sentAt = clock.now();
          channelA.send(`ping:${rtts.length}`);
        };
        const onOpen = (): void => {
          if (settled || connected) return;
          connected = true;
          sendPing();
        };
        const onPong = (ev: { readonly data: unknown }): void => {
          if (settled || ev.data !== `pong:${rtts.length}`) return;
          rtts.push(clock.now() - sentAt);
          if (rtts.length >= pings) finish({ kind: 'connected', rttMs: median(rtts), rtts });
          else sendPing();
        };
        const onPing = (ev: { readonly data: unknown }): void => {
          if (settled || typeof ev.data !== 'string' || !ev.data.startsWith('ping:')) return;
          channelB.send(`pong:${ev.data.slice('ping:'.length)}`);
        };
        const onClose = (): void => {
          if (!settled) finish({ kind: 'channel-closed' });
        };
        listen<[]>((l) => channelA.addEventListener('open', l), (l) => channelA.removeEventListener('open', l), onOpen);
        listen<[{ readonly data: unknown }]>(
          (l) => channelA.addEventListener('message', l),
          (l) => channelA.removeEventListener('message', l),
          onPong,
        );
        listen<[{ readonly data: unknown }]>(
          (l) => channelB.addEventListener('message', l),
          (l) => channelB.removeEventListener('message', l),
          onPing,
        );
        for (const channel of [channelA, channelB]) {
          for (const type of ['close', 'error'] as const) {
            listen<[]>((l) => channel.addEventListener(type, l), (l) => channel.removeEventListener(type, l), onClose);
          }
        }

        const offer = await a.createOffer();
        if (settled) return;
        await a.setLocalDescription(offer);
        if (settled) return;
        await b.setRemoteDescription(offer);
        if (settled) return;
        flush(b);
        const answer = await b.createAnswer();
        if (settled) return;
        await b.setLocalDescription(answer);
        if (settled) return;
        await a.setRemoteDescription(answer);
        if (settled) return;
        flush(a);
        if (channelA.readyState === 'open') onOpen();
      } catch (e) {
        finish({ kind: 'setup-failed', message: `${errorName(e)}: ${errorMessage(e)}` });
      }
    })();
  });
}
