/**
 * The TURN audit: which probes to run for which URL or server, concurrently, reporting each verdict
 * (rules in verdicts.ts) as soon as it is decided.
 */

import type { EndpointCredentials } from './credentials';
import { RECOMMENDED_MAX_TTL_SECONDS, mintRestCredential } from './credentials';
import type { AllocationProbeResult, CandidateRow, Clock, PeerConnectionFactory } from './probe';
import {
  DEFAULT_PROBE_TIMEOUT_MS,
  DEFAULT_RELAY_TIMEOUT_MS,
  probeAllocation,
  probeRelayConnectivity,
} from './probe';
import type { ParsedUri } from './uri';
import { parseUri, serverKey } from './uri';
import type { Check, CheckId, CheckScope, LifetimeInput, UrlProbes } from './verdicts';
import {
  ENDPOINT_TARGET,
  RUN_TARGET,
  allocationSkippedForStun,
  checkKey,
  makeCheck,
  verdictForAllocation,
  verdictForCredentialLifetime,
  verdictForEndpoint,
  verdictForRejectsExpiredCredential,
  verdictForRejectsWrongPassword,
  verdictForRelayConnectivity,
  verdictForRequiresAuthentication,
  verdictForTransportCoverage,
} from './verdicts';

export type CredentialSource =
  | { readonly kind: 'static'; readonly username: string; readonly password: string }
  | {
      readonly kind: 'shared-secret';
      readonly secret: string;
      readonly userId: string;
      readonly ttlSeconds: number;
    }
  | {
      readonly kind: 'endpoint';
      readonly response: EndpointCredentials;
      /** Whether a request without cookies also got credentials; undefined when not checked. */
      readonly anonymousAccess?: boolean;
    };

export interface PlannedCheck {
  readonly key: string;
  readonly id: CheckId;
  readonly scope: CheckScope;
  readonly target: string;
}

export type AuditEvent =
  | { readonly type: 'plan'; readonly checks: readonly PlannedCheck[] }
  | { readonly type: 'candidate'; readonly url: string; readonly candidate: CandidateRow }
  | { readonly type: 'check'; readonly key: string; readonly check: Check };

export interface AuditInput {
  /** Parsed URLs; for a credential endpoint an empty list means "use the endpoint's URIs". */
  readonly urls: readonly ParsedUri[];
  readonly credentials: CredentialSource;
  /** Allocation probe timeout, default `DEFAULT_PROBE_TIMEOUT_MS` (5000 ms). */
  readonly timeoutMs?: number;
  /** Relay connectivity timeout, default 10000 ms. */
  readonly relayTimeoutMs?: number;
}

export interface AuditDeps {
  readonly createPeerConnection: PeerConnectionFactory;
  readonly clock: Clock;
  /** `crypto.subtle`; needed for a shared secret. */
  readonly subtle?: SubtleCrypto | undefined;
  /** Wall clock for TURN REST timestamps, default `Date.now`. */
  readonly wallClock?: () => number;
  /** The random password for `rejects-wrong-password`. */
  readonly randomPassword?: () => string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: AuditEvent) => void;
}

export interface AuditRun {
  /** ISO 8601 wall-clock time the run started. */
  readonly startedAt: string;
  readonly urls: readonly string[];
  /** In plan order. */
  readonly checks: readonly Check[];
  /** The allocation probe's candidates per URL (the candidate table). */
  readonly candidates: Readonly<Record<string, readonly CandidateRow[]>>;
  readonly cancelled: boolean;
  readonly ms: number;
}

export type AuditResult = { ok: true; run: AuditRun } | { ok: false; error: string };

function defaultRandomPassword(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

interface Credential {
  readonly username: string;
  readonly credential: string;
}

function endpointCredentialFor(response: EndpointCredentials, uri: ParsedUri): Credential | undefined {
  const withCreds = response.iceServers.filter(
    (s) => s.username !== undefined && s.credential !== undefined,
  );
  const match =
    withCreds.find((s) =>
      s.urls.some((u) => {
        const r = parseUri(u);
        return r.ok && r.uri.url === uri.url;
      }),
    ) ?? withCreds[0];
  return match?.username !== undefined && match.credential !== undefined
    ? { username: match.username, credential: match.credential }
    : undefined;
}

/** The endpoint's valid URIs, for a run without URLs of its own. */
function endpointUris(response: EndpointCredentials): ParsedUri[] {
  const out: ParsedUri[] = [];
  for (const u of response.iceServers.flatMap((s) => s.urls)) {
    const r = parseUri(u);
    if (r.ok && !out.some((x) => x.url === r.uri.url)) out.push(r.uri);
  }
  return out;
}

/**
 * Runs the audit of issue 5: allocation per URL; authentication, wrong-password, expired-credential
 * and relay checks per server; credential lifetime, transport coverage and endpoint per run. All
 * probes run concurrently; each verdict is reported through `onProgress` as soon as it is decided.
 * Input errors (no URL, missing credentials, minting failure) are returned before anything runs.
 */
export async function runAudit(input: AuditInput, deps: AuditDeps): Promise<AuditResult> {
  const wallClock = deps.wallClock ?? Date.now;
  const startedAtWall = wallClock();
  const start = deps.clock.now();
  const creds = input.credentials;
  const timeoutMs = input.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const relayTimeoutMs = input.relayTimeoutMs ?? DEFAULT_RELAY_TIMEOUT_MS;

  const uris = input.urls.length === 0 && creds.kind === 'endpoint' ? endpointUris(creds.response) : [...input.urls];
  if (uris.length === 0) return { ok: false, error: 'TURN server URLs: enter at least one URL' };

  // Credentials per URL: valid, and (shared secret) expired.
  let valid: (uri: ParsedUri) => Credential | undefined;
  let expired: Credential | undefined;
  switch (creds.kind) {
    case 'static': {
      if (creds.username === '') return { ok: false, error: 'Username: enter the username' };
      if (creds.password === '') return { ok: false, error: 'Password: enter the password' };
      const c = { username: creds.username, credential: creds.password };
      valid = () => c;
      break;
    }
    case 'shared-secret': {
      if (!Number.isSafeInteger(creds.ttlSeconds) || creds.ttlSeconds <= 0) {
        return { ok: false, error: 'Lifetime (seconds): enter a positive whole number of seconds' };
      }
      const base = { secret: creds.secret, userId: creds.userId, now: startedAtWall };
      const minted = await mintRestCredential({ ...base, ttlSeconds: creds.ttlSeconds }, deps.subtle);
      if (!minted.ok) return minted;
      const old = await mintRestCredential({ ...base, ttlSeconds: -RECOMMENDED_MAX_TTL_SECONDS }, deps.subtle);
      if (!old.ok) return old;
      const c = { username: minted.credential.username, credential: minted.credential.password };
      valid = () => c;
      expired = { username: old.credential.username, credential: old.credential.password };
      break;
    }
    case 'endpoint': {
      const response = creds.response;
      valid = (uri) => endpointCredentialFor(response, uri);
      if (uris.some((u) => u.isTurn && valid(u) === undefined)) {
        return { ok: false, error: 'Credential endpoint: the response has no username and credential for the TURN URLs' };
      }
      break;
    }
  }

  const emit = (event: AuditEvent): void => {
    try {
      deps.onProgress?.(event);
    } catch {
      // A failing progress listener must not break the run.
    }
  };

  // The plan, in display order.
  const turnUris = uris.filter((u) => u.isTurn);
  const servers = new Map<string, ParsedUri[]>();
  for (const u of turnUris) servers.set(serverKey(u), [...(servers.get(serverKey(u)) ?? []), u]);
  const plan: PlannedCheck[] = [];
  const planCheck = (id: CheckId, scope: CheckScope, target: string): void => {
    plan.push({ key: checkKey({ id, target }), id, scope, target });
  };
  for (const u of uris) planCheck('allocation', 'url', u.url);
  for (const server of servers.keys()) {
    planCheck('requires-authentication', 'server', server);
    planCheck('rejects-wrong-password', 'server', server);
    if (creds.kind === 'shared-secret') planCheck('rejects-expired-credential', 'server', server);
    planCheck('relay-connectivity', 'server', server);
  }
  const lifetimeInputs: LifetimeInput[] = [];
  if (creds.kind === 'static') lifetimeInputs.push({ kind: 'static', username: creds.username, now: startedAtWall });
  if (creds.kind === 'shared-secret') {
    lifetimeInputs.push({ kind: 'shared-secret', ttlSeconds: creds.ttlSeconds, userId: creds.userId });
  }
  if (creds.kind === 'endpoint') {
    const seen = new Set<string>();
    creds.response.iceServers.forEach((s, i) => {
      if (s.username === undefined || seen.has(s.username)) return;
      seen.add(s.username);
      lifetimeInputs.push({
        kind: 'endpoint',
        username: s.username,
        now: startedAtWall,
        ...(creds.response.ttlSeconds !== undefined ? { ttlSeconds: creds.response.ttlSeconds } : {}),
        ...(creds.response.iceServers.length > 1 ? { target: `iceServers[${i}]` } : {}),
      });
    });
  }
  const lifetimeChecks = lifetimeInputs.map(verdictForCredentialLifetime);
  for (const c of lifetimeChecks) planCheck(c.id, c.scope, c.target);
  planCheck('transport-coverage', 'run', RUN_TARGET);
  if (creds.kind === 'endpoint') planCheck('endpoint', 'run', ENDPOINT_TARGET);
  emit({ type: 'plan', checks: plan });

  const decided = new Map<string, Check>();
  const decide = (c: Check | null): void => {
    if (c === null) return;
    const key = checkKey(c);
    if (decided.has(key)) return;
    decided.set(key, c);
    emit({ type: 'check', key, check: c });
  };

  for (const c of lifetimeChecks) decide(c);
  if (creds.kind === 'endpoint') {
    decide(
      verdictForEndpoint({
        response: creds.response,
        ...(creds.anonymousAccess !== undefined ? { anonymousAccess: creds.anonymousAccess } : {}),
      }),
    );
  }
  for (const u of uris) if (!u.isTurn) decide(allocationSkippedForStun(u));

  const state = new Map<string, { valid?: AllocationProbeResult; wrong?: AllocationProbeResult; expired?: AllocationProbeResult }>();
  for (const u of turnUris) state.set(u.url, {});
  const urlProbes = (server: string): UrlProbes[] =>
    (servers.get(server) ?? []).map((uri) => {
      const s = state.get(uri.url) ?? {};
      return {
        uri,
        valid: s.valid,
        wrong: s.wrong,
        expired: creds.kind === 'shared-secret' ? s.expired : undefined,
      };
    });

  const relayStarted = new Set<string>();
  const relayRuns: Promise<void>[] = [];
  const probeDeps = {
    createPeerConnection: deps.createPeerConnection,
    clock: deps.clock,
    ...(deps.signal !== undefined ? { signal: deps.signal } : {}),
  };

  const evaluate = (server: string): void => {
    const probes = urlProbes(server);
    decide(verdictForRequiresAuthentication(server, probes));
    decide(verdictForRejectsWrongPassword(server, probes));
    if (creds.kind === 'shared-secret') decide(verdictForRejectsExpiredCredential(server, probes));
    const relayKey = checkKey({ id: 'relay-connectivity', target: server });
    if (!relayStarted.has(server) && !decided.has(relayKey)) {
      const passing = probes.find((p) => p.valid?.outcome.kind === 'relay');
      if (passing !== undefined) {
        relayStarted.add(server);
        const c = valid(passing.uri);
        if (c !== undefined) {
          relayRuns.push(
            new Promise<void>((resolve) => {
              // Creating two peer connections blocks the main thread for several milliseconds (tens
              // on a slow machine): start them in a task of their own, so the allocation verdict just
              // emitted reaches the screen first.
              deps.clock.setTimeout(() => {
                void probeRelayConnectivity(
                  { uri: passing.uri, username: c.username, credential: c.credential, timeoutMs: relayTimeoutMs },
                  probeDeps,
                ).then((r) => {
                  decide(verdictForRelayConnectivity(server, r));
                  resolve();
                });
              }, 0);
            }),
          );
        }
      } else if (probes.every((p) => p.valid !== undefined)) {
        decide(
          verdictForRelayConnectivity(
            server,
            probes.some((p) => p.valid?.outcome.kind === 'cancelled') ? 'cancelled' : 'no-allocation',
          ),
        );
      }
    }
    decide(
      verdictForTransportCoverage(turnUris.map((uri) => ({ uri, allocation: state.get(uri.url)?.valid }))),
    );
  };

  const randomPassword = deps.randomPassword ?? defaultRandomPassword;
  const probes: Promise<void>[] = [];
  const launch = (uri: ParsedUri, kind: 'valid' | 'wrong' | 'expired', c: Credential): void => {
    probes.push(
      probeAllocation(
        { uri, username: c.username, credential: c.credential, timeoutMs },
        kind === 'valid'
          ? { ...probeDeps, onCandidate: (candidate) => emit({ type: 'candidate', url: uri.url, candidate }) }
          : probeDeps,
      ).then((result) => {
        const s = state.get(uri.url);
        if (s !== undefined) s[kind] = result;
        if (kind === 'valid') decide(verdictForAllocation(uri, result));
        evaluate(serverKey(uri));
      }),
    );
  };
  // Valid probes first: the allocation verdict is the one the budget measures.
  for (const u of turnUris) {
    const c = valid(u);
    if (c !== undefined) launch(u, 'valid', c);
  }
  for (const u of turnUris) {
    const c = valid(u);
    if (c !== undefined) launch(u, 'wrong', { username: c.username, credential: randomPassword() });
  }
  if (expired !== undefined) for (const u of turnUris) launch(u, 'expired', expired);
  if (turnUris.length === 0) decide(verdictForTransportCoverage([]));

  await Promise.all(probes);
  await Promise.all(relayRuns);

  const cancelled = deps.signal?.aborted === true;
  const checks = plan.map(
    (p) =>
      decided.get(p.key) ??
      makeCheck(p.id, p.scope, p.target, 'skipped', 0, cancelled ? 'Cancelled.' : 'Could not be determined.'),
  );
  for (const c of checks) if (!decided.has(checkKey(c))) decide(c);

  const candidates: Record<string, readonly CandidateRow[]> = {};
  for (const u of turnUris) {
    const v = state.get(u.url)?.valid;
    if (v !== undefined) candidates[u.url] = v.candidates;
  }
  return {
    ok: true,
    run: {
      startedAt: new Date(startedAtWall).toISOString(),
      urls: uris.map((u) => u.url),
      checks,
      candidates,
      cancelled,
      ms: Math.round(deps.clock.now() - start),
    },
  };
}
