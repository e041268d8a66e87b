/**
 * The TURN audit: which probes to run for which URL or server, concurrently, reporting each verdict
 * as soon as it is decided. Credentials come from audit-credentials.ts, the plan from audit-plan.ts,
 * what the probes decide from audit-evaluate.ts (pure); this file is the scheduler.
 */

import { bytesToBase64 } from '@/lib/base64';
import type { Credential, CredentialSource, ResolvedCredentials } from './audit-credentials';
import { endpointUris, resolveCredentials } from './audit-credentials';
import type { ProbeStates, UrlProbeState } from './audit-evaluate';
import { evaluateCoverage, evaluateServer } from './audit-evaluate';
import type { AuditPlan, PlannedCheck } from './audit-plan';
import { INPUT_MESSAGES } from './input-messages';
import { planAudit } from './audit-plan';
import type { CandidateRow } from './candidates';
import type { Clock, PeerConnectionFactory } from './peer-connection';
import type { ProbeDeps } from './probe';
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_RELAY_TIMEOUT_MS, probeAllocation } from './probe';
import { isSelfRelayFailure, probeRelayConnectivity } from './relay-probe';
import type { ParsedUri } from './uri';
import { serverKey } from './uri';
import { allocationSkippedForStun, verdictForAllocation } from './verdict-allocation';
import { CANCELLED, UNDETERMINED } from './verdict-text';
import { verdictForEndpoint } from './verdict-endpoint';
import { verdictForRelayConnectivity } from './verdict-relay';
import type { Check } from './verdicts';
import { checkKey, makeCheck } from './verdicts';

export type { CredentialSource } from './audit-credentials';
export type { PlannedCheck } from './audit-plan';

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

/** The relay↔host retry: a server that answers relay↔relay with a refusal answers this one as fast. */
const SELF_RELAY_RETRY_TIMEOUT_MS = 5000;

function defaultRandomPassword(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToBase64(bytes);
}

/** Decided checks, each reported once through `onProgress`. */
class Recorder {
  readonly decided = new Map<string, Check>();
  constructor(private readonly onProgress: AuditDeps['onProgress']) {}

  emit(event: AuditEvent): void {
    try {
      this.onProgress?.(event);
    } catch {
      // A failing progress listener must not break the run.
    }
  }

  decide(c: Check | null): void {
    if (c === null) return;
    const key = checkKey(c);
    if (this.decided.has(key)) return;
    this.decided.set(key, c);
    this.emit({ type: 'check', key, check: c });
  }

  has(key: string): boolean {
    return this.decided.has(key);
  }
}

interface SchedulerContext {
  readonly plan: AuditPlan;
  readonly creds: ResolvedCredentials;
  readonly sharedSecret: boolean;
  readonly turnUris: readonly ParsedUri[];
  readonly recorder: Recorder;
  readonly deps: AuditDeps;
  readonly probeDeps: ProbeDeps;
  readonly timeoutMs: number;
  readonly relayTimeoutMs: number;
}

/** Runs every probe, decides verdicts as results arrive; resolves when all probes are done. */
async function runProbes(ctx: SchedulerContext): Promise<ProbeStates> {
  const { recorder, deps, turnUris } = ctx;
  const state = new Map<string, UrlProbeState>(turnUris.map((u) => [u.url, {}]));
  const relayStarted = new Set<string>();
  const pending: Promise<void>[] = [];

  const startRelay = (server: string, uri: ParsedUri, c: Credential): void => {
    relayStarted.add(server);
    const target = { uri, username: c.username, credential: c.credential, timeoutMs: ctx.relayTimeoutMs };
    // Creating two peer connections blocks the main thread for several milliseconds (tens on a slow
    // machine): start them in a task of their own, so the allocation verdict just emitted reaches
    // the screen first.
    const relayThenRetry = async (): Promise<void> => {
      const r = await probeRelayConnectivity(target, ctx.probeDeps);
      // A hardened server may refuse its own relay addresses as peers: then try relay↔host.
      const retry = isSelfRelayFailure(r)
        ? await probeRelayConnectivity({ ...target, answerer: 'host', timeoutMs: SELF_RELAY_RETRY_TIMEOUT_MS }, ctx.probeDeps)
        : undefined;
      recorder.decide(verdictForRelayConnectivity(server, r, retry));
    };
    pending.push(new Promise<void>((resolve) => deps.clock.setTimeout(() => void relayThenRetry().then(resolve), 0)));
  };

  const evaluate = (server: string): void => {
    const relayOpen = !relayStarted.has(server) && !recorder.has(checkKey({ id: 'relay-connectivity', target: server }));
    const e = evaluateServer(server, ctx.plan.servers.get(server) ?? [], state, { sharedSecret: ctx.sharedSecret, relayOpen });
    for (const c of e.checks) recorder.decide(c);
    const c = e.startRelayVia !== undefined ? ctx.creds.valid(e.startRelayVia) : undefined;
    if (e.startRelayVia !== undefined) relayStarted.add(server);
    if (e.startRelayVia !== undefined && c !== undefined) startRelay(server, e.startRelayVia, c);
    recorder.decide(evaluateCoverage(turnUris, state));
  };

  const launch = (uri: ParsedUri, kind: keyof UrlProbeState, c: Credential): void => {
    const onCandidate = (candidate: CandidateRow) => recorder.emit({ type: 'candidate', url: uri.url, candidate });
    const target = { uri, username: c.username, credential: c.credential, timeoutMs: ctx.timeoutMs };
    const probe = probeAllocation(target, kind === 'valid' ? { ...ctx.probeDeps, onCandidate } : ctx.probeDeps);
    pending.push(
      probe.then((result) => {
        const s = state.get(uri.url);
        if (s !== undefined) s[kind] = result;
        if (kind === 'valid') recorder.decide(verdictForAllocation(uri, result));
        evaluate(serverKey(uri));
      }),
    );
  };

  // Valid probes first: the allocation verdict is the one the budget measures.
  const randomPassword = deps.randomPassword ?? defaultRandomPassword;
  const withValid = turnUris.flatMap((u) => {
    const c = ctx.creds.valid(u);
    return c === undefined ? [] : [{ u, c }];
  });
  for (const { u, c } of withValid) launch(u, 'valid', c);
  for (const { u, c } of withValid) launch(u, 'wrong', { username: c.username, credential: randomPassword() });
  const expired = ctx.creds.expired;
  if (expired !== undefined) for (const u of turnUris) launch(u, 'expired', expired);
  if (turnUris.length === 0) recorder.decide(evaluateCoverage([], state));

  // Relay runs are pushed while allocation probes finish: wait until no new work appeared.
  for (let done = 0; done < pending.length; ) {
    const batch = pending.slice(done);
    done = pending.length;
    await Promise.all(batch);
  }
  return state;
}

function finalChecks(plan: AuditPlan, recorder: Recorder, cancelled: boolean): Check[] {
  const checks = plan.checks.map(
    (p) =>
      recorder.decided.get(p.key) ??
      makeCheck({ id: p.id, scope: p.scope, target: p.target, verdict: 'skipped', detail: cancelled ? CANCELLED : UNDETERMINED }),
  );
  for (const c of checks) recorder.decide(c);
  return checks;
}

/**
 * Runs the audit of issue 5: allocation per URL; authentication, wrong-password, expired-credential
 * and relay checks per server; credential lifetime, transport coverage and endpoint per run. All
 * probes run concurrently; each verdict is reported through `onProgress` as soon as it is decided.
 * Input errors (no URL, missing credentials, minting failure) are returned before anything runs.
 */
export async function runAudit(input: AuditInput, deps: AuditDeps): Promise<AuditResult> {
  const startedAtWall = (deps.wallClock ?? Date.now)();
  const start = deps.clock.now();
  const creds = input.credentials;
  const uris = input.urls.length === 0 && creds.kind === 'endpoint' ? endpointUris(creds.response) : [...input.urls];
  if (uris.length === 0) return { ok: false, error: INPUT_MESSAGES.noUrl };
  const resolved = await resolveCredentials(creds, uris, startedAtWall, deps.subtle);
  if (!resolved.ok) return resolved;

  const plan = planAudit(uris, creds, startedAtWall);
  const recorder = new Recorder(deps.onProgress);
  recorder.emit({ type: 'plan', checks: plan.checks });
  for (const c of plan.lifetimeChecks) recorder.decide(c);
  if (creds.kind === 'endpoint') {
    const anonymous = creds.anonymousAccess !== undefined ? { anonymousAccess: creds.anonymousAccess } : {};
    recorder.decide(verdictForEndpoint({ response: creds.response, ...anonymous }));
  }
  for (const u of uris) if (!u.isTurn) recorder.decide(allocationSkippedForStun(u));

  const turnUris = uris.filter((u) => u.isTurn);
  const probeDeps = { createPeerConnection: deps.createPeerConnection, clock: deps.clock, ...(deps.signal !== undefined ? { signal: deps.signal } : {}) };
  const state = await runProbes({
    plan,
    creds: resolved,
    sharedSecret: creds.kind === 'shared-secret',
    turnUris,
    recorder,
    deps,
    probeDeps,
    timeoutMs: input.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    relayTimeoutMs: input.relayTimeoutMs ?? DEFAULT_RELAY_TIMEOUT_MS,
  });

  const cancelled = deps.signal?.aborted === true;
  const candidates: Record<string, readonly CandidateRow[]> = {};
  for (const u of turnUris) {
    const v = state.get(u.url)?.valid;
    if (v !== undefined) candidates[u.url] = v.candidates;
  }
  const checks = finalChecks(plan, recorder, cancelled);
  const run = { startedAt: new Date(startedAtWall).toISOString(), urls: uris.map((u) => u.url), checks, candidates, cancelled };
  return { ok: true, run: { ...run, ms: Math.round(deps.clock.now() - start) } };
}
