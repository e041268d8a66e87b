/**
 * Pure evaluation of what the probes so far decide for one server: the authentication verdicts,
 * and for relay connectivity either the URL to test it through or why it cannot be tested. The
 * scheduler in audit.ts calls this after every probe result.
 */

import type { AllocationProbeResult } from './probe';
import type { ParsedUri } from './uri';
import {
  verdictForRejectsExpiredCredential,
  verdictForRejectsWrongPassword,
  verdictForRequiresAuthentication,
} from './verdict-auth';
import { verdictForTransportCoverage } from './verdict-coverage';
import { verdictForRelayConnectivity } from './verdict-relay';
import type { Check, UrlProbes } from './verdicts';

/** The allocation probes of one URL, filled in as they finish. */
export interface UrlProbeState {
  valid?: AllocationProbeResult;
  wrong?: AllocationProbeResult;
  expired?: AllocationProbeResult;
}

export type ProbeStates = ReadonlyMap<string, UrlProbeState>;

export interface ServerEvaluation {
  /** Checks decided by the evidence so far (possibly again: the caller keeps the first). */
  readonly checks: readonly Check[];
  /** A URL whose allocation worked: start the relay test through it. */
  readonly startRelayVia?: ParsedUri;
}

function urlProbes(uris: readonly ParsedUri[], state: ProbeStates, sharedSecret: boolean): UrlProbes[] {
  return uris.map((uri) => {
    const s = state.get(uri.url) ?? {};
    return { uri, valid: s.valid, wrong: s.wrong, expired: sharedSecret ? s.expired : undefined };
  });
}

/**
 * @param relayOpen false once the relay test started or was decided, so it is started once.
 */
export function evaluateServer(
  server: string,
  uris: readonly ParsedUri[],
  state: ProbeStates,
  options: { readonly sharedSecret: boolean; readonly relayOpen: boolean },
): ServerEvaluation {
  const probes = urlProbes(uris, state, options.sharedSecret);
  const decided = [
    verdictForRequiresAuthentication(server, probes),
    verdictForRejectsWrongPassword(server, probes),
    options.sharedSecret ? verdictForRejectsExpiredCredential(server, probes) : null,
  ];
  const checks = decided.filter((c): c is Check => c !== null);
  if (!options.relayOpen) return { checks };
  const passing = probes.find((p) => p.valid?.outcome.kind === 'relay');
  if (passing !== undefined) return { checks, startRelayVia: passing.uri };
  if (probes.every((p) => p.valid !== undefined)) {
    const cancelled = probes.some((p) => p.valid?.outcome.kind === 'cancelled');
    checks.push(verdictForRelayConnectivity(server, cancelled ? 'cancelled' : 'no-allocation'));
  }
  return { checks };
}

/** `transport-coverage` over every TURN URL of the run, or null while allocations are running. */
export function evaluateCoverage(turnUris: readonly ParsedUri[], state: ProbeStates): Check | null {
  return verdictForTransportCoverage(turnUris.map((uri) => ({ uri, allocation: state.get(uri.url)?.valid })));
}
