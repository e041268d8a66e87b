/**
 * The command-line probe's verdicts: the same `Check` model and check ids as the browser tester, but
 * conclusive where a browser is not (the probe sees every STUN answer, including an unauthenticated
 * Allocate success). Pure functions of what the probe observed.
 */

import { makeCheck, type Check, type CheckId, type CheckScope, type CheckSeverity, type Verdict } from '@/features/turn-tester/verdicts';
import { SPECIAL_PURPOSE_PEERS, type PeerTarget } from './peers';
import type { PeerAnswer, ProbeAllocation, TlsObservation } from './types';

/** `makeCheck` with the fields in the order these rules read best. */
function check(
  id: CheckId,
  scope: CheckScope,
  target: string,
  verdict: Verdict,
  ms: number,
  detail: string,
  extra: { readonly errorCode?: number | undefined; readonly severity?: CheckSeverity } = {},
): Check {
  return makeCheck({ id, scope, target, verdict, ms, detail, ...extra });
}

export interface UrlAllocation {
  readonly url: string;
  readonly result: ProbeAllocation;
}

const errorText = (code: number, reason: string): string => (code === 0 ? reason : `${code} ${reason}`.trim());
const maxMs = (list: readonly UrlAllocation[]): number => Math.max(0, ...list.map((l) => l.result.ms));

function notReached(id: CheckId, server: string, list: readonly UrlAllocation[]): Check {
  const why = list.map((l) => `${l.url}: ${l.result.kind === 'no-answer' ? l.result.message : 'not tested'}`).join('; ');
  return check(id, 'server', server, 'skipped', maxMs(list), `The server could not be reached (${why}).`);
}

/** `allocation` (per URL): a relay address with the real credentials. */
export function probeAllocationVerdict(url: string, result: ProbeAllocation): Check {
  if (result.kind === 'allocated') {
    const relay = result.relayed === null ? 'no XOR-RELAYED-ADDRESS' : `relay ${result.relayed.address}:${result.relayed.port}`;
    return check('allocation', 'url', url, 'pass', result.ms, `Allocate succeeded (${relay}).`);
  }
  if (result.kind === 'error') {
    return check('allocation', 'url', url, 'fail', result.ms, `Allocate with the credentials was refused: ${errorText(result.code, result.reason)}.`, {
      errorCode: result.code,
    });
  }
  return check('allocation', 'url', url, 'fail', result.ms, `No allocation: ${result.message}.`);
}

/**
 * `anonymous-allocation` and `requires-authentication` (per server), from an Allocate sent without
 * credentials on every URL: a grant is an open relay (critical); a 401 with REALM and NONCE on every
 * URL that answered is a pass (RFC 8489 §9.2.3).
 */
export function anonymousVerdicts(server: string, list: readonly UrlAllocation[]): Check[] {
  const granted = list.filter((l) => l.result.kind === 'allocated');
  const answered = list.filter((l) => l.result.kind !== 'no-answer');
  if (answered.length === 0) return [notReached('anonymous-allocation', server, list), notReached('requires-authentication', server, list)];
  if (granted.length > 0) {
    const urls = granted.map((g) => g.url).join(', ');
    const detail =
      `The server granted an allocation to a request without any credentials on ${urls}: an open relay. Anyone can ` +
      'relay traffic through it, at your cost and from inside your network. Remove coturn "no-auth" and use ' +
      '"use-auth-secret" with short-lived credentials.';
    return [
      check('anonymous-allocation', 'server', server, 'fail', maxMs(granted), detail, { severity: 'critical' }),
      check('requires-authentication', 'server', server, 'fail', maxMs(granted), detail, { severity: 'critical' }),
    ];
  }
  const challenged = answered.filter((l) => l.result.kind === 'error' && l.result.challenged);
  if (challenged.length === answered.length) {
    const detail = `An Allocate without credentials was challenged with 401 Unauthorized (REALM and NONCE) on ${challenged.map((c) => c.url).join(', ')}.`;
    return [
      check('anonymous-allocation', 'server', server, 'pass', maxMs(challenged), detail, { errorCode: 401 }),
      check('requires-authentication', 'server', server, 'pass', maxMs(challenged), detail, { errorCode: 401 }),
    ];
  }
  const odd = answered.find((l) => !(l.result.kind === 'error' && l.result.challenged));
  const code = odd?.result.kind === 'error' ? odd.result.code : undefined;
  const detail =
    `An Allocate without credentials was refused on ${odd?.url ?? server} without a 401 challenge` +
    (odd?.result.kind === 'error' ? ` (${errorText(odd.result.code, odd.result.reason)})` : '') +
    ': no allocation was granted, but the long-term credential mechanism was not observed.';
  return [
    check('anonymous-allocation', 'server', server, 'pass', maxMs(answered), detail, { errorCode: code }),
    check('requires-authentication', 'server', server, 'warn', maxMs(answered), detail, { errorCode: code, severity: 'medium' }),
  ];
}

/**
 * `rejects-wrong-password` / `rejects-expired-credential` (per server): pass when every URL that
 * answered refused the credential (401), fail (critical) when one granted an allocation with it.
 */
export function rejectionVerdict(
  id: 'rejects-wrong-password' | 'rejects-expired-credential',
  server: string,
  list: readonly UrlAllocation[],
): Check {
  const what = id === 'rejects-wrong-password' ? 'a random password' : 'a credential that expired a day ago';
  const granted = list.find((l) => l.result.kind === 'allocated');
  if (granted !== undefined && granted.result.kind === 'allocated') {
    const why = granted.result.anonymous
      ? 'the server did not even ask for credentials (anonymous relay), so any credential works'
      : id === 'rejects-wrong-password'
        ? 'the server does not check passwords'
        : 'the server does not check the expiry in TURN REST usernames';
    return check(id, 'server', server, 'fail', granted.result.ms, `An allocation was granted with ${what} on ${granted.url}: ${why}.`, {
      severity: 'critical',
    });
  }
  const answered = list.filter((l) => l.result.kind === 'error');
  if (answered.length === 0) return notReached(id, server, list);
  const refused = answered.filter((l) => l.result.kind === 'error' && l.result.code === 401);
  if (refused.length === answered.length) {
    return check(id, 'server', server, 'pass', maxMs(refused), `Refused ${what} with 401 Unauthorized on ${refused.map((r) => r.url).join(', ')}.`, {
      errorCode: 401,
    });
  }
  const other = answered.find((l) => !refused.includes(l));
  const code = other?.result.kind === 'error' ? other.result.code : 0;
  const reason = other?.result.kind === 'error' ? other.result.reason : '';
  return check(id, 'server', server, 'pass', maxMs(answered), `Refused ${what} on ${other?.url ?? server} with ${errorText(code, reason)} (not 401): no allocation.`, {
    errorCode: code,
  });
}

export interface PeerResult {
  readonly target: PeerTarget;
  readonly answer: PeerAnswer;
}

export interface PeerRestrictionsInput {
  readonly server: string;
  /** CreatePermission answers on an IPv4 relay; null when there was no IPv4 allocation. */
  readonly ipv4: readonly PeerResult[] | null;
  /** On an IPv6 relay (REQUESTED-ADDRESS-FAMILY), or why the server gave none. */
  readonly ipv6: readonly PeerResult[] | { readonly noRelay: string };
  /** RFC 6062 Connect answers on a TCP allocation; empty when TCP relay is off. */
  readonly connect: readonly PeerResult[];
  /** Why there was no allocation to ask from, when `ipv4` is null (default: the credentials got none). */
  readonly noAllocation?: string;
}

const NO_ALLOCATION = 'No allocation with the credentials';
/** Why the peer checks could not run when the server never answered (not a credentials problem). */
export const UNREACHABLE = 'The server could not be reached';

const isGranted = (r: PeerResult): boolean => r.answer.kind === 'success' || (r.answer.kind === 'error' && r.answer.code === 447);

/**
 * `peer-restrictions` (per server): fail listing every special-purpose range a permission (or a
 * Connect) was granted for; only 403 counts as refused. IPv6 peers need an IPv6 relay: when the server
 * has none, the report says those were not tested instead of counting 443 as a refusal.
 */
export function peerRestrictionsVerdict(input: PeerRestrictionsInput): Check {
  const tested = [...(input.ipv4 ?? []), ...('noRelay' in input.ipv6 ? [] : input.ipv6), ...input.connect];
  const ms = tested.reduce((n, r) => n + r.answer.ms, 0);
  if (input.ipv4 === null) {
    return check('peer-restrictions', 'server', input.server, 'skipped', 0, `${input.noAllocation ?? NO_ALLOCATION}, so no permission could be asked for.`);
  }
  const granted = tested.filter(isGranted);
  const refused = tested.filter((r) => r.answer.kind === 'error' && r.answer.code === 403);
  const unclear = tested.filter((r) => !granted.includes(r) && !refused.includes(r));
  const notes: string[] = [];
  if ('noRelay' in input.ipv6) {
    const v6 = SPECIAL_PURPOSE_PEERS.filter((p) => p.family === 'ipv6').length;
    notes.push(`IPv6 peers (${v6} addresses, including the IPv4-in-IPv6 spellings) were not tested: ${input.ipv6.noRelay}.`);
  }
  if (unclear.length > 0) {
    notes.push(`No clear answer for ${unclear.map((r) => `${r.target.address} (${r.answer.kind === 'error' ? errorText(r.answer.code, r.answer.reason) : 'no answer'})`).join(', ')}.`);
  }
  if (granted.length > 0) {
    const critical = granted.some((g) => g.target.critical);
    const list = granted.map((g) => `${g.target.range} (${g.target.address})`).join('; ');
    return check(
      'peer-restrictions',
      'server',
      input.server,
      'fail',
      ms,
      `The relay accepted ${granted.length} special-purpose peer${granted.length === 1 ? '' : 's'}: ${list}. A client can ` +
        'reach internal services through it. Add coturn "denied-peer-ip" ranges for them (and upgrade coturn for ' +
        `the IPv4-in-IPv6 spellings). ${refused.length} refused with 403. ${notes.join(' ')}`.trim(),
      { severity: critical ? 'critical' : 'high' },
    );
  }
  if (refused.length === 0) {
    return check('peer-restrictions', 'server', input.server, 'skipped', ms, `No permission was answered. ${notes.join(' ')}`.trim());
  }
  return check(
    'peer-restrictions',
    'server',
    input.server,
    unclear.length > 0 ? 'warn' : 'pass',
    ms,
    `All ${refused.length} special-purpose peers tested were refused with 403 Forbidden. ${notes.join(' ')}`.trim(),
    unclear.length > 0 ? { severity: 'low' } : {},
  );
}

/** `relay-to-public` (per server): a permission toward an ordinary public address must be granted. */
export function relayToPublicVerdict(server: string, results: readonly { address: string; answer: PeerAnswer }[], noAllocation = NO_ALLOCATION): Check {
  const ms = results.reduce((n, r) => n + r.answer.ms, 0);
  if (results.length === 0) {
    return check('relay-to-public', 'server', server, 'skipped', 0, `${noAllocation}, so no permission could be asked for.`);
  }
  const denied = results.filter((r) => r.answer.kind === 'error' && r.answer.code === 403);
  if (denied.length > 0) {
    return check(
      'relay-to-public',
      'server',
      server,
      'fail',
      ms,
      `A permission toward the public address ${denied.map((d) => d.address).join(', ')} was refused (403): the deny list is ` +
        'too broad (e.g. "denied-peer-ip=::0" or 0.0.0.0-255.255.255.255) and calls through this relay fail.',
      { severity: 'high' },
    );
  }
  const ok = results.filter((r) => r.answer.kind === 'success');
  if (ok.length === 0) return check('relay-to-public', 'server', server, 'skipped', ms, 'The permission requests got no clear answer.');
  return check('relay-to-public', 'server', server, 'pass', ms, `Permission granted toward the public ${ok.map((o) => o.address).join(' and ')} (no data sent).`);
}

/** `tcp-relay` (per server): RFC 6062 TCP allocations are a pivot into internal TCP services. */
export function tcpRelayVerdict(server: string, result: ProbeAllocation | { readonly untested: string }): Check {
  if ('untested' in result) return check('tcp-relay', 'server', server, 'skipped', 0, result.untested);
  if (result.kind === 'allocated') {
    return check(
      'tcp-relay',
      'server',
      server,
      'warn',
      result.ms,
      'The server grants TCP relay allocations (RFC 6062, REQUESTED-TRANSPORT=TCP): clients can open TCP connections to any ' +
        'peer the deny list allows. WebRTC media needs only UDP relays; set coturn "no-tcp-relay" unless you need it.',
      { severity: 'medium' },
    );
  }
  if (result.kind === 'error' && result.code === 442) {
    return check('tcp-relay', 'server', server, 'pass', result.ms, 'TCP relay allocations are refused (442 Unsupported Transport Protocol).', { errorCode: 442 });
  }
  if (result.kind === 'error') {
    return check('tcp-relay', 'server', server, 'skipped', result.ms, `A TCP relay Allocate got ${errorText(result.code, result.reason)}, so whether TCP relay is on is unclear.`, {
      errorCode: result.code,
    });
  }
  return check('tcp-relay', 'server', server, 'skipped', result.ms, `No answer to a TCP relay Allocate: ${result.message}.`);
}

/** `software-disclosure` (per server): a SOFTWARE attribute with a version number helps match CVEs. */
export function softwareVerdict(server: string, software: readonly string[], answered: boolean): Check {
  if (!answered) return check('software-disclosure', 'server', server, 'skipped', 0, 'The server did not answer.');
  const versioned = software.filter((s) => /\d/.test(s));
  if (versioned.length > 0) {
    return check(
      'software-disclosure',
      'server',
      server,
      'warn',
      0,
      `The server names its software and version in every answer: SOFTWARE "${versioned.join('", "')}". Attackers match it ` +
        'against known CVEs. Set coturn "no-software-attribute".',
      { severity: 'low' },
    );
  }
  const detail = software.length > 0 ? `SOFTWARE "${software.join('", "')}" carries no version.` : 'No SOFTWARE attribute in the answers.';
  return check('software-disclosure', 'server', server, 'pass', 0, detail);
}

const DAY_MS = 86_400_000;

/**
 * `tls` (per turns: URL): TLS 1.0/1.1 accepted, an expired certificate or one for another host fail;
 * an untrusted (e.g. self-signed) one or one expiring within 14 days warns.
 */
export function tlsVerdict(url: string, obs: TlsObservation, now: number): Check {
  const accepted = (Object.keys(obs.versions) as (keyof TlsObservation['versions'])[]).filter((v) => obs.versions[v].accepted);
  const problems: { verdict: Verdict; severity: CheckSeverity; text: string }[] = [];
  const old = accepted.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
  if (accepted.length === 0) {
    const why = obs.versions['TLSv1.2'].error ?? 'handshake failed';
    return check('tls', 'url', url, 'fail', 0, `No TLS handshake completed (TLS 1.2: ${why}).`, { severity: 'high' });
  }
  if (old.length > 0) {
    problems.push({ verdict: 'fail', severity: 'high', text: `Accepts ${old.join(' and ')}, deprecated by RFC 8996: set coturn "no-tlsv1" and "no-tlsv1_1".` });
  }
  const cert = obs.certificate;
  if (cert !== null) {
    const expires = Date.parse(cert.validTo);
    if (expires <= now) problems.push({ verdict: 'fail', severity: 'high', text: `The certificate expired on ${cert.validTo}.` });
    else if (expires - now < 14 * DAY_MS) problems.push({ verdict: 'warn', severity: 'medium', text: `The certificate expires soon (${cert.validTo}).` });
    if (cert.hostnameError !== undefined) problems.push({ verdict: 'fail', severity: 'high', text: `Wrong host: ${cert.hostnameError}.` });
    if (cert.trustError !== undefined) {
      problems.push({ verdict: 'warn', severity: 'medium', text: `The certificate is not trusted (${cert.trustError}): clients that verify it refuse the connection.` });
    }
  }
  const summary = `Protocols accepted: ${accepted.join(', ')}.${cert !== null ? ` Certificate ${cert.subject}, valid until ${cert.validTo}.` : ''}`;
  const worst = problems.find((p) => p.verdict === 'fail') ?? problems[0];
  if (worst === undefined) return check('tls', 'url', url, 'pass', 0, summary);
  return check('tls', 'url', url, worst.verdict, 0, `${problems.map((p) => p.text).join(' ')} ${summary}`, { severity: worst.severity });
}
