/**
 * Plain-words explanations for the error codes a browser reports in `icecandidateerror`
 * (STUN codes from RFC 8489 §14.8 and RFC 8656 §18, plus the W3C webrtc-pc code 701).
 */

import type { ServerTransport } from './uri';

export interface StunErrorExplanation {
  readonly code: number;
  /** The reason phrase, e.g. "Unauthorized". */
  readonly title: string;
  /** What it means for this test, in plain words. */
  readonly explanation: string;
}

const KNOWN: Readonly<Record<number, { title: string; explanation: string }>> = {
  300: {
    title: 'Try Alternate',
    explanation:
      'The server redirected the client to another server (ALTERNATE-SERVER, coturn "alternate-server"). Test the alternate server directly.',
  },
  400: {
    title: 'Bad Request',
    explanation:
      'The server could not parse the request. The port may belong to something that is not a STUN/TURN server, or a proxy altered the request.',
  },
  401: {
    title: 'Unauthorized',
    explanation:
      'The server refused the credentials: wrong username or password, an expired TURN REST credential (its timestamp is in the past, or the server clock is off), a different shared secret ("static-auth-secret"), or a realm mismatch.',
  },
  403: {
    title: 'Forbidden',
    explanation:
      'The credentials were accepted but the server refused the request by policy: the client address is denied, the user is blocked, or the relay is not allowed for this user.',
  },
  420: {
    title: 'Unknown Attribute',
    explanation:
      'The server did not understand a mandatory attribute in the request. The server software may be too old for this browser.',
  },
  437: {
    title: 'Allocation Mismatch',
    explanation:
      'An allocation already exists for this client address and port (for example a stale one after a NAT reused the port). Usually transient; try again.',
  },
  438: {
    title: 'Stale Nonce',
    explanation:
      'The server kept rejecting the nonce. Browsers retry once automatically, so a lasting 438 usually means a load balancer sends requests to servers that do not share nonces, or the server clock jumps.',
  },
  440: {
    title: 'Address Family not Supported',
    explanation:
      'The server cannot relay the requested address family (for example an IPv6 relay address on an IPv4-only server, or the reverse).',
  },
  441: {
    title: 'Wrong Credentials',
    explanation:
      'The credentials differ from those used to create the allocation. Check that the username and password are not changed mid-session.',
  },
  442: {
    title: 'Unsupported Transport Protocol',
    explanation:
      'The server does not relay the requested transport (coturn "no-udp-relay" or "no-tcp-relay").',
  },
  486: {
    title: 'Allocation Quota Reached',
    explanation:
      'The user has too many allocations open (coturn "user-quota" or "total-quota"). Close other sessions or raise the quota.',
  },
  487: {
    title: 'Role Conflict',
    explanation:
      'Both ICE agents claimed the same role. This is an ICE connectivity check error, not a TURN server problem.',
  },
  500: {
    title: 'Server Error',
    explanation: 'The server had a temporary internal error. Check its logs and try again.',
  },
  508: {
    title: 'Insufficient Capacity',
    explanation:
      'The server has no relay ports or bandwidth left (coturn "min-port"/"max-port" range exhausted, or "max-bps"/"bps-capacity" reached).',
  },
  600: {
    title: 'Global Failure',
    explanation: 'The server says the request failed and should not be retried elsewhere.',
  },
  701: {
    title: 'Server not reachable',
    explanation:
      'The browser could not reach the server (W3C code 701): the host name did not resolve, the connection was refused because nothing listens on that port, the network is unreachable, or — for turns: — the TLS handshake or the certificate check failed.',
  },
};

function classOf(code: number): string {
  if (code >= 300 && code < 400) return 'a redirect';
  if (code >= 400 && code < 500) return 'a client error: the server refused the request';
  if (code >= 500 && code < 600) return 'a server error';
  if (code >= 600 && code < 700) return 'a global failure';
  if (code >= 700 && code < 800) return 'a browser-side network error';
  return 'not a known STUN error class';
}

/**
 * Explains a STUN/TURN error code (RFC 8489 §14.8, RFC 8656 §18) or the browser code 701
 * (webrtc-pc RTCPeerConnectionIceErrorEvent) in plain words.
 */
export function explainStunError(code: number): StunErrorExplanation {
  const known = KNOWN[code];
  if (known !== undefined) return { code, ...known };
  return {
    code,
    title: `Error ${code}`,
    explanation: `The server or browser reported error ${code}, ${classOf(code)}.`,
  };
}

/** Chromium's errorText for a failed DNS lookup: "STUN host lookup received error." (also "TURN …"). */
export function isHostLookupError(errorText: string | undefined): boolean {
  return errorText !== undefined && /host lookup/i.test(errorText);
}

export const TLS_701_CAUSE =
  'TLS handshake failed or the certificate is not trusted by this browser (self-signed, expired, or ' +
  'issued for another name — turns: needs a certificate for the host name in the URL)';

export const DNS_701_CAUSE = 'The host name could not be resolved (DNS lookup failed) — check the spelling of the host name in the URL';

/**
 * The most likely cause of a 701 first: a failed DNS lookup when the browser says so, the TLS
 * handshake or certificate for turns: URLs (the TCP port may well be open), otherwise the generic list.
 */
function explain701(transport: ServerTransport | undefined, errorText: string | undefined): string {
  if (isHostLookupError(errorText)) {
    return `${DNS_701_CAUSE}, or this network’s DNS cannot reach it.`;
  }
  if (transport === 'tls') {
    return (
      `${TLS_701_CAUSE}. Open https://<host>:<port>/ in this browser to see the certificate error. ` +
      'Less likely: nothing listens on that port (connection refused), the port does not speak TLS, or ' +
      'the network is unreachable.'
    );
  }
  return explainStunError(701).explanation;
}

/**
 * One line, e.g. `401 Unauthorized: The server refused …`. `errorText` is what the browser put in
 * the `icecandidateerror` event (for 701 it is the browser's own text, never the server's).
 */
export function describeStunError(code: number, errorText?: string, transport?: ServerTransport): string {
  const e = explainStunError(code);
  const reported =
    errorText !== undefined && errorText.trim() !== '' && errorText.trim() !== e.title
      ? ` (browser reported "${errorText.trim()}")`
      : '';
  const explanation = code === 701 ? explain701(transport, errorText) : e.explanation;
  return `${code} ${e.title}${reported}: ${explanation}`;
}

/**
 * Why nothing came back, by transport. Over UDP a browser sees silence both when the server is down
 * and when an anonymous (coturn "no-auth") server answers: Chromium discards an unauthenticated
 * Allocate success when it holds credentials.
 */
export function noAnswerCauses(transport: ServerTransport): string {
  switch (transport) {
    case 'udp':
      return (
        'Over UDP a browser cannot tell these apart: the server is not running or the port ' +
        'is wrong; a firewall (yours, the network’s or the server’s) drops UDP; the host name points to ' +
        'the wrong machine; or the server is anonymous (coturn "no-auth") and Chromium discarded its ' +
        'unauthenticated answer. Add a ?transport=tcp URL to tell them apart.'
      );
    case 'tcp':
      return (
        'The TCP connection was neither refused (that would be error 701) nor answered: a ' +
        'firewall silently drops the connection; the port belongs to something that is not a TURN ' +
        'server; or the server is anonymous (coturn "no-auth") and Chromium discarded its ' +
        'unauthenticated answer.'
      );
    case 'tls':
      return (
        'The TLS connection hung: the port does not speak TLS (for example plain TURN on the ' +
        'TLS port, or "no-tls"); a firewall or proxy silently drops it; or the server is anonymous ' +
        '(coturn "no-auth") and Chromium discarded its unauthenticated answer. A certificate problem ' +
        'usually shows as error 701 instead.'
      );
  }
}

/** "No answer within N s." followed by `noAnswerCauses`. */
export function explainNoAnswer(transport: ServerTransport, timeoutMs: number): string {
  return `No answer within ${Math.round(timeoutMs / 100) / 10} s. ${noAnswerCauses(transport)}`;
}
