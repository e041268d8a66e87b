/**
 * The user-facing text of the verdicts: every sentence a check's detail is built from, apart from
 * the rules that pick them (`verdict-*.ts`). Plain words, no credentials; the coturn option or RFC
 * that fixes a problem is named where it helps.
 */

import { explainStunError } from './stun-errors';
import type { ServerTransport } from './uri';

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

function formatDuration(totalSeconds: number): string {
  const s = Math.abs(Math.round(totalSeconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 360) / 10} h`;
  return `${Math.round(s / 8640) / 10} days`;
}

export const ALLOCATION_TEXT = {
  relay: (address: string, port: number | null, protocol: string, relayProtocol: string, ms: number) =>
    `Relay candidate ${address}${port !== null ? `:${port}` : ''} (${protocol || 'udp'}, ` +
    `relay protocol ${relayProtocol}) after ${Math.round(ms)} ms.`,
  privateRelay: (cgnat: boolean) =>
    ` The relay address is ${cgnat ? 'in the carrier-grade NAT range (100.64.0.0/10, RFC 6598)' : 'private'}: ` +
    'clients outside that network cannot reach it. Behind NAT, in Docker or on a cloud VM, set coturn ' +
    '"external-ip" to the public address (external-ip=<public>/<private>).',
  family: (ipv6: boolean) => ` ${ipv6 ? 'IPv6' : 'IPv4'} relay address.`,
  reachedOver: (transport: string) =>
    ` "relay protocol ${transport}" is how the browser reached the server; the relayed media is UDP, as in every ` +
    'browser allocation.',
  otherFamilyUnreachable: (families: string) =>
    ` The browser's ${families} socket could not reach the server (701): clients with only ${families} get no relay.`,
  gatheringEnded: (ms: number, causes: string) =>
    `Gathering ended after ${seconds(ms)} without a relay candidate or an error. ${causes}`,
  invalidAccess: (message: string) =>
    `The browser refused the credentials before contacting the server (InvalidAccessError: ${message}). ` +
    'TURN needs a non-empty username and password, and the username may be at most 509 bytes.',
  syntaxError: (message: string) => `The browser refused the URL (SyntaxError: ${message}).`,
  noPeerConnection: (name: string, message: string) =>
    `The browser could not create the peer connection (${name}: ${message}).`,
  setupFailed: (message: string) => `The browser could not start ICE gathering (${message}).`,
  stunOnly:
    'A STUN server only tells clients their public address; it does not relay. The TURN checks apply to turn: and turns: URLs.',
} as const;

export const CANCELLED = 'Cancelled.';
export const UNDETERMINED = 'Could not be determined.';

export const AUTH_TEXT = {
  silentTcp: (transport: 'TLS' | 'TCP', url: string, timeoutMs: number) =>
    `Over ${transport} (${url}) the server neither refused the connection (701) nor ` +
    `challenged (401) nor gave a relay candidate within ${seconds(timeoutMs)}. ` +
    'Two likely causes: (1) an anonymous TURN relay (coturn "no-auth") — critical: anyone can relay ' +
    'traffic through it; Chromium silently discards its unauthenticated answer; or (2) a firewall ' +
    'that silently drops the connection. Check the server configuration for "no-auth", or test ' +
    'from a network without that firewall.',
  silentDespite: (answeredUrl: string) =>
    ` (${answeredUrl} did answer with authentication, so this URL may reach a differently configured listener, or be blocked.)`,
  unexpectedCode: (code: number, url: string) =>
    `The server answered ${code} ${explainStunError(code).title} on ${url} instead of a ` +
    '401 challenge, so whether it checks credentials could not be observed. ' +
    explainStunError(code).explanation,
  silentUdp: (timeoutMs: number, hasTcpUrl: boolean, server: string) =>
    `Nothing answered over UDP within ${seconds(timeoutMs)}. Over UDP a browser ` +
    'cannot tell an anonymous TURN server (whose unauthenticated answer Chromium discards) from an ' +
    'unreachable one. ' +
    (hasTcpUrl
      ? 'The TCP/TLS URLs could not be reached either.'
      : `Add a TCP URL (for example turn:${server}?transport=tcp) to tell them apart.`),
  unreachable: (why: string) =>
    `The browser could not connect to the server (701) on any URL, so authentication could not be tested.${why}`,
  unreachableSeeAllocation: ' See the allocation check for the likely causes.',
  unreachableTls: (cause: string) => ` Likely cause over turns: ${cause}. See the allocation check.`,
  refusedByBrowser: 'The browser refused to start the probe; see the allocation check.',
  challenged: (url: string) => `The server challenged a wrong password with 401 Unauthorized on ${url}.`,
  relayedWithCredentials: (url: string) =>
    `Relay candidate with the real credentials on ${url}. Browsers accept only an ` +
    'authenticated answer, so the server checked the credentials.',
  wrongPasswordAccepted: (url: string) =>
    `A relay candidate was obtained with a random password on ${url}: the server does ` +
    'not check passwords. Anyone who knows or guesses a username can relay through it.',
  expiredAccepted: (url: string) =>
    `A credential that expired a day ago was accepted on ${url}: the server does not ` +
    'check the TURN REST timestamp, so a leaked credential works forever. Check that the server ' +
    'uses "use-auth-secret" and that its clock is right.',
  refused: (url: string, what: 'wrong' | 'expired') =>
    `Refused with 401 Unauthorized on ${url}` +
    (what === 'wrong' ? ' (same username, random password).' : ' (timestamp a day in the past).'),
} as const;

const RELAY_CAUSES =
  'Usual causes: a firewall blocks the relay port range (coturn "min-port"–"max-port", default ' +
  '49152–65535); a wrong "external-ip", so the advertised relay addresses are not reachable; or a ' +
  '"denied-peer-ip" range that also covers the server’s own relay address (on loopback coturn needs ' +
  '"allow-loopback-peers").';

export const RELAY_TEXT = {
  noAllocation: 'No allocation succeeded on this server, so relay connectivity could not be tested.',
  connected: (via: string, rttMs: number, count: number) =>
    `Data went both ways between two relay-only peer connections ${via}: round trip ` +
    `${Math.round(rttMs)} ms (median of ${count}).`,
  iceFailed: (via: string, iceState: string, connectionState: string) =>
    (iceState === 'failed'
      ? `ICE failed between two relay candidates ${via} (ICE state "failed").`
      : `The connection between two relay candidates ${via} failed (connection state ` +
        `"${connectionState}", ICE state "${iceState}").`) +
    ` The allocation works, but media cannot flow. ${RELAY_CAUSES}`,
  timeoutGathering: (via: string, timeoutMs: number) =>
    `Both peer connections did not get a relay candidate ${via} within ${seconds(timeoutMs)}, ` +
    'although the allocation check succeeded. The server may limit allocations per user (coturn "user-quota").',
  timeoutConnecting: (via: string, timeoutMs: number, iceState: string) =>
    `ICE did not connect between the two relay candidates ${via} within ${seconds(timeoutMs)} ` +
    `(ICE state "${iceState}"). ${RELAY_CAUSES}`,
  timeoutMessaging: (via: string, timeoutMs: number) =>
    `ICE connected ${via}, but the data channel messages did not come back within ` +
    `${seconds(timeoutMs)}. ${RELAY_CAUSES}`,
  channelClosed: (via: string) => `The data channel ${via} closed before the round trip completed. ${RELAY_CAUSES}`,
  noPeerConnections: (name: string, message: string) =>
    `The browser could not create the peer connections (${name}: ${message}).`,
  negotiationFailed: (message: string) => `The browser could not negotiate the two peer connections (${message}).`,
  selfRelayBlocked: (via: string, rttMs: number, count: number) =>
    `Self-relay blocked (may be intended): two relay candidates ${via} could not exchange data, but a relay and ` +
    `this browser's own address could (round trip ${Math.round(rttMs)} ms, median of ${count}). The server refuses ` +
    'its own relay addresses as peers ("denied-peer-ip"; on loopback no "allow-loopback-peers"), a common hardening: ' +
    'two clients that both relay through it cannot reach each other.',
  retryFailed: ' Relaying to this browser’s own address (relay↔host) failed too.',
} as const;

export const LIFETIME_TEXT = {
  personalData: (what: string) =>
    ` The user id ${what}: the username travels in clear text in every TURN request. Use an ` +
    'opaque id (draft-uberti-behave-turn-rest-00 §4).',
  withinLimit: (what: string, lifetimeSeconds: number) => `${what} ${formatDuration(lifetimeSeconds)} (at most 24 h).`,
  tooLong: (what: string, lifetimeSeconds: number) =>
    `${what} ${formatDuration(lifetimeSeconds)}, more than 24 h: a leaked credential stays usable ` +
    'that long. Mint credentials per session with a lifetime of at most 24 h.',
  minted: 'Minted credentials expire after',
  expiresAt: (expiresAtMs: number) => ` Expiry read from the username: ${new Date(expiresAtMs).toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  farFuture: (remainingSeconds: number) =>
    `The username expires only in ${formatDuration(remainingSeconds)}: coturn accepts any TURN REST expiry that is ` +
    'not in the past, with no maximum, so a copy works until then. Cap the minted expiry at 24 h.',
  expiresIn: 'The username expires in',
  expired: (agoSeconds: number) =>
    `This credential already expired ${formatDuration(agoSeconds)} ago (the expiry in the ` +
    'username is in the past): the server will refuse it (401), so the other checks test a dead ' +
    'credential. The app you took it from must mint a fresh one per session — copy a new one ' +
    'and run again. If it was just minted, this computer’s clock (or the minting server’s) is off.',
  milliseconds:
    ' The timestamp looks like milliseconds; TURN REST expiries are in seconds, so the server ' +
    'reads it as thousands of years away.',
  ttlMismatch: (ttlSeconds: number) =>
    ` The endpoint's ttl (${formatDuration(ttlSeconds)}) does not match the expiry in the username.`,
  opaqueWithTtl: (ttlSeconds: number, tooLong: boolean) =>
    `The username carries no expiry. The endpoint's ttl says ${formatDuration(ttlSeconds)}, but a ` +
    'browser cannot check that the server enforces it (providers with opaque usernames do; a static ' +
    'coturn user does not).' +
    (tooLong ? ' A ttl above 24 h is also too long.' : ''),
  static:
    'Static credentials (no expiry in the username): anyone who reads your JavaScript can reuse them ' +
    'until the password is changed. Use TURN REST credentials minted per session (coturn ' +
    '"use-auth-secret") with a lifetime of at most 24 h.',
} as const;

export const COVERAGE_TEXT = {
  noTurnUrl: 'No turn: or turns: URL to test.',
  works443: (url: string, tcpOnly: boolean) =>
    `${url} works: clients behind firewalls that allow only port 443 still get media.` +
    (tcpOnly ? ' Consider turns: on 443 as well: some proxies let only TLS through.' : ''),
  add443: (host: string) => ` Add turns:${host}:443 (TURN over TLS on port 443).`,
  udpOnly: 'Only UDP is offered: clients behind firewalls that block UDP (common in companies and hotels) get no media.',
  failed443: (urls: readonly string[]) =>
    `${urls.join(', ')} is offered but its allocation failed, so clients behind strict firewalls get no media.`,
  worksOnlyOn: (ports: readonly number[]) =>
    `TCP/TLS works only on port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}.`,
  brokenStreams: (urls: readonly string[]) =>
    `${urls.join(', ')} ${urls.length === 1 ? 'was' : 'were'} offered but did not work (see the allocation check).`,
  strictFirewalls: ' Strict firewalls often allow only port 443.',
} as const;

export const ENDPOINT_TEXT = {
  shapeRest: 'Shape: TURN REST (username, password, ttl, uris).',
  shapeIceServers: (n: number) => `Shape: iceServers list with ${n} ${n === 1 ? 'entry' : 'entries'}.`,
  noTtl: 'The response has no ttl, so clients cannot know when to refresh.',
  ttlTooLong: (ttlSeconds: number) => `The ttl is ${formatDuration(ttlSeconds)}, more than the recommended 24 h.`,
  ttl: (ttlSeconds: number) => `ttl ${formatDuration(ttlSeconds)}.`,
  invalidUris: (list: readonly string[]) => `Invalid URIs: ${list.join(', ')}.`,
  noTurnUri: 'No turn: or turns: URI: clients cannot relay.',
  uriCount: (total: number, turn: number) => `${total} URI${total === 1 ? '' : 's'}, ${turn} TURN.`,
  anonymous:
    'The endpoint hands TURN credentials to a request without cookies: anyone can fetch them and ' +
    'relay traffic through your TURN server at your cost. Require the user’s session (cookie or ' +
    'token) and check Origin; an API key in your JavaScript is public too. ',
  refusedAnonymous: 'A request without cookies was refused.',
  notChecked: 'Not checked whether a request without cookies also gets credentials.',
} as const;

export function transportLabel(transport: ServerTransport): 'TLS' | 'TCP' {
  return transport === 'tls' ? 'TLS' : 'TCP';
}
