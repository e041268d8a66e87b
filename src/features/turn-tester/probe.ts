/**
 * The allocation probe (the relay probe is in relay-probe.ts, the browser interfaces in
 * peer-connection.ts).
 *
 * Facts the design rests on (Chromium + coturn, see issue 5): a relay candidate or an
 * `icecandidateerror` arrives within ~100 ms when the server answers; an unreachable UDP server
 * produces nothing until Chromium's ~40 s gathering timeout, so the probe has its own timeout and
 * never waits for `iceGatheringState === 'complete'`.
 */

import type { CandidateErrorRow, CandidateRow } from './candidates';
import { candidateRow } from './candidates';
import type {
  BrowserOutcome,
  Clock,
  IceCandidateErrorEventLike,
  IceCandidateEventLike,
  PeerConnectionFactory,
  PeerConnectionLike,
} from './peer-connection';
import { ProbeLifetime, errorMessage, errorName, iceConfig, safeClose } from './peer-connection';
import type { ParsedUri, ServerTransport } from './uri';
import { eventUrlMatches } from './uri';

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
  | BrowserOutcome;

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

type ErrorOutcome = Extract<AllocationOutcome, { kind: 'error' }>;

/** One allocation probe from start to its single result. */
class AllocationRun {
  private readonly start: number;
  private readonly timeoutMs: number;
  private readonly life: ProbeLifetime;
  private readonly candidates: CandidateRow[] = [];
  private readonly errors: CandidateErrorRow[] = [];
  /** A 701 waiting for the end of gathering (or the grace period) before it becomes the verdict. */
  private unreachable: ErrorOutcome | undefined;
  private pc: PeerConnectionLike | undefined;

  constructor(
    private readonly target: ProbeTarget,
    private readonly deps: ProbeDeps,
    private readonly resolve: (r: AllocationProbeResult) => void,
  ) {
    this.start = deps.clock.now();
    this.timeoutMs = target.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
    this.life = new ProbeLifetime(deps.clock, deps.signal);
  }

  private elapsed(): number {
    return this.deps.clock.now() - this.start;
  }

  run(): void {
    this.life.setTimer(() => this.finish(this.unreachable ?? { kind: 'no-answer', gatheringComplete: false }), this.timeoutMs);
    if (this.life.onCancel(() => this.finish({ kind: 'cancelled' }))) {
      this.finish({ kind: 'cancelled' });
      return;
    }
    let pc: PeerConnectionLike;
    try {
      pc = this.deps.createPeerConnection(iceConfig(this.target));
    } catch (e) {
      this.finish({ kind: 'invalid-config', errorName: errorName(e), message: errorMessage(e) });
      return;
    }
    this.pc = pc;
    pc.addEventListener('icecandidate', (ev) => this.onCandidate(ev), this.life.listen);
    pc.addEventListener('icecandidateerror', (ev) => this.onError(ev), this.life.listen);
    void this.gather(pc);
  }

  private async gather(pc: PeerConnectionLike): Promise<void> {
    try {
      // A data channel gives the offer an m-line; without one nothing is gathered.
      pc.createDataChannel('turn-probe');
      const offer = await pc.createOffer();
      if (this.life.ended) return;
      await pc.setLocalDescription(offer);
    } catch (e) {
      this.finish({ kind: 'setup-failed', message: `${errorName(e)}: ${errorMessage(e)}` });
    }
  }

  private onCandidate(ev: IceCandidateEventLike): void {
    if (this.life.ended) return;
    const c = ev.candidate;
    if (c === null || c.candidate === '') {
      // End of gathering without a relay candidate: nothing more can arrive.
      this.finish(this.unreachable ?? { kind: 'no-answer', gatheringComplete: true });
      return;
    }
    const row = candidateRow(c, this.elapsed());
    const withRelayProtocol =
      row.type === 'relay' && row.relayProtocol === null ? { ...row, relayProtocol: this.target.uri.transport } : row;
    this.candidates.push(withRelayProtocol);
    this.deps.onCandidate?.(withRelayProtocol);
    if (withRelayProtocol.type === 'relay') this.finish({ kind: 'relay', candidate: withRelayProtocol });
  }

  private onError(ev: IceCandidateErrorEventLike): void {
    if (this.life.ended) return;
    const matched = eventUrlMatches(ev.url, this.target.uri);
    const address = typeof ev.address === 'string' && ev.address !== '' ? { address: ev.address } : {};
    this.errors.push({ errorCode: ev.errorCode, errorText: ev.errorText, url: ev.url, ms: this.elapsed(), matched, ...address });
    if (!matched) return;
    const outcome = { kind: 'error', errorCode: ev.errorCode, errorText: ev.errorText, url: ev.url } as const;
    if (ev.errorCode !== 701) {
      this.finish(outcome);
      return;
    }
    if (this.unreachable !== undefined) return;
    this.unreachable = outcome;
    const remaining = Math.max(0, this.timeoutMs - this.elapsed());
    this.life.setTimer(() => this.finish(outcome), Math.min(ERROR_701_GRACE_MS, remaining));
  }

  private finish(outcome: AllocationOutcome): void {
    if (this.life.ended) return;
    const ms = this.elapsed();
    this.life.end();
    if (this.pc !== undefined) safeClose(this.pc);
    this.resolve({
      url: this.target.uri.url,
      transport: this.target.uri.transport,
      outcome,
      ms: outcome.kind === 'relay' ? outcome.candidate.ms : ms,
      timeoutMs: this.timeoutMs,
      candidates: this.candidates,
      errors: this.errors,
    });
  }
}

/**
 * Asks one TURN server for an allocation (RFC 8656 §7.1) through a relay-only RTCPeerConnection and
 * resolves on the first decisive event: a relay candidate, a matching `icecandidateerror` (a server
 * answer such as 401 at once; the browser's 701 once gathering ends or after `ERROR_701_GRACE_MS`,
 * since another socket may still succeed), the end of gathering, or `timeoutMs` → `no-answer`.
 * Never rejects; always closes the peer connection.
 */
export function probeAllocation(target: ProbeTarget, deps: ProbeDeps): Promise<AllocationProbeResult> {
  return new Promise((resolve) => new AllocationRun(target, deps, resolve).run());
}
