/**
 * One headline per server, above the results table: Secure, Insecure (what), Unreachable (from
 * here) or Inconclusive (why), with a grade per transport in the style of VoIP testers (fail / poor /
 * good / excellent; excellent needs TURN over TLS or TCP on port 443, RFC 8656 §3.1: strict
 * firewalls often allow only 443). Pure: computed from the checks alone, so a restored run gets the
 * same headline.
 */

import type { CandidateRow } from './candidates';
import type { ParsedUri, ServerTransport } from './uri';
import { parseUri, serverKey } from './uri';
import type { Check, CheckId } from './verdicts';
import { checkKey } from './verdicts';

export type HeadlineKind = 'secure' | 'insecure' | 'unreachable' | 'inconclusive' | 'intended' | 'testing';
/** `off`: blocked on purpose, as the project says (not a failure). */
export type Grade = 'fail' | 'poor' | 'good' | 'excellent' | 'off';

/**
 * What the project intends for a URL (issue 15, "Judged against the project"): why it should not be
 * reachable from a client's network ("UDP blocked on purpose"), or null when it should work.
 */
export type IntendedOff = (uri: ParsedUri) => string | null;

/** An allocation that never reached the server: no answer at all, or no connection (701). */
export function unreached(c: Check | undefined): boolean {
  return c?.verdict === 'fail' && (c.errorCode === undefined || c.errorCode === 701);
}

export interface TransportGrade {
  readonly transport: ServerTransport;
  readonly grade: Grade;
  /** Why, in a few words. */
  readonly why: string;
}

export interface ServerHeadline {
  readonly server: string;
  readonly kind: HeadlineKind;
  /** What is insecure, why it is inconclusive or unreachable; '' for secure. */
  readonly phrase: string;
  readonly grades: readonly TransportGrade[];
  /** Smaller findings worth a line (e.g. turns: with an IP address). */
  readonly notes: readonly string[];
  /** The URL a command-line probe should test to settle an inconclusive verdict. */
  readonly settleUrl?: string;
}

/** A relay allocation slower than this still works, but users notice the call setup. */
const SLOW_ALLOCATION_MS = 1000;

const INSECURE: Partial<Record<CheckId, string>> = {
  'rejects-wrong-password': 'accepts a wrong password',
  'rejects-expired-credential': 'accepts expired credentials',
  'credential-lifetime': 'static credentials that never expire',
  endpoint: 'the credential endpoint gives credentials to anyone',
};

interface ServerChecks {
  readonly uris: readonly ParsedUri[];
  readonly allocations: readonly (Check | undefined)[];
  readonly byId: (id: CheckId) => Check | undefined;
}

function gradeFor(transport: ServerTransport, entries: readonly { uri: ParsedUri; check: Check | undefined }[], relayFailed: boolean): TransportGrade {
  const working = entries.filter((e) => e.check?.verdict === 'pass');
  const best = working.find((e) => e.uri.port === 443) ?? working[0];
  if (best === undefined) return { transport, grade: 'fail', why: 'no relay candidate' };
  const fast = (best.check?.ms ?? 0) <= SLOW_ALLOCATION_MS;
  if (relayFailed || !fast) return { transport, grade: 'poor', why: relayFailed ? 'relayed data did not flow' : `slow (${best.check?.ms} ms)` };
  if (transport !== 'udp' && best.uri.port === 443) return { transport, grade: 'excellent', why: 'works on port 443' };
  return { transport, grade: 'good', why: transport === 'udp' ? 'works' : `works on port ${best.uri.port}, not 443` };
}

function grades(s: ServerChecks, off: readonly { uri: ParsedUri; why: string }[]): TransportGrade[] {
  const relay = s.byId('relay-connectivity');
  const relayFailed = relay?.verdict === 'fail';
  const out: TransportGrade[] = [];
  for (const transport of ['udp', 'tcp', 'tls'] as const) {
    const entries = s.uris.map((uri, i) => ({ uri, check: s.allocations[i] })).filter((e) => e.uri.transport === transport);
    const blocked = off.find((o) => o.uri.transport === transport);
    if (entries.length > 0) out.push(gradeFor(transport, entries, relayFailed));
    else if (blocked !== undefined) out.push({ transport, grade: 'off', why: `${blocked.why} (intended by the project)` });
  }
  return out;
}

/** Why no URL gave a relay candidate, as a headline. */
function withoutRelay(s: ServerChecks): Pick<ServerHeadline, 'kind' | 'phrase'> & { settle?: ParsedUri } {
  const failed = s.uris.map((uri, i) => ({ uri, check: s.allocations[i] }));
  const code = (c: Check | undefined) => c?.errorCode;
  if (failed.some((f) => f.check?.verdict === 'skipped')) return { kind: 'inconclusive', phrase: 'the test was cancelled' };
  if (failed.some((f) => code(f.check) === 401)) {
    return { kind: 'inconclusive', phrase: 'the credentials were refused (401 Unauthorized), so relaying could not be tested' };
  }
  const other = failed.find((f) => code(f.check) !== undefined && code(f.check) !== 701);
  if (other !== undefined) {
    return { kind: 'inconclusive', phrase: `the server answered ${code(other.check)} instead of a relay`, settle: other.uri };
  }
  const silentStream = failed.find((f) => f.uri.transport !== 'udp' && code(f.check) === undefined);
  if (silentStream !== undefined) {
    return {
      kind: 'inconclusive',
      phrase: 'no answer over TCP/TLS: an anonymous relay (coturn "no-auth"), whose answer browsers discard, or a firewall that drops silently',
      settle: silentStream.uri,
    };
  }
  if (failed.some((f) => code(f.check) === 701)) return { kind: 'unreachable', phrase: 'no connection to the server from here' };
  return {
    kind: 'inconclusive',
    phrase: 'no answer over UDP: the server is down or blocked, or anonymous (browsers discard an unauthenticated answer)',
    ...(failed[0] !== undefined ? { settle: failed[0].uri } : {}),
  };
}

function judge(s: ServerChecks, runChecks: readonly Check[]): Pick<ServerHeadline, 'kind' | 'phrase'> & { settle?: ParsedUri } {
  const serverChecks = (['requires-authentication', 'rejects-wrong-password', 'rejects-expired-credential'] as const)
    .map((id) => s.byId(id))
    .filter((c): c is Check => c !== undefined);
  const insecure = (list: readonly Check[]) =>
    [...new Set(list.filter((c) => c.verdict === 'fail' && INSECURE[c.id] !== undefined).map((c) => INSECURE[c.id] as string))];
  // The server's own failures first; the credentials' (static, an open endpoint) once it is reachable.
  const own = insecure(serverChecks);
  if (own.length > 0) return { kind: 'insecure', phrase: own.join('; ') };
  if (!s.allocations.some((c) => c?.verdict === 'pass')) return withoutRelay(s);
  const credentials = insecure(runChecks);
  if (credentials.length > 0) return { kind: 'insecure', phrase: credentials.join('; ') };
  const doubtful = serverChecks.find((c) => c.verdict !== 'pass');
  if (doubtful !== undefined) {
    const settle = s.uris.find((u, i) => u.transport !== 'udp' && s.allocations[i]?.verdict !== 'pass');
    return {
      kind: 'inconclusive',
      phrase: `${doubtful.id === 'requires-authentication' ? 'authentication' : 'credential checks'} not proven on every URL`,
      ...(settle !== undefined ? { settle } : {}),
    };
  }
  return { kind: 'secure', phrase: '' };
}

function notesFor(s: ServerChecks, intended: IntendedOff | undefined): string[] {
  const notes: string[] = [];
  for (const u of s.uris) {
    const why = intended?.(u) ?? null;
    if (why !== null) notes.push(`${u.url}: reachable from here, although the project says ${why}.`);
  }
  for (const u of s.uris) {
    if (u.scheme === 'turns' && u.hostKind !== 'hostname') {
      notes.push(`${u.url}: turns: with an IP address — certificates are issued to names and Firefox sends no SNI; use the host name.`);
    }
  }
  const relay = s.byId('relay-connectivity');
  if (relay?.verdict === 'warn') notes.push(relay.detail.split('. ')[0] + '.');
  return notes;
}

const familyOf = (address: string) => (address.includes(':') ? 'IPv6' : 'IPv4');

/**
 * IPv4 vs IPv6 (issue 15): the relay's address family per URL, and plainly what was not tested.
 * Chromium's Allocate carries no REQUESTED-ADDRESS-FAMILY (libwebrtc p2p/base/turn_port.cc,
 * TurnAllocateRequest: REQUESTED-TRANSPORT only) and resolves a host name to one family per network,
 * so the server picks the relay's family: coturn 4.6.1 gives IPv4 whatever family the client came
 * over (README.turnserver `allocation-default-address-family`, default ipv4 "as RFC 6156 §4.2
 * defines"; `keep` follows the client's family). Both verified against coturn on ::1 in e2e.
 */
export function familyNote(uris: readonly ParsedUri[], candidates: Readonly<Record<string, readonly CandidateRow[]>>): string | null {
  const seen = uris.flatMap((u) => {
    const relay = (candidates[u.url] ?? []).find((c) => c.type === 'relay');
    return relay === undefined ? [] : [{ u, family: familyOf(relay.address) }];
  });
  if (seen.length === 0) return null;
  const over = (u: ParsedUri) => (u.hostKind === 'hostname' ? 'a host name' : u.hostKind === 'ipv6' ? 'IPv6' : 'IPv4');
  const per = seen.map(({ u, family }) => `${u.url}: ${family} relay (reached over ${over(u)})`).join('; ');
  const families = new Set(seen.map((s) => s.family));
  const untested =
    families.size === 2
      ? 'IPv4 and IPv6 relays both tested.'
      : `No ${families.has('IPv6') ? 'IPv4' : 'IPv6'} relay was tested: browsers never ask for a family, the server picks (coturn: IPv4 unless allocation-default-address-family is set); the command-line probe (npm run probe) asks for an IPv6 relay.`;
  const names = seen.some((s) => s.u.hostKind === 'hostname') ? ' A host name reaches one address per network: give its IPv4 and IPv6 addresses as separate URLs to test both.' : '';
  return `Relay address family — ${per}. ${untested}${names}`;
}

/**
 * The headline of every server in the plan, in plan order. A server whose checks are still running
 * gets kind 'testing'. With `intended` (the project's expectations), a URL blocked on purpose that
 * did not answer is graded `off` and left out of the verdict; one that answers anyway gets a note.
 */
export function serverHeadlines(
  plannedKeys: readonly string[],
  checks: Readonly<Record<string, Check>>,
  urls: readonly string[],
  intended?: IntendedOff,
  candidates: Readonly<Record<string, readonly CandidateRow[]>> = {},
): ServerHeadline[] {
  const parsed = urls.flatMap((u) => {
    const r = parseUri(u);
    return r.ok && r.uri.isTurn ? [r.uri] : [];
  });
  const servers = [...new Set(parsed.map(serverKey))];
  const runChecks = Object.values(checks).filter((c) => c.scope === 'run');
  const allDecided = plannedKeys.every((k) => checks[k] !== undefined);
  return servers.map((server) => {
    const uris = parsed.filter((u) => serverKey(u) === server);
    const s: ServerChecks = {
      uris,
      allocations: uris.map((u) => checks[checkKey({ id: 'allocation', target: u.url })]),
      byId: (id) => checks[checkKey({ id, target: server })],
    };
    const mine = plannedKeys.filter((k) => k.endsWith(` ${server}`) || uris.some((u) => k.endsWith(` ${u.url}`)));
    const decided = allDecided || mine.every((k) => checks[k] !== undefined);
    if (!decided) return { server, kind: 'testing', phrase: '', grades: [], notes: [] };
    // A URL the project blocks on purpose that indeed did not answer is left out of the judgement.
    const off = uris.flatMap((uri, i) => {
      const why = intended?.(uri) ?? null;
      return why !== null && unreached(s.allocations[i]) ? [{ uri, why }] : [];
    });
    const kept = uris.flatMap((uri, i) => (off.some((o) => o.uri === uri) ? [] : [{ uri, check: s.allocations[i] }]));
    const judged: ServerChecks = { ...s, uris: kept.map((k) => k.uri), allocations: kept.map((k) => k.check) };
    const j: ReturnType<typeof judge> =
      kept.length === 0 ? { kind: 'intended', phrase: `not reachable from here, as the project intends (${off[0]?.why ?? ''})` } : judge(judged, runChecks);
    return {
      server,
      kind: j.kind,
      phrase: j.phrase,
      grades: grades(judged, off),
      notes: [
        ...off.map((o) => `${o.uri.url}: no answer — ${o.why}, intended by the project.`),
        ...notesFor(judged, intended),
        ...[familyNote(uris, candidates)].filter((n) => n !== null),
      ],
      ...(j.kind === 'inconclusive' && j.settle !== undefined ? { settleUrl: j.settle.url } : {}),
    };
  });
}
