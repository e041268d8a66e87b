/**
 * STUN/TURN URI parsing (RFC 7064 `stun:`/`stuns:`, RFC 7065 `turn:`/`turns:`), stricter than the RFCs
 * where browsers are: only `?transport=udp|tcp`, no user info, no `//`. The canonical form in
 * `ParsedUri.url` is what goes into `RTCIceServer.urls`.
 */

export type UriScheme = 'turn' | 'turns' | 'stun' | 'stuns';

/** The transport the browser actually uses to reach the server. */
export type ServerTransport = 'udp' | 'tcp' | 'tls';

export type HostKind = 'hostname' | 'ipv4' | 'ipv6';

export interface ParsedUri {
  readonly scheme: UriScheme;
  /** Host without brackets, lower-cased (IPv6 compressed form as written, lower-cased). */
  readonly host: string;
  readonly hostKind: HostKind;
  readonly port: number;
  /** False when the port is the scheme's default (RFC 7064 §3.1, RFC 7065 §3.1). */
  readonly explicitPort: boolean;
  /** The `?transport=` value when one was given. */
  readonly transportParam?: 'udp' | 'tcp';
  /** Effective transport: `turns:`/`stuns:` always use TLS over TCP in browsers (no DTLS). */
  readonly transport: ServerTransport;
  /** True for `turn:`/`turns:`: only those can allocate a relay. */
  readonly isTurn: boolean;
  /** Canonical URI (lower-case scheme and host, brackets around IPv6, port always present). */
  readonly url: string;
}

export type UriParseResult = { ok: true; uri: ParsedUri } | { ok: false; error: string };

const SCHEMES: readonly UriScheme[] = ['turn', 'turns', 'stun', 'stuns'];
const SCHEME_HINT = 'use turn:, turns:, stun: or stuns:';

/** Default ports, RFC 7064 §3.1 and RFC 7065 §3.1 (3478 plain, 5349 over TLS). */
function defaultPort(scheme: UriScheme): number {
  return scheme === 'turns' || scheme === 'stuns' ? 5349 : 3478;
}

const IPV4_LIKE = /^[0-9.]+$/;
const HOST_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255)
  );
}

/** RFC 4291 §2.2 text forms, including `::` compression and a trailing dotted IPv4. */
export function isIpv6(text: string): boolean {
  if (text.length === 0 || text.includes(':::')) return false;
  let head = text;
  let groupsNeeded = 8;
  const lastColon = head.lastIndexOf(':');
  const tail = head.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    head = head.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
    groupsNeeded = 6;
  }
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const group = /^[0-9a-f]{1,4}$/i;
  const count = (s: string): number | null => {
    if (s === '') return 0;
    const groups = s.split(':');
    return groups.every((g) => group.test(g)) ? groups.length : null;
  };
  if (halves.length === 1) {
    return count(head) === groupsNeeded;
  }
  const left = count(halves[0] ?? '');
  const right = count(halves[1] ?? '');
  return left !== null && right !== null && left + right < groupsNeeded;
}

function parseHost(
  raw: string,
): { ok: true; host: string; kind: HostKind } | { ok: false; error: string } {
  if (raw.startsWith('[')) {
    const inner = raw.slice(1, -1);
    if (!raw.endsWith(']')) return { ok: false, error: `missing "]" after the IPv6 address "${raw}"` };
    if (inner.includes('%')) {
      return { ok: false, error: `IPv6 zone identifiers ("%…") are not supported in "${raw}"` };
    }
    if (!isIpv6(inner)) return { ok: false, error: `invalid IPv6 address "${inner}"` };
    return { ok: true, host: inner.toLowerCase(), kind: 'ipv6' };
  }
  if (raw === '') return { ok: false, error: 'the host is missing' };
  if (IPV4_LIKE.test(raw)) {
    return isIpv4(raw)
      ? { ok: true, host: raw, kind: 'ipv4' }
      : { ok: false, error: `invalid IPv4 address "${raw}"` };
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(raw)) {
    return {
      ok: false,
      error: `host "${raw}" contains non-ASCII characters — use its punycode ("xn--…") form`,
    };
  }
  const host = raw.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((l) => HOST_LABEL.test(l))) {
    return { ok: false, error: `invalid host name "${raw}"` };
  }
  return { ok: true, host, kind: 'hostname' };
}

function formatHost(host: string, kind: HostKind): string {
  return kind === 'ipv6' ? `[${host}]` : host;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: string };

/** The scheme and what follows it, refusing "//", fragments and ";transport=". */
function parseScheme(text: string): Step<{ scheme: UriScheme; rest: string }> {
  const colon = text.indexOf(':');
  const schemeText = colon === -1 ? '' : text.slice(0, colon);
  if (colon === -1 || schemeText.includes('.') || schemeText.includes('[')) {
    return { ok: false, error: `missing scheme in "${text}" — ${SCHEME_HINT}` };
  }
  const scheme = SCHEMES.find((s) => s === schemeText.toLowerCase());
  if (scheme === undefined) return { ok: false, error: `unknown scheme "${schemeText}:" — ${SCHEME_HINT}` };
  const rest = text.slice(colon + 1);
  if (rest.startsWith('//')) {
    return { ok: false, error: `"${scheme}://" is not valid — write ${scheme}:host:port without "//" (RFC 7065)` };
  }
  if (rest.includes('#')) return { ok: false, error: 'a "#fragment" is not allowed in the URL' };
  const semicolon = /;\s*transport=([^?&#]*)$/i.exec(rest);
  if (semicolon !== null && (scheme === 'stun' || scheme === 'stuns')) {
    return { ok: false, error: `remove "${semicolon[0]}": ${scheme}: URLs take no transport parameter (RFC 7064)` };
  }
  if (semicolon !== null) {
    return {
      ok: false,
      error:
        `write the transport as a query parameter: ${scheme}:${rest.slice(0, semicolon.index)}` +
        `?transport=${(semicolon[1] ?? '').toLowerCase()} (with "?", not ";")`,
    };
  }
  return { ok: true, value: { scheme, rest } };
}

/** One `name=value` of the query: only `transport=udp|tcp`, and only on turn:/turns:. */
function checkParam(param: string, scheme: UriScheme, hostPort: string, seen: boolean): Step<'udp' | 'tcp'> {
  const eq = param.indexOf('=');
  const name = (eq === -1 ? param : param.slice(0, eq)).toLowerCase();
  const value = eq === -1 ? '' : param.slice(eq + 1).toLowerCase();
  if (name !== 'transport') {
    return { ok: false, error: `unknown parameter "${name || param}" — only ?transport=udp or ?transport=tcp is allowed` };
  }
  if (scheme === 'stun' || scheme === 'stuns') {
    return { ok: false, error: `the transport parameter is not allowed on ${scheme}: URLs (RFC 7064) — remove "?${param}"` };
  }
  if (seen) return { ok: false, error: 'the transport parameter is given more than once' };
  if (value === 'tls' || value === 'dtls') {
    return {
      ok: false,
      error:
        `"?transport=${value}" is not a TURN transport — for TURN over TLS write ` +
        `turns:${hostPort}?transport=tcp (the turns: scheme selects TLS)`,
    };
  }
  if (value !== 'udp' && value !== 'tcp') {
    return { ok: false, error: `unsupported transport parameter "${value}" — use ?transport=udp or ?transport=tcp` };
  }
  return { ok: true, value };
}

/** Splits off the query; the transport parameter, if any. */
function parseQuery(rest: string, scheme: UriScheme): Step<{ hostPort: string; transportParam?: 'udp' | 'tcp' }> {
  const q = rest.indexOf('?');
  if (q === -1) return { ok: true, value: { hostPort: rest } };
  const hostPort = rest.slice(0, q);
  let transportParam: 'udp' | 'tcp' | undefined;
  for (const param of rest.slice(q + 1).split('&')) {
    const r = checkParam(param, scheme, hostPort, transportParam !== undefined);
    if (!r.ok) return r;
    transportParam = r.value;
  }
  return { ok: true, value: { hostPort, ...(transportParam !== undefined ? { transportParam } : {}) } };
}

function splitHostPort(rest: string, scheme: UriScheme): Step<{ hostText: string; portText?: string }> {
  if (rest.includes('@')) {
    return { ok: false, error: 'user info ("user@host") is not allowed in the URL — enter the username in the Credentials fields' };
  }
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return { ok: false, error: `missing "]" after the IPv6 address "${rest}"` };
    const after = rest.slice(close + 1);
    if (after === '') return { ok: true, value: { hostText: rest.slice(0, close + 1) } };
    if (!after.startsWith(':')) return { ok: false, error: `unexpected "${after}" after the host` };
    return { ok: true, value: { hostText: rest.slice(0, close + 1), portText: after.slice(1) } };
  }
  if (rest.split(':').length - 1 > 1) {
    return { ok: false, error: `IPv6 addresses must be in brackets, e.g. ${scheme}:[${rest}] or ${scheme}:[::1]:3478` };
  }
  const c = rest.indexOf(':');
  return { ok: true, value: c === -1 ? { hostText: rest } : { hostText: rest.slice(0, c), portText: rest.slice(c + 1) } };
}

function parsePort(portText: string | undefined, scheme: UriScheme): Step<number> {
  if (portText === undefined) return { ok: true, value: defaultPort(scheme) };
  if (portText === '') return { ok: false, error: 'the port after ":" is empty' };
  if (!/^[0-9]+$/.test(portText)) return { ok: false, error: `invalid port "${portText}"` };
  const port = Number(portText);
  if (port < 1 || port > 65535) return { ok: false, error: `port ${portText} is out of range — use 1 to 65535` };
  return { ok: true, value: port };
}

/**
 * Parses one STUN/TURN URI (RFC 7064 §3.1, RFC 7065 §3.1).
 * `turn:host[:port][?transport=udp|tcp]`, `turns:…`, `stun:host[:port]`, `stuns:host[:port]`.
 * The error names the part that is wrong (scheme, host, port, transport parameter).
 */
export function parseUri(input: string): UriParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'the URL is empty' };
  if (/\s/.test(text)) return { ok: false, error: `"${text}" contains spaces` };
  const s = parseScheme(text);
  if (!s.ok) return s;
  const { scheme } = s.value;
  const q = parseQuery(s.value.rest, scheme);
  if (!q.ok) return q;
  const { transportParam } = q.value;
  const hp = splitHostPort(q.value.hostPort, scheme);
  if (!hp.ok) return hp;
  const host = parseHost(hp.value.hostText);
  if (!host.ok) return host;
  const port = parsePort(hp.value.portText, scheme);
  if (!port.ok) return port;

  const transport: ServerTransport = scheme === 'turns' || scheme === 'stuns' ? 'tls' : (transportParam ?? 'udp');
  const url =
    `${scheme}:${formatHost(host.host, host.kind)}:${port.value}` +
    (transportParam !== undefined ? `?transport=${transportParam}` : '');
  const uri: ParsedUri = {
    scheme,
    host: host.host,
    hostKind: host.kind,
    port: port.value,
    explicitPort: hp.value.portText !== undefined,
    transport,
    isTurn: scheme === 'turn' || scheme === 'turns',
    url,
    ...(transportParam !== undefined ? { transportParam } : {}),
  };
  return { ok: true, uri };
}

export interface UrlListLine {
  /** 1-based line number in the textarea. */
  readonly line: number;
  readonly text: string;
  readonly result: UriParseResult;
}

export interface UrlList {
  /** Non-blank, non-comment lines, in order. */
  readonly lines: readonly UrlListLine[];
  /** The valid URIs, in order, without duplicates. */
  readonly uris: readonly ParsedUri[];
  /** One message per invalid line, prefixed with "Line N: ". */
  readonly errors: readonly string[];
}

/**
 * Parses a textarea with one URI per line. Blank lines and `#` comments (whole line, or after
 * whitespace) are ignored. A repeated URL is an error so that each server is probed once.
 */
export function parseUrlList(text: string): UrlList {
  const lines: UrlListLine[] = [];
  const uris: ParsedUri[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    let result = parseUri(content);
    if (result.ok) {
      const first = seen.get(result.uri.url);
      if (first !== undefined) {
        result = { ok: false, error: `same URL as line ${first}` };
      } else {
        seen.set(result.uri.url, line);
        uris.push(result.uri);
      }
    }
    if (!result.ok) {
      result = { ok: false, error: `Line ${line}: ${result.error}` };
      errors.push(result.error);
    }
    lines.push({ line, text: content, result });
  });
  return { lines, uris, errors };
}

/**
 * Groups URLs that reach the same TURN server for per-server checks (authentication is a property
 * of the server, not of one transport): `host:port`, with brackets for IPv6. A TURN server listens
 * for UDP and TCP on the same port number, so `turn:h:3478?transport=udp` and `?transport=tcp` are
 * one server; a different port is a different listener, possibly a different server process with
 * another configuration (for example an anonymous relay next to an authenticated one).
 */
export function serverKey(uri: ParsedUri): string {
  return `${formatHost(uri.host, uri.hostKind)}:${uri.port}`;
}

/** The host as written in a URL: brackets around IPv6. */
export function urlHost(uri: ParsedUri): string {
  return formatHost(uri.host, uri.hostKind);
}

/**
 * Loosely parses the `url` of an `icecandidateerror` event. Chromium rebuilds it as
 * `scheme:host:port?transport=x` and may drop the IPv6 brackets, so this does not use `parseUri`.
 */
export function parseEventUrl(
  url: string,
): { scheme: string; host: string; port: number | null } | null {
  const m = /^([a-z]+):(.*?)(\?.*)?$/i.exec(url.trim());
  if (m === null) return null;
  const scheme = (m[1] ?? '').toLowerCase();
  let hostPort = m[2] ?? '';
  let port: number | null = null;
  const bracketed = /^\[(.*)\](?::(\d+))?$/.exec(hostPort);
  if (bracketed !== null) {
    return {
      scheme,
      host: (bracketed[1] ?? '').toLowerCase(),
      port: bracketed[2] !== undefined ? Number(bracketed[2]) : null,
    };
  }
  const portMatch = /:(\d+)$/.exec(hostPort);
  if (portMatch !== null) {
    port = Number(portMatch[1]);
    hostPort = hostPort.slice(0, portMatch.index);
  }
  return { scheme, host: hostPort.toLowerCase().replace(/\.$/, ''), port };
}

/** Whether an `icecandidateerror` url refers to this URI's server (host and port). */
export function eventUrlMatches(eventUrl: string, uri: ParsedUri): boolean {
  const parsed = parseEventUrl(eventUrl);
  if (parsed === null || parsed.host === '') return true;
  return parsed.host === uri.host && (parsed.port === null || parsed.port === uri.port);
}
