/**
 * The verdict rules of issue 5 as pure functions of probe results: each `verdictFor…` decides one
 * check, or returns null while the evidence it needs is still running. `runAudit` (audit.ts) only
 * schedules probes and feeds their results here.
 */

import type { EndpointCredentials } from './credentials';
import { RECOMMENDED_MAX_TTL_SECONDS, analyzeUsername, detectPersonalData } from './credentials';
import type { AllocationProbeResult, RelayConnectivityResult } from './probe';
import {
  DNS_701_CAUSE,
  TLS_701_CAUSE,
  describeStunError,
  explainNoAnswer,
  explainStunError,
  isHostLookupError,
  noAnswerCauses,
} from './stun-errors';
import type { ParsedUri } from './uri';
import { parseUri, urlHost } from './uri';

import type { CheckId } from '@/entities/checklist/turn-check-ids';
export { CHECK_IDS, type CheckId } from '@/entities/checklist/turn-check-ids';

export type Verdict = 'pass' | 'warn' | 'fail' | 'skipped';
export type CheckSeverity = 'critical' | 'high' | 'medium' | 'low';
/** What `target` names: one URL, one server (host:port, see `serverKey`), or the whole run. */
export type CheckScope = 'url' | 'server' | 'run';

export interface Check {
  readonly id: CheckId;
  readonly scope: CheckScope;
  /** The URL, the server, or a label for run-wide checks ("all URLs", "credentials"). */
  readonly target: string;
  readonly verdict: Verdict;
  /** Milliseconds from the start of the deciding probe to the deciding event; 0 when computed. */
  readonly ms: number;
  readonly errorCode?: number;
  /** Plain-words explanation. Never contains credentials. */
  readonly detail: string;
  /** How bad it is when the verdict is warn or fail. */
  readonly severity?: CheckSeverity;
}

export function checkKey(check: Pick<Check, 'id' | 'target'>): string {
  return `${check.id} ${check.target}`;
}

/** Per URL, the allocation probes for one server; `undefined` while a probe is still running. */
export interface UrlProbes {
  readonly uri: ParsedUri;
  readonly valid: AllocationProbeResult | undefined;
  readonly wrong: AllocationProbeResult | undefined;
  readonly expired: AllocationProbeResult | undefined;
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;
/** `target` of run-wide checks. */
export const RUN_TARGET = 'all URLs';
export const ENDPOINT_TARGET = 'credential endpoint';
const CREDENTIALS_TARGET = 'credentials';

/** Builds a Check, omitting absent optional fields (exactOptionalPropertyTypes) and rounding ms. */
export function makeCheck(
  id: CheckId,
  scope: CheckScope,
  target: string,
  verdict: Verdict,
  ms: number,
  detail: string,
  extra: { errorCode?: number | undefined; severity?: CheckSeverity | undefined } = {},
): Check {
  return {
    id,
    scope,
    target,
    verdict,
    ms: Math.round(ms),
    detail,
    ...(extra.errorCode !== undefined ? { errorCode: extra.errorCode } : {}),
    ...(extra.severity !== undefined ? { severity: extra.severity } : {}),
  };
}

function isPrivateAddress(address: string): boolean {
  const a = address.toLowerCase();
  if (/^(10|127)\./.test(a) || /^192\.168\./.test(a) || /^169\.254\./.test(a)) return true;
  if (/^172\.(1[6-9]|2[0-9]|3[01])\./.test(a)) return true;
  if (/^100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\./.test(a)) return true;
  return a === '::1' || /^f[cd][0-9a-f]{2}:/.test(a) || /^fe[89ab][0-9a-f]:/.test(a);
}

function isLocalHost(uri: ParsedUri): boolean {
  if (uri.hostKind === 'hostname') {
    return uri.host === 'localhost' || /\.(local|localhost|internal|lan|home\.arpa)$/.test(uri.host);
  }
  return isPrivateAddress(uri.host);
}

/**
 * `allocation` (per URL): pass on a relay candidate, fail with the STUN error explained (RFC 8656
 * §7.2 Allocate errors, webrtc-pc 701) or with the transport's "no answer" causes.
 */
export function verdictForAllocation(uri: ParsedUri, result: AllocationProbeResult): Check {
  const o = result.outcome;
  const at = (verdict: Verdict, detail: string, extra: { errorCode?: number } = {}): Check =>
    makeCheck('allocation', 'url', uri.url, verdict, result.ms, detail, extra);
  switch (o.kind) {
    case 'relay': {
      const c = o.candidate;
      let detail =
        `Relay candidate ${c.address}${c.port !== null ? `:${c.port}` : ''} (${c.protocol || 'udp'}, ` +
        `relay protocol ${c.relayProtocol ?? uri.transport}) after ${Math.round(c.ms)} ms.`;
      if (isPrivateAddress(c.address) && !isLocalHost(uri)) {
        detail +=
          ' The relay address is private: clients outside that network cannot reach it. Set coturn ' +
          '"external-ip" to the public address.';
      }
      return at('pass', detail);
    }
    case 'error':
      return at('fail', describeStunError(o.errorCode, o.errorText, uri.transport), { errorCode: o.errorCode });
    case 'no-answer':
      return at(
        'fail',
        o.gatheringComplete
          ? `Gathering ended after ${seconds(result.ms)} without a relay candidate or an error. ` +
              noAnswerCauses(uri.transport)
          : explainNoAnswer(uri.transport, result.timeoutMs),
      );
    case 'invalid-config':
      return at(
        'fail',
        o.errorName === 'InvalidAccessError'
          ? `The browser refused the credentials before contacting the server (InvalidAccessError: ${o.message}). ` +
              'TURN needs a non-empty username and password, and the username may be at most 509 bytes.'
          : o.errorName === 'SyntaxError'
            ? `The browser refused the URL (SyntaxError: ${o.message}).`
            : `The browser could not create the peer connection (${o.errorName}: ${o.message}).`,
      );
    case 'setup-failed':
      return at('fail', `The browser could not start ICE gathering (${o.message}).`);
    case 'cancelled':
      return at('skipped', 'Cancelled.');
  }
}

/** `allocation` for a `stun:`/`stuns:` URL: nothing to allocate. */
export function allocationSkippedForStun(uri: ParsedUri): Check {
  return makeCheck(
    'allocation',
    'url',
    uri.url,
    'skipped',
    0,
    'A STUN server only tells clients their public address; it does not relay. The TURN checks apply to turn: and turns: URLs.',
  );
}

export type Observation = { readonly uri: ParsedUri; readonly result: AllocationProbeResult };

function observations(probes: readonly UrlProbes[], key: 'valid' | 'wrong' | 'expired'): Observation[] {
  const out: Observation[] = [];
  for (const p of probes) {
    const result = p[key];
    if (result !== undefined) out.push({ uri: p.uri, result });
  }
  return out;
}

function isPending(probes: readonly UrlProbes[], key: 'valid' | 'wrong' | 'expired'): boolean {
  return probes.some((p) => p[key] === undefined);
}

function find(obs: readonly Observation[], pred: (o: AllocationProbeResult['outcome']) => boolean) {
  return obs.find((o) => pred(o.result.outcome));
}

const is401 = (o: AllocationProbeResult['outcome']): boolean => o.kind === 'error' && o.errorCode === 401;
const isRelay = (o: AllocationProbeResult['outcome']): boolean => o.kind === 'relay';

/**
 * Whether a TCP/TLS URL of the server stands in the way of a pass: 'silent' when one got neither a
 * challenge nor a relay candidate on these probes and at least one probe heard nothing (an anonymous
 * relay or a silently dropping firewall, see `undeterminedAuthVerdict`), 'pending' while such a URL
 * is still running. A pass on one URL must never hide a silent TCP/TLS URL of the same server.
 */
function tcpSilence(
  probes: readonly UrlProbes[],
  keys: readonly ('valid' | 'wrong' | 'expired')[],
): { silent: ParsedUri } | 'pending' | null {
  let pending = false;
  for (const p of probes) {
    if (p.uri.transport === 'udp') continue;
    const outcomes = keys.map((k) => p[k]?.outcome);
    if (outcomes.some((o) => o !== undefined && (is401(o) || isRelay(o)))) continue;
    if (outcomes.some((o) => o?.kind === 'no-answer')) return { silent: p.uri };
    if (outcomes.some((o) => o === undefined)) pending = true;
  }
  return pending ? 'pending' : null;
}

/** The warn for a silent TCP/TLS URL, noting the URL that did challenge. */
function silentDespite(check: Check, answered: Observation): Check {
  return { ...check, detail: `${check.detail} (${answered.uri.url} did answer with authentication, so this URL may reach a differently configured listener, or be blocked.)` };
}

/**
 * The verdict when neither a challenge nor a relay candidate was observed: never pass. A silent
 * TCP/TLS URL → warn naming both causes (anonymous relay, or a firewall dropping silently); silence
 * only over UDP → skipped, because a browser cannot tell an anonymous server from an unreachable one.
 */
function undeterminedAuthVerdict(
  id: CheckId,
  server: string,
  obs: readonly Observation[],
  hasTcpUrl: boolean,
): Check {
  const ms = Math.max(0, ...obs.map((o) => o.result.ms));
  const at = (verdict: Verdict, detail: string, extra: { errorCode?: number; severity?: CheckSeverity } = {}) =>
    makeCheck(id, 'server', server, verdict, ms, detail, extra);

  if (obs.some((o) => o.result.outcome.kind === 'cancelled')) return at('skipped', 'Cancelled.');

  const silentTcp = obs.find((o) => o.result.outcome.kind === 'no-answer' && o.uri.transport !== 'udp');
  if (silentTcp !== undefined) {
    const transport = silentTcp.uri.transport === 'tls' ? 'TLS' : 'TCP';
    return at(
      'warn',
      `Over ${transport} (${silentTcp.uri.url}) the server neither refused the connection (701) nor ` +
        `challenged (401) nor gave a relay candidate within ${seconds(silentTcp.result.timeoutMs)}. ` +
        'Two likely causes: (1) an anonymous TURN relay (coturn "no-auth") — critical: anyone can relay ' +
        'traffic through it; Chromium silently discards its unauthenticated answer; or (2) a firewall ' +
        'that silently drops the connection. Check the server configuration for "no-auth", or test ' +
        'from a network without that firewall.',
      { severity: 'critical' },
    );
  }

  const unexpected = obs.find(
    (o) => o.result.outcome.kind === 'error' && o.result.outcome.errorCode !== 401 && o.result.outcome.errorCode !== 701,
  );
  if (unexpected !== undefined && unexpected.result.outcome.kind === 'error') {
    const code = unexpected.result.outcome.errorCode;
    return at(
      'warn',
      `The server answered ${code} ${explainStunError(code).title} on ${unexpected.uri.url} instead of a ` +
        '401 challenge, so whether it checks credentials could not be observed. ' +
        explainStunError(code).explanation,
      { errorCode: code },
    );
  }

  const silentUdp = obs.find((o) => o.result.outcome.kind === 'no-answer');
  if (silentUdp !== undefined) {
    return at(
      'skipped',
      `Nothing answered over UDP within ${seconds(silentUdp.result.timeoutMs)}. Over UDP a browser ` +
        'cannot tell an anonymous TURN server (whose unauthenticated answer Chromium discards) from an ' +
        'unreachable one. ' +
        (hasTcpUrl
          ? 'The TCP/TLS URLs could not be reached either.'
          : `Add a TCP URL (for example turn:${server}?transport=tcp) to tell them apart.`),
    );
  }

  if (obs.length > 0 && obs.every((o) => o.result.outcome.kind === 'error' && o.result.outcome.errorCode === 701)) {
    const errorText = (o: Observation): string | undefined =>
      o.result.outcome.kind === 'error' ? o.result.outcome.errorText : undefined;
    const why = obs.every((o) => isHostLookupError(errorText(o)))
      ? ` ${DNS_701_CAUSE}.`
      : obs.every((o) => o.uri.transport === 'tls')
        ? ` Likely cause over turns: ${TLS_701_CAUSE}. See the allocation check.`
        : ' See the allocation check for the likely causes.';
    return at(
      'skipped',
      `The browser could not connect to the server (701) on any URL, so authentication could not be tested.${why}`,
      { errorCode: 701 },
    );
  }

  const refused = obs.find(
    (o) => o.result.outcome.kind === 'invalid-config' || o.result.outcome.kind === 'setup-failed',
  );
  if (refused !== undefined) {
    return at('skipped', 'The browser refused to start the probe; see the allocation check.');
  }
  return at('skipped', 'Could not be determined.');
}

/**
 * `requires-authentication` (per server): pass on a 401 to the wrong-password probe, or on any relay
 * candidate (Chromium accepts only an Allocate success carrying a valid MESSAGE-INTEGRITY, RFC 8489
 * §9.2). Otherwise see `undeterminedAuthVerdict`. Returns null while undecided.
 */
export function verdictForRequiresAuthentication(server: string, probes: readonly UrlProbes[]): Check | null {
  const wrong = observations(probes, 'wrong');
  const valid = observations(probes, 'valid');
  const challenged = find(wrong, is401);
  const relayed = find(valid, isRelay);
  const silence = tcpSilence(probes, ['valid', 'wrong']);
  const answered = challenged ?? relayed;
  if (answered !== undefined && silence === 'pending') return null;
  if (answered !== undefined && silence !== null && silence !== 'pending') {
    const only = [...valid, ...wrong].filter((o) => o.uri.url === silence.silent.url);
    return silentDespite(undeterminedAuthVerdict('requires-authentication', server, only, true), answered);
  }
  if (challenged !== undefined) {
    return makeCheck(
      'requires-authentication',
      'server',
      server,
      'pass',
      challenged.result.ms,
      `The server challenged a wrong password with 401 Unauthorized on ${challenged.uri.url}.`,
      { errorCode: 401 },
    );
  }
  if (relayed !== undefined) {
    return makeCheck(
      'requires-authentication',
      'server',
      server,
      'pass',
      relayed.result.ms,
      `Relay candidate with the real credentials on ${relayed.uri.url}. Browsers accept only an ` +
        'authenticated answer, so the server checked the credentials.',
    );
  }
  if (isPending(probes, 'wrong') || isPending(probes, 'valid')) return null;
  return undeterminedAuthVerdict(
    'requires-authentication',
    server,
    [...valid, ...wrong],
    probes.some((p) => p.uri.transport !== 'udp'),
  );
}

function verdictForRejection(
  id: 'rejects-wrong-password' | 'rejects-expired-credential',
  server: string,
  probes: readonly UrlProbes[],
  key: 'wrong' | 'expired',
): Check | null {
  const obs = observations(probes, key);
  const accepted = find(obs, isRelay);
  if (accepted !== undefined) {
    return id === 'rejects-wrong-password'
      ? makeCheck(
          id,
          'server',
          server,
          'fail',
          accepted.result.ms,
          `A relay candidate was obtained with a random password on ${accepted.uri.url}: the server does ` +
            'not check passwords. Anyone who knows or guesses a username can relay through it.',
          { severity: 'critical' },
        )
      : makeCheck(
          id,
          'server',
          server,
          'fail',
          accepted.result.ms,
          `A credential that expired a day ago was accepted on ${accepted.uri.url}: the server does not ` +
            'check the TURN REST timestamp, so a leaked credential works forever. Check that the server ' +
            'uses "use-auth-secret" and that its clock is right.',
          { severity: 'high' },
        );
  }
  if (isPending(probes, key)) return null;
  const refused = find(obs, is401);
  const silence = refused !== undefined ? tcpSilence(probes, [key]) : null;
  if (refused !== undefined && silence !== null && silence !== 'pending') {
    const only = obs.filter((o) => o.uri.url === silence.silent.url);
    return silentDespite(undeterminedAuthVerdict(id, server, only, true), refused);
  }
  if (refused !== undefined) {
    return makeCheck(
      id,
      'server',
      server,
      'pass',
      refused.result.ms,
      `Refused with 401 Unauthorized on ${refused.uri.url}` +
        (id === 'rejects-wrong-password' ? ' (same username, random password).' : ' (timestamp a day in the past).'),
      { errorCode: 401 },
    );
  }
  return undeterminedAuthVerdict(id, server, obs, probes.some((p) => p.uri.transport !== 'udp'));
}

/**
 * `rejects-wrong-password` (per server): the same username with a random password. pass on 401;
 * fail (critical) on a relay candidate; otherwise never pass (warn/skipped as for
 * requires-authentication). Returns null while undecided.
 */
export function verdictForRejectsWrongPassword(server: string, probes: readonly UrlProbes[]): Check | null {
  return verdictForRejection('rejects-wrong-password', server, probes, 'wrong');
}

/**
 * `rejects-expired-credential` (per server, shared secret only): a TURN REST credential whose expiry
 * is a day in the past (draft-uberti-behave-turn-rest-00 §2.2: the server must reject it; coturn
 * answers 401). pass on 401, fail on a relay candidate. Returns null while undecided.
 */
export function verdictForRejectsExpiredCredential(server: string, probes: readonly UrlProbes[]): Check | null {
  return verdictForRejection('rejects-expired-credential', server, probes, 'expired');
}

const RELAY_CAUSES =
  'Usual causes: a firewall blocks the relay port range (coturn "min-port"–"max-port", default ' +
  '49152–65535); a wrong "external-ip", so the advertised relay addresses are not reachable; or a ' +
  '"denied-peer-ip" range that also covers the server’s own relay address (on loopback coturn needs ' +
  '"allow-loopback-peers").';

/**
 * `relay-connectivity` (per server): pass when data went both ways between two relay-only peer
 * connections (RFC 8656 §§9–12: permissions, channels, Send/Data indications), with the round-trip
 * time; fail with the usual causes.
 */
export function verdictForRelayConnectivity(
  server: string,
  result: RelayConnectivityResult | 'no-allocation' | 'cancelled',
): Check {
  const at = (verdict: Verdict, ms: number, detail: string, severity?: CheckSeverity): Check =>
    makeCheck('relay-connectivity', 'server', server, verdict, ms, detail, { severity });
  if (result === 'cancelled') return at('skipped', 0, 'Cancelled.');
  if (result === 'no-allocation') {
    return at('skipped', 0, 'No allocation succeeded on this server, so relay connectivity could not be tested.');
  }
  const o = result.outcome;
  const via = `through ${result.url}`;
  switch (o.kind) {
    case 'connected':
      return at(
        'pass',
        result.ms,
        `Data went both ways between two relay-only peer connections ${via}: round trip ` +
          `${Math.round(o.rttMs)} ms (median of ${o.rtts.length}).`,
      );
    case 'ice-failed':
      return at(
        'fail',
        result.ms,
        (o.iceConnectionState === 'failed'
          ? `ICE failed between two relay candidates ${via} (ICE state "failed").`
          : `The connection between two relay candidates ${via} failed (connection state ` +
            `"${o.connectionState}", ICE state "${o.iceConnectionState}").`) +
          ` The allocation works, but media cannot flow. ${RELAY_CAUSES}`,
        'high',
      );
    case 'timeout':
      return at(
        'fail',
        result.ms,
        o.phase === 'gathering'
          ? `Both peer connections did not get a relay candidate ${via} within ${seconds(result.timeoutMs)}, ` +
              'although the allocation check succeeded. The server may limit allocations per user (coturn "user-quota").'
          : o.phase === 'connecting'
            ? `ICE did not connect between the two relay candidates ${via} within ${seconds(result.timeoutMs)} ` +
                `(ICE state "${o.iceConnectionState}"). ${RELAY_CAUSES}`
            : `ICE connected ${via}, but the data channel messages did not come back within ` +
              `${seconds(result.timeoutMs)}. ${RELAY_CAUSES}`,
        'high',
      );
    case 'channel-closed':
      return at('fail', result.ms, `The data channel ${via} closed before the round trip completed. ${RELAY_CAUSES}`, 'high');
    case 'invalid-config':
      return at('fail', result.ms, `The browser could not create the peer connections (${o.errorName}: ${o.message}).`);
    case 'setup-failed':
      return at('fail', result.ms, `The browser could not negotiate the two peer connections (${o.message}).`);
    case 'cancelled':
      return at('skipped', result.ms, 'Cancelled.');
  }
}

export type LifetimeInput =
  | { readonly kind: 'static'; readonly username: string; readonly now: number }
  | { readonly kind: 'shared-secret'; readonly ttlSeconds: number; readonly userId: string }
  | {
      readonly kind: 'endpoint';
      readonly username: string;
      readonly ttlSeconds?: number;
      readonly now: number;
      readonly target?: string;
    };

function formatDuration(totalSeconds: number): string {
  const s = Math.abs(Math.round(totalSeconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 360) / 10} h`;
  return `${Math.round(s / 8640) / 10} days`;
}

/**
 * `credential-lifetime` (per run): pass for expiring credentials with a lifetime ≤ 24 h
 * (draft-uberti-behave-turn-rest-00 §2.2 recommends 86400 s), warn above, fail for static
 * credentials; warn when the user id looks like personal data (USERNAME is sent in clear text).
 */
export function verdictForCredentialLifetime(input: LifetimeInput): Check {
  const target = input.kind === 'endpoint' ? (input.target ?? CREDENTIALS_TARGET) : CREDENTIALS_TARGET;
  const r: { verdict: Verdict; detail: string; severity?: CheckSeverity } = byLifetimeOrStatic(input);
  const personal =
    input.kind === 'shared-secret'
      ? detectPersonalData(input.userId)
      : analyzeUsername(input.username, input.now).personalData;
  if (personal.length > 0) {
    const what = personal.map((p) => p.description).join(' and ');
    r.detail +=
      ` The user id ${what}: the username travels in clear text in every TURN request. Use an ` +
      'opaque id (draft-uberti-behave-turn-rest-00 §4).';
    if (r.verdict === 'pass') {
      r.verdict = 'warn';
      r.severity = 'medium';
    }
  }
  return makeCheck('credential-lifetime', 'run', target, r.verdict, 0, r.detail, { severity: r.severity });
}

function byLifetime(lifetimeSeconds: number, what: string): { verdict: Verdict; detail: string; severity?: CheckSeverity } {
  if (lifetimeSeconds <= RECOMMENDED_MAX_TTL_SECONDS) {
    return { verdict: 'pass', detail: `${what} ${formatDuration(lifetimeSeconds)} (at most 24 h).` };
  }
  return {
    verdict: 'warn',
    severity: 'medium',
    detail:
      `${what} ${formatDuration(lifetimeSeconds)}, more than 24 h: a leaked credential stays usable ` +
      'that long. Mint credentials per session with a lifetime of at most 24 h.',
  };
}

function byLifetimeOrStatic(input: LifetimeInput): { verdict: Verdict; detail: string; severity?: CheckSeverity } {
  if (input.kind === 'shared-secret') return byLifetime(input.ttlSeconds, 'Minted credentials expire after');
  const a = analyzeUsername(input.username, input.now);
  if (a.kind === 'expiring' && a.remainingSeconds !== undefined) {
    const r =
      a.expired === true
        ? {
            verdict: 'warn' as Verdict,
            severity: 'medium' as CheckSeverity,
            detail:
              `This credential already expired ${formatDuration(a.remainingSeconds)} ago (the expiry in the ` +
              'username is in the past): the server will refuse it (401), so the other checks test a dead ' +
              'credential. The app you took it from must mint a fresh one per session — copy a new one ' +
              'and run again. If it was just minted, this computer’s clock (or the minting server’s) is off.',
          }
        : byLifetime(a.remainingSeconds, 'The username expires in');
    if (a.timestampLooksLikeMilliseconds === true) {
      r.detail +=
        ' The timestamp looks like milliseconds; TURN REST expiries are in seconds, so the server ' +
        'reads it as thousands of years away.';
    }
    if (input.kind === 'endpoint' && input.ttlSeconds !== undefined && a.expired !== true) {
      const drift = Math.abs(input.ttlSeconds - a.remainingSeconds);
      if (drift > Math.max(300, input.ttlSeconds * 0.1)) {
        r.detail += ` The endpoint's ttl (${formatDuration(input.ttlSeconds)}) does not match the expiry in the username.`;
      }
    }
    return r;
  }
  if (input.kind === 'endpoint' && input.ttlSeconds !== undefined) {
    return {
      verdict: 'warn',
      severity: 'low',
      detail:
        `The username carries no expiry. The endpoint's ttl says ${formatDuration(input.ttlSeconds)}, but a ` +
        'browser cannot check that the server enforces it (providers with opaque usernames do; a static ' +
        'coturn user does not).' +
        (input.ttlSeconds > RECOMMENDED_MAX_TTL_SECONDS ? ' A ttl above 24 h is also too long.' : ''),
    };
  }
  return {
    verdict: 'fail',
    severity: 'high',
    detail:
      'Static credentials (no expiry in the username): anyone who reads your JavaScript can reuse them ' +
      'until the password is changed. Use TURN REST credentials minted per session (coturn ' +
      '"use-auth-secret") with a lifetime of at most 24 h.',
  };
}

/**
 * `transport-coverage` (per run): pass when a TLS or TCP URL on port 443 works, since strict
 * firewalls often allow only 443 (RFC 8656 §3.1 TURN over TLS); warn when only UDP is offered or
 * nothing on 443 works. Returns null while undecided.
 */
export function verdictForTransportCoverage(
  entries: readonly { readonly uri: ParsedUri; readonly allocation: AllocationProbeResult | undefined }[],
): Check | null {
  const turn = entries.filter((e) => e.uri.isTurn);
  const at = (verdict: Verdict, ms: number, detail: string, severity?: CheckSeverity): Check =>
    makeCheck('transport-coverage', 'run', RUN_TARGET, verdict, ms, detail, { severity });
  if (turn.length === 0) return at('skipped', 0, 'No turn: or turns: URL to test.');
  const on443 = turn.filter((e) => e.uri.transport !== 'udp' && e.uri.port === 443);
  const working = on443
    .filter((e) => e.allocation?.outcome.kind === 'relay')
    .sort((a, b) => (a.uri.transport === 'tls' ? -1 : 0) - (b.uri.transport === 'tls' ? -1 : 0));
  const best = working[0];
  if (best !== undefined && best.allocation !== undefined) {
    return at(
      'pass',
      best.allocation.ms,
      `${best.uri.url} works: clients behind firewalls that allow only port 443 still get media.` +
        (best.uri.transport === 'tcp'
          ? ' Consider turns: on 443 as well: some proxies let only TLS through.'
          : ''),
    );
  }
  if (turn.some((e) => e.allocation === undefined)) return null;
  if (turn.some((e) => e.allocation?.outcome.kind === 'cancelled')) return at('skipped', 0, 'Cancelled.');
  const ADD = ` Add turns:${urlHost(turn[0]!.uri)}:443 (TURN over TLS on port 443).`;
  if (turn.every((e) => e.uri.transport === 'udp')) {
    return at(
      'warn',
      0,
      'Only UDP is offered: clients behind firewalls that block UDP (common in companies and hotels) get no media.' + ADD,
      'medium',
    );
  }
  if (on443.length > 0) {
    return at(
      'warn',
      0,
      `${on443.map((e) => e.uri.url).join(', ')} is offered but its allocation failed, so clients behind strict firewalls get no media.`,
      'medium',
    );
  }
  const streams = turn.filter((e) => e.uri.transport !== 'udp');
  const portList = (list: typeof streams): string => {
    const ports = [...new Set(list.map((e) => e.uri.port))];
    return `port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`;
  };
  const works = streams.filter((e) => e.allocation?.outcome.kind === 'relay');
  const broken = streams.filter((e) => e.allocation?.outcome.kind !== 'relay');
  const parts: string[] = [];
  if (works.length > 0) parts.push(`TCP/TLS works only on ${portList(works)}.`);
  if (broken.length > 0) {
    parts.push(
      `${broken.map((e) => e.uri.url).join(', ')} ${broken.length === 1 ? 'was' : 'were'} offered but did not ` +
        'work (see the allocation check).',
    );
  }
  return at('warn', 0, `${parts.join(' ')} Strict firewalls often allow only port 443.` + ADD, 'medium');
}

/**
 * `endpoint` (credential endpoint only): the response shape, ttl and URIs, and whether a request
 * without cookies also gets credentials (draft-uberti-behave-turn-rest-00 §2.1 asks to protect the
 * endpoint by cookie, Origin or API key).
 */
export function verdictForEndpoint(input: {
  readonly response: EndpointCredentials;
  readonly anonymousAccess?: boolean;
}): Check {
  const { response } = input;
  const notes: string[] = [];
  const problems: string[] = [];
  notes.push(
    response.shape === 'turn-rest'
      ? 'Shape: TURN REST (username, password, ttl, uris).'
      : `Shape: iceServers list with ${response.iceServers.length} ${response.iceServers.length === 1 ? 'entry' : 'entries'}.`,
  );
  if (response.ttlSeconds === undefined) {
    if (response.shape === 'turn-rest') problems.push('The response has no ttl, so clients cannot know when to refresh.');
  } else if (response.ttlSeconds > RECOMMENDED_MAX_TTL_SECONDS) {
    problems.push(`The ttl is ${formatDuration(response.ttlSeconds)}, more than the recommended 24 h.`);
  } else {
    notes.push(`ttl ${formatDuration(response.ttlSeconds)}.`);
  }
  const urls = response.iceServers.flatMap((s) => s.urls);
  const parsed = urls.map((u) => ({ u, r: parseUri(u) }));
  const invalid = parsed.filter((p) => !p.r.ok);
  const turnCount = parsed.filter((p) => p.r.ok && p.r.uri.isTurn).length;
  if (invalid.length > 0) {
    problems.push(
      `Invalid URIs: ${invalid.map((p) => `"${p.u}" (${p.r.ok ? '' : p.r.error})`).join(', ')}.`,
    );
  }
  if (turnCount === 0) problems.push('No turn: or turns: URI: clients cannot relay.');
  else notes.push(`${urls.length} URI${urls.length === 1 ? '' : 's'}, ${turnCount} TURN.`);

  if (input.anonymousAccess === true) {
    return makeCheck(
      'endpoint',
      'run',
      ENDPOINT_TARGET,
      'fail',
      0,
      'The endpoint hands TURN credentials to a request without cookies: anyone can fetch them and ' +
        'relay traffic through your TURN server at your cost. Require the user’s session (cookie or ' +
        'token) and check Origin; an API key in your JavaScript is public too. ' +
        [...problems, ...notes].join(' '),
      { severity: 'high' },
    );
  }
  if (input.anonymousAccess === false) notes.push('A request without cookies was refused.');
  else notes.push('Not checked whether a request without cookies also gets credentials.');
  if (problems.length > 0) {
    return makeCheck('endpoint', 'run', ENDPOINT_TARGET, 'warn', 0, [...problems, ...notes].join(' '), {
      severity: 'medium',
    });
  }
  return makeCheck('endpoint', 'run', ENDPOINT_TARGET, 'pass', 0, notes.join(' '));
}
