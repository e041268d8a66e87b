/** ICE candidates as the probes record them (the candidate table) and the SDP line parser. */

import type { IceCandidateLike } from './peer-connection';

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
  /** The local address the browser tried from (its socket: IPv4 or IPv6), when reported. */
  readonly address?: string;
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

export function candidateRow(c: IceCandidateLike, ms: number): CandidateRow {
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
