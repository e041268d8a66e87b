/**
 * The part of the browser the probes use, as interfaces: RTCPeerConnection and time are injected
 * (`PeerConnectionFactory`, `Clock`) so every branch runs with fakes in unit tests; the real ones
 * are exercised in e2e. Listeners are added with `{ signal }`, so one AbortController removes all
 * of a probe's listeners at once.
 */

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

/** `{ signal }`: the listener is removed when the signal aborts (DOM `AddEventListenerOptions`). */
export interface ListenerOptions {
  readonly signal?: AbortSignal;
  readonly once?: boolean;
}

export interface DataChannelLike {
  readonly readyState: string;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void, options?: ListenerOptions): void;
  addEventListener(type: 'message', listener: (ev: { readonly data: unknown }) => void, options?: ListenerOptions): void;
}

/** The part of RTCPeerConnection the probes use; the real one satisfies it (see `browserPeerConnectionFactory`). */
export interface PeerConnectionLike {
  readonly iceGatheringState: string;
  readonly iceConnectionState: string;
  readonly connectionState: string;
  addEventListener(type: 'icecandidate', listener: (ev: IceCandidateEventLike) => void, options?: ListenerOptions): void;
  addEventListener(
    type: 'icecandidateerror',
    listener: (ev: IceCandidateErrorEventLike) => void,
    options?: ListenerOptions,
  ): void;
  addEventListener(
    type: 'iceconnectionstatechange' | 'connectionstatechange',
    listener: () => void,
    options?: ListenerOptions,
  ): void;
  createDataChannel(label: string, init?: RTCDataChannelInit): DataChannelLike;
  createOffer(): Promise<RTCSessionDescriptionInit>;
  createAnswer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void>;
  close(): void;
}

/** Outcomes of any probe that are about the browser, not the server. */
export type BrowserOutcome =
  /** The RTCPeerConnection constructor threw (InvalidAccessError: empty credentials; SyntaxError: bad URL). */
  | { readonly kind: 'invalid-config'; readonly errorName: string; readonly message: string }
  /** createOffer / setLocalDescription (or the answer side) rejected. */
  | { readonly kind: 'setup-failed'; readonly message: string }
  | { readonly kind: 'cancelled' };

export type PeerConnectionFactory = (config: RTCConfiguration) => PeerConnectionLike;

/** The real factory; only for the browser. */
export const browserPeerConnectionFactory: PeerConnectionFactory = (config) => new RTCPeerConnection(config);

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

export function safeClose(pc: PeerConnectionLike): void {
  try {
    pc.close();
  } catch {
    // Closing twice or after a failed construction must not turn a verdict into an exception.
  }
}

export function errorName(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e)
    ? String((e as { name: unknown }).name)
    : 'Error';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as { message: unknown }).message)
    : String(e);
}

/** A relay-only configuration with exactly this server. */
export function iceConfig(target: {
  readonly uri: { readonly url: string };
  readonly username: string;
  readonly credential: string;
}): RTCConfiguration {
  return {
    iceServers: [{ urls: target.uri.url, username: target.username, credential: target.credential }],
    iceTransportPolicy: 'relay',
  };
}

/**
 * The lifetime of one probe: a timer, the caller's cancel signal and every listener, ended
 * together by `end()` (the AbortController's signal removes the listeners).
 */
export class ProbeLifetime {
  private readonly controller = new AbortController();
  private timer: number | undefined;
  ended = false;

  constructor(
    private readonly clock: Clock,
    private readonly cancel: AbortSignal | undefined,
  ) {}

  /** Listener options that end with the probe. */
  get listen(): { signal: AbortSignal } {
    return { signal: this.controller.signal };
  }

  /** Calls `onCancel` when the caller aborts; true when it already has. */
  onCancel(onCancel: () => void): boolean {
    if (this.cancel?.aborted === true) return true;
    this.cancel?.addEventListener('abort', onCancel, { once: true, signal: this.controller.signal });
    return false;
  }

  /** One timer per probe lifetime, cleared on `end()`; later calls replace it. */
  setTimer(callback: () => void, ms: number): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(callback, ms);
  }

  end(): void {
    this.ended = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.controller.abort();
  }
}
