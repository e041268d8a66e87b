/**
 * Runs the command-line probe over the named URLs: per URL an Allocate without credentials, with the
 * real ones, with a wrong password and (shared secret) with an expired credential; per server the
 * peer permissions, a TCP relay Allocate and the SOFTWARE seen; per turns: URL the TLS versions and
 * certificate. Sequential and rate-limited (transport.ts); nothing is sent to peer addresses.
 */
import { randomBytes } from 'node:crypto';
import type { AuditRun } from '@/features/turn-tester/audit';
import { mintRestCredential, RECOMMENDED_MAX_TTL_SECONDS } from '@/features/turn-tester/credentials';
import type { RunCredentials } from '@/features/turn-tester/secrets';
import { CONNECT_PEERS, PUBLIC_PEERS, SPECIAL_PURPOSE_PEERS } from '@/features/turn-tester/server-probe/peers';
import type { ProbeAllocation } from '@/features/turn-tester/server-probe/types';
import {
  anonymousVerdicts,
  peerRestrictionsVerdict,
  probeAllocationVerdict,
  rejectionVerdict,
  relayToPublicVerdict,
  softwareVerdict,
  tcpRelayVerdict,
  tlsVerdict,
  UNREACHABLE,
  type PeerResult,
  type UrlAllocation,
} from '@/features/turn-tester/server-probe/verdicts';
import type { ParsedUri } from '@/features/turn-tester/uri';
import { serverKey } from '@/features/turn-tester/uri';
import { makeCheck, type Check } from '@/features/turn-tester/verdicts';
import { TurnSession, type AllocateRequest, type Credentials } from './session';
import { openConnection, type Endpoint } from './transport';
import { observeTls } from './tls-probe';

export type ProbeCredentials = Extract<RunCredentials, { kind: 'static' } | { kind: 'shared-secret' }>;

export interface ProbeOptions {
  readonly uris: readonly ParsedUri[];
  readonly credentials: ProbeCredentials;
  readonly timeoutMs: number;
  /** Extra CA certificates (PEM) to trust for turns:. */
  readonly ca?: string | undefined;
  readonly now?: () => number;
  readonly onProgress?: (line: string) => void;
}

interface ServerState {
  readonly server: string;
  readonly uris: ParsedUri[];
  readonly anonymous: UrlAllocation[];
  readonly wrong: UrlAllocation[];
  readonly expired: UrlAllocation[];
  readonly software: Set<string>;
  /** The first URL whose real-credential Allocate worked (UDP preferred: listed first). */
  usable: ParsedUri | null;
}

const endpointOf = (uri: ParsedUri, ca: string | undefined): Endpoint => ({ host: uri.host, port: uri.port, transport: uri.transport, ca });

/** Opens a connection, allocates, and hands the live session to `use` (released and closed after). */
async function withAllocation<T>(
  endpoint: Endpoint,
  request: AllocateRequest,
  opts: ProbeOptions,
  software: Set<string>,
  use: (result: ProbeAllocation, session: TurnSession | null) => Promise<T>,
): Promise<T> {
  const opened = await openConnection(endpoint, opts.timeoutMs);
  if (!opened.ok) return use({ kind: 'no-answer', message: opened.message, ms: 0 }, null);
  const session = new TurnSession(opened.connection, opts.timeoutMs);
  try {
    const result = await session.allocate(request);
    return await use(result, result.kind === 'allocated' ? session : null);
  } finally {
    await session.release();
    for (const s of session.software) software.add(s);
    session.close();
  }
}

const allocateOnly = (endpoint: Endpoint, request: AllocateRequest, opts: ProbeOptions, software: Set<string>) =>
  withAllocation(endpoint, request, opts, software, (r) => Promise.resolve(r));

interface MintedCredentials {
  readonly valid: Credentials;
  readonly wrong: Credentials;
  readonly expired: Credentials | null;
}

async function mintCredentials(c: ProbeCredentials, now: number): Promise<{ ok: true; creds: MintedCredentials } | { ok: false; error: string }> {
  const wrongPassword = randomBytes(18).toString('base64');
  if (c.kind === 'static') {
    return { ok: true, creds: { valid: c, wrong: { username: c.username, password: wrongPassword }, expired: null } };
  }
  const base = { secret: c.secret, userId: c.userId, now };
  const valid = await mintRestCredential({ ...base, ttlSeconds: c.ttlSeconds }, globalThis.crypto.subtle);
  const old = await mintRestCredential({ ...base, ttlSeconds: -RECOMMENDED_MAX_TTL_SECONDS }, globalThis.crypto.subtle);
  if (!valid.ok) return valid;
  if (!old.ok) return old;
  const pick = (r: { username: string; password: string }): Credentials => ({ username: r.username, password: r.password });
  return {
    ok: true,
    creds: { valid: pick(valid.credential), wrong: { username: valid.credential.username, password: wrongPassword }, expired: pick(old.credential) },
  };
}

/** The four Allocates on one URL; a URL that does not answer the first is not tried again. */
async function probeUrl(uri: ParsedUri, state: ServerState, creds: MintedCredentials, opts: ProbeOptions): Promise<Check> {
  const endpoint = endpointOf(uri, opts.ca);
  opts.onProgress?.(`probing ${uri.url}`);
  const anonymous = await allocateOnly(endpoint, { credentials: null }, opts, state.software);
  state.anonymous.push({ url: uri.url, result: anonymous });
  if (anonymous.kind === 'no-answer') {
    state.wrong.push({ url: uri.url, result: anonymous });
    if (creds.expired !== null) state.expired.push({ url: uri.url, result: anonymous });
    return probeAllocationVerdict(uri.url, anonymous);
  }
  const valid = await allocateOnly(endpoint, { credentials: creds.valid }, opts, state.software);
  if (valid.kind === 'allocated' && state.usable === null) state.usable = uri;
  state.wrong.push({ url: uri.url, result: await allocateOnly(endpoint, { credentials: creds.wrong }, opts, state.software) });
  if (creds.expired !== null) {
    state.expired.push({ url: uri.url, result: await allocateOnly(endpoint, { credentials: creds.expired }, opts, state.software) });
  }
  return probeAllocationVerdict(uri.url, valid);
}

async function permissions(session: TurnSession, family: 'ipv4' | 'ipv6'): Promise<{ peers: PeerResult[]; public: { address: string; answer: PeerResult['answer'] } }> {
  const peers: PeerResult[] = [];
  for (const target of SPECIAL_PURPOSE_PEERS.filter((p) => p.family === family)) {
    peers.push({ target, answer: await session.createPermission(target.address) });
  }
  const address = PUBLIC_PEERS[family];
  return { peers, public: { address, answer: await session.createPermission(address) } };
}

/** peer-restrictions, relay-to-public and tcp-relay for one server, on allocations with the real credentials. */
async function probePeers(state: ServerState, creds: MintedCredentials, opts: ProbeOptions): Promise<Check[]> {
  const uri = state.usable;
  const skippedTcp = (why: string) => tcpRelayVerdict(state.server, { untested: why });
  if (uri === null) {
    const reached = state.anonymous.some((a) => a.result.kind !== 'no-answer');
    const why = reached ? 'No allocation with the credentials' : UNREACHABLE;
    return [
      peerRestrictionsVerdict({ server: state.server, ipv4: null, ipv6: { noRelay: 'no allocation' }, connect: [], noAllocation: why }),
      relayToPublicVerdict(state.server, [], why),
      skippedTcp(`${why}, so TCP relay could not be tested.`),
    ];
  }
  const endpoint = endpointOf(uri, opts.ca);
  const request = { credentials: creds.valid };
  // The earlier Allocate with these credentials worked; if this one does not, the report says why.
  const v4 = await withAllocation(endpoint, request, opts, state.software, async (r, s) => (s === null ? { failed: peerAllocationFailed(r) } : permissions(s, 'ipv4')));
  const v6 = await withAllocation(endpoint, { ...request, family: 'ipv6' }, opts, state.software, async (r, s) =>
    s !== null ? permissions(s, 'ipv6') : { noRelay: noIpv6Relay(r) },
  );
  const stream = state.uris.find((u) => u.transport !== 'udp') ?? { ...uri, transport: 'tcp' as const };
  const connect: PeerResult[] = [];
  const tcp = await withAllocation(endpointOf(stream, opts.ca), { ...request, relayTransport: 'tcp' }, opts, state.software, async (r, s) => {
    for (const peer of s === null ? [] : CONNECT_PEERS) connect.push({ target: peer.target, answer: await s!.connect({ address: peer.target.address, port: peer.port }) });
    return r;
  });
  const v4Failed = 'failed' in v4 ? v4.failed : undefined;
  const publics = ['public' in v4 ? v4.public : undefined, 'public' in v6 ? v6.public : undefined].filter((p) => p !== undefined);
  return [
    peerRestrictionsVerdict({ server: state.server, ipv4: 'peers' in v4 ? v4.peers : null, ipv6: 'peers' in v6 ? v6.peers : v6, connect, noAllocation: v4Failed }),
    relayToPublicVerdict(state.server, publics, v4Failed),
    tcpRelayVerdict(state.server, tcp),
  ];
}

/** Why the IPv4 allocation for the peer checks gave no relay (the server granted one a moment before). */
function peerAllocationFailed(r: ProbeAllocation): string {
  if (r.kind === 'error') return `The allocation for the peer checks was refused (${r.code} ${r.reason})`;
  if (r.kind === 'no-answer') return `The allocation for the peer checks got no answer (${r.message})`;
  return 'The allocation for the peer checks gave no relay address';
}

function noIpv6Relay(r: ProbeAllocation): string {
  if (r.kind === 'error') return `the server gave no IPv6 relay (${r.code} ${r.reason}), so it cannot relay to IPv6 peers`;
  if (r.kind === 'no-answer') return `no answer to an IPv6 relay Allocate (${r.message})`;
  return 'the IPv6 relay allocation failed';
}

function groupServers(uris: readonly ParsedUri[]): ServerState[] {
  const byServer = new Map<string, ServerState>();
  for (const uri of uris.filter((u) => u.isTurn)) {
    const key = serverKey(uri);
    const state = byServer.get(key) ?? { server: key, uris: [], anonymous: [], wrong: [], expired: [], software: new Set<string>(), usable: null };
    state.uris.push(uri);
    byServer.set(key, state);
  }
  return [...byServer.values()];
}

async function probeServer(state: ServerState, creds: MintedCredentials, opts: ProbeOptions): Promise<Check[]> {
  const checks: Check[] = [];
  for (const uri of state.uris) checks.push(await probeUrl(uri, state, creds, opts));
  checks.push(...anonymousVerdicts(state.server, state.anonymous));
  checks.push(rejectionVerdict('rejects-wrong-password', state.server, state.wrong));
  checks.push(
    creds.expired !== null
      ? rejectionVerdict('rejects-expired-credential', state.server, state.expired)
      : makeCheck({ id: 'rejects-expired-credential', scope: 'server', target: state.server, verdict: 'skipped', detail: 'Needs --secret: the probe mints an expired credential from the shared secret.' }),
  );
  checks.push(...(await probePeers(state, creds, opts)));
  checks.push(softwareVerdict(state.server, [...state.software], state.anonymous.some((a) => a.result.kind !== 'no-answer')));
  return checks;
}

/** The whole probe; the result has the browser tester's run shape, so the results file is the same. */
export async function runProbe(opts: ProbeOptions): Promise<{ ok: true; run: AuditRun } | { ok: false; error: string }> {
  const now = opts.now ?? Date.now;
  const started = now();
  const minted = await mintCredentials(opts.credentials, started);
  if (!minted.ok) return minted;
  const checks: Check[] = [];
  for (const state of groupServers(opts.uris)) checks.push(...(await probeServer(state, minted.creds, opts)));
  for (const uri of opts.uris.filter((u) => u.scheme === 'turns')) {
    checks.push(tlsVerdict(uri.url, await observeTls(uri.host, uri.port, opts.timeoutMs, opts.ca), now()));
  }
  return {
    ok: true,
    run: { startedAt: new Date(started).toISOString(), urls: opts.uris.map((u) => u.url), checks, candidates: {}, cancelled: false, ms: now() - started },
  };
}
