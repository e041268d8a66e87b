/**
 * The authentication checks (per server): `requires-authentication`, `rejects-wrong-password` and
 * `rejects-expired-credential`, decided from the allocation probes of all the server's URLs. Each
 * returns null while the evidence it needs is still running. Text in verdict-text.ts.
 */

import type { AllocationProbeResult } from './probe';
import { DNS_701_CAUSE, TLS_701_CAUSE, isHostLookupError } from './stun-errors';
import type { ParsedUri } from './uri';
import { AUTH_TEXT as T, CANCELLED, UNDETERMINED, transportLabel } from './verdict-text';
import type { Check, CheckId, UrlProbes } from './verdicts';
import { checkFor } from './verdicts';

export type Observation = { readonly uri: ParsedUri; readonly result: AllocationProbeResult };
type ProbeKey = 'valid' | 'wrong' | 'expired';
type Outcome = AllocationProbeResult['outcome'];

function observations(probes: readonly UrlProbes[], key: ProbeKey): Observation[] {
  const out: Observation[] = [];
  for (const p of probes) {
    const result = p[key];
    if (result !== undefined) out.push({ uri: p.uri, result });
  }
  return out;
}

function isPending(probes: readonly UrlProbes[], key: ProbeKey): boolean {
  return probes.some((p) => p[key] === undefined);
}

function find(obs: readonly Observation[], pred: (o: Outcome) => boolean) {
  return obs.find((o) => pred(o.result.outcome));
}

const is401 = (o: Outcome): boolean => o.kind === 'error' && o.errorCode === 401;
const isRelay = (o: Outcome): boolean => o.kind === 'relay';
const hasStreamUrl = (probes: readonly UrlProbes[]): boolean => probes.some((p) => p.uri.transport !== 'udp');

/**
 * Whether a TCP/TLS URL of the server stands in the way of a pass: 'silent' when one got neither a
 * challenge nor a relay candidate on these probes and at least one probe heard nothing (an anonymous
 * relay or a silently dropping firewall, see `undeterminedAuthVerdict`), 'pending' while such a URL
 * is still running. A pass on one URL must never hide a silent TCP/TLS URL of the same server.
 */
function tcpSilence(probes: readonly UrlProbes[], keys: readonly ProbeKey[]): { silent: ParsedUri } | 'pending' | null {
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
  return { ...check, detail: `${check.detail}${T.silentDespite(answered.uri.url)}` };
}

function errorCodeOf(o: Observation): number | undefined {
  return o.result.outcome.kind === 'error' ? o.result.outcome.errorCode : undefined;
}

function unreachableWhy(obs: readonly Observation[]): string {
  const errorText = (o: Observation) => (o.result.outcome.kind === 'error' ? o.result.outcome.errorText : undefined);
  if (obs.every((o) => isHostLookupError(errorText(o)))) return ` ${DNS_701_CAUSE}.`;
  if (obs.every((o) => o.uri.transport === 'tls')) return T.unreachableTls(TLS_701_CAUSE);
  return T.unreachableSeeAllocation;
}

/**
 * The verdict when neither a challenge nor a relay candidate was observed: never pass. A silent
 * TCP/TLS URL → warn naming both causes (anonymous relay, or a firewall dropping silently); silence
 * only over UDP → skipped, because a browser cannot tell an anonymous server from an unreachable one.
 */
function undeterminedAuthVerdict(id: CheckId, server: string, obs: readonly Observation[], hasTcpUrl: boolean): Check {
  const ms = Math.max(0, ...obs.map((o) => o.result.ms));
  const check = checkFor(id, 'server', server);
  if (obs.some((o) => o.result.outcome.kind === 'cancelled')) return check('skipped', CANCELLED, { ms });

  const silentTcp = obs.find((o) => o.result.outcome.kind === 'no-answer' && o.uri.transport !== 'udp');
  if (silentTcp !== undefined) {
    const detail = T.silentTcp(transportLabel(silentTcp.uri.transport), silentTcp.uri.url, silentTcp.result.timeoutMs);
    return check('warn', detail, { ms, severity: 'critical' });
  }
  const unexpected = obs.find((o) => errorCodeOf(o) !== undefined && errorCodeOf(o) !== 401 && errorCodeOf(o) !== 701);
  const code = unexpected !== undefined ? errorCodeOf(unexpected) : undefined;
  if (unexpected !== undefined && code !== undefined) {
    return check('warn', T.unexpectedCode(code, unexpected.uri.url), { ms, errorCode: code });
  }
  const silentUdp = obs.find((o) => o.result.outcome.kind === 'no-answer');
  if (silentUdp !== undefined) return check('skipped', T.silentUdp(silentUdp.result.timeoutMs, hasTcpUrl, server), { ms });
  if (obs.length > 0 && obs.every((o) => errorCodeOf(o) === 701)) {
    return check('skipped', T.unreachable(unreachableWhy(obs)), { ms, errorCode: 701 });
  }
  if (obs.some((o) => o.result.outcome.kind === 'invalid-config' || o.result.outcome.kind === 'setup-failed')) {
    return check('skipped', T.refusedByBrowser, { ms });
  }
  return check('skipped', UNDETERMINED, { ms });
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
  const check = checkFor('requires-authentication', 'server', server);
  if (challenged !== undefined) {
    return check('pass', T.challenged(challenged.uri.url), { ms: challenged.result.ms, errorCode: 401 });
  }
  if (relayed !== undefined) return check('pass', T.relayedWithCredentials(relayed.uri.url), { ms: relayed.result.ms });
  if (isPending(probes, 'wrong') || isPending(probes, 'valid')) return null;
  return undeterminedAuthVerdict('requires-authentication', server, [...valid, ...wrong], hasStreamUrl(probes));
}

function verdictForRejection(
  id: 'rejects-wrong-password' | 'rejects-expired-credential',
  server: string,
  probes: readonly UrlProbes[],
  key: 'wrong' | 'expired',
): Check | null {
  const check = checkFor(id, 'server', server);
  const obs = observations(probes, key);
  const accepted = find(obs, isRelay);
  if (accepted !== undefined) {
    return key === 'wrong'
      ? check('fail', T.wrongPasswordAccepted(accepted.uri.url), { ms: accepted.result.ms, severity: 'critical' })
      : check('fail', T.expiredAccepted(accepted.uri.url), { ms: accepted.result.ms, severity: 'high' });
  }
  if (isPending(probes, key)) return null;
  const refused = find(obs, is401);
  const silence = refused !== undefined ? tcpSilence(probes, [key]) : null;
  if (refused !== undefined && silence !== null && silence !== 'pending') {
    const only = obs.filter((o) => o.uri.url === silence.silent.url);
    return silentDespite(undeterminedAuthVerdict(id, server, only, true), refused);
  }
  if (refused !== undefined) return check('pass', T.refused(refused.uri.url, key), { ms: refused.result.ms, errorCode: 401 });
  return undeterminedAuthVerdict(id, server, obs, hasStreamUrl(probes));
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
