/**
 * Plain-words descriptions of the TURN checks (issue 5) and the checklist items each one gives
 * evidence for (read from the items' `evidence` lists, so the mapping lives in one place).
 */

import type { ChecklistItem } from './types';
import { CHECK_IDS, type CheckId } from './turn-check-ids';

export interface CheckInfo {
  readonly id: CheckId;
  readonly title: string;
  /** What the check does and why it matters, for someone who has never configured TURN. */
  readonly explanation: string;
  /** When it runs, if not always. */
  readonly when?: string;
}

export const CHECK_INFO: Readonly<Record<CheckId, CheckInfo>> = {
  allocation: {
    id: 'allocation',
    title: 'Allocation',
    explanation:
      'Asks the server for a relay address with your credentials, through a relay-only browser ' +
      'connection that uses only this URL. This is the basic "does it work" test; errors such as ' +
      '401 (wrong or expired credentials) and 701 (unreachable) are explained in plain words.',
    when: 'Once per URL.',
  },
  'requires-authentication': {
    id: 'requires-authentication',
    title: 'Requires authentication',
    explanation:
      'Checks that the server insists on credentials. An anonymous TURN server lets anyone on the ' +
      'Internet relay traffic through it — at your cost, and from inside your network.',
    when: 'Once per server.',
  },
  'rejects-wrong-password': {
    id: 'rejects-wrong-password',
    title: 'Rejects a wrong password',
    explanation:
      'Tries the same username with a random password. The server must refuse it (401); if a relay ' +
      'address comes back, the server does not check passwords at all.',
    when: 'Once per server.',
  },
  'relay-connectivity': {
    id: 'relay-connectivity',
    title: 'Relay connectivity',
    explanation:
      'Connects two peer connections in this page to each other through the relay only and sends ' +
      'messages both ways. Getting a relay address does not prove media can flow: a firewall on the ' +
      'relay ports, a wrong external IP or an over-broad peer deny list stops it.',
    when: 'Once per server, after an allocation succeeded.',
  },
  'rejects-expired-credential': {
    id: 'rejects-expired-credential',
    title: 'Rejects an expired credential',
    explanation:
      'Mints a credential whose expiry is a day in the past. The server must refuse it; otherwise a ' +
      'leaked credential works forever.',
    when: 'Only with a shared secret.',
  },
  'credential-lifetime': {
    id: 'credential-lifetime',
    title: 'Credential lifetime',
    explanation:
      'Reads the expiry from the username (TURN REST format "expiry:user"). Credentials should expire ' +
      'within 24 hours; static ones in your JavaScript can be copied and reused by anyone. Also warns ' +
      'when the user id looks like personal data: it travels in clear text.',
    when: 'Once per run.',
  },
  'transport-coverage': {
    id: 'transport-coverage',
    title: 'Transport coverage',
    explanation:
      'Passes when TURN over TLS (turns:) or TCP on port 443 works. Many company and hotel networks ' +
      'block UDP and every port but 443; their users get no media without it.',
    when: 'Once per run.',
  },
  endpoint: {
    id: 'endpoint',
    title: 'Credential endpoint',
    explanation:
      'Checks the endpoint’s answer (format, ttl, URLs) and whether it hands credentials to a caller ' +
      'without cookies: then anyone can fetch them and use your TURN server.',
    when: 'Only with a credential endpoint.',
  },
  'anonymous-allocation': {
    id: 'anonymous-allocation',
    title: 'Anonymous allocation',
    explanation:
      'Asks for a relay without any credentials. A server that grants it (coturn "no-auth") is an open ' +
      'relay. A browser cannot see this: Chromium discards an unauthenticated answer, so such a server ' +
      'looks like a dead port.',
    when: 'Only with the command-line probe (npm run probe), once per server.',
  },
  'peer-restrictions': {
    id: 'peer-restrictions',
    title: 'Peer restrictions',
    explanation:
      'Asks the relay for permissions toward loopback, private, CGNAT, link-local and cloud metadata ' +
      'addresses (169.254.169.254) and every IPv4-in-IPv6 spelling of them (::ffff:127.0.0.1, ' +
      '64:ff9b::7f00:1, 2002:7f00:1::…). Each must be refused, or a client can reach your internal ' +
      'network through the relay. Permissions only: no data is sent to those addresses.',
    when: 'Only with the command-line probe (npm run probe), once per server.',
  },
  'relay-to-public': {
    id: 'relay-to-public',
    title: 'Relays to the Internet',
    explanation:
      'Asks for a permission toward an ordinary public address. A hardened server must still grant it: an ' +
      'over-broad deny list breaks every call.',
    when: 'Only with the command-line probe (npm run probe), once per server.',
  },
  'tcp-relay': {
    id: 'tcp-relay',
    title: 'TCP relay',
    explanation:
      'Asks for a TCP relay allocation (RFC 6062). WebRTC needs only UDP relays; a TCP relay lets clients ' +
      'open TCP connections to whatever the deny list allows, a pivot into internal TCP services.',
    when: 'Only with the command-line probe (npm run probe), once per server.',
  },
  'software-disclosure': {
    id: 'software-disclosure',
    title: 'Software disclosure',
    explanation:
      'Reads the SOFTWARE attribute of the server’s answers. A name with a version number tells attackers ' +
      'which known vulnerabilities to try.',
    when: 'Only with the command-line probe (npm run probe), once per server.',
  },
  tls: {
    id: 'tls',
    title: 'TLS',
    explanation:
      'For turns: URLs, tries TLS 1.0, 1.1, 1.2 and 1.3 one at a time (1.0 and 1.1 must be refused) and ' +
      'reads the certificate: expiry, host name and whether a trusted CA signed it.',
    when: 'Only with the command-line probe (npm run probe), once per turns: URL.',
  },
};

function checkTitle(id: CheckId): string {
  return CHECK_INFO[id].title;
}

function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id);
}

/** Which tool produced `turn:*` evidence: the browser tester or the command-line probe (issue 14). */
export type TurnEvidenceTool = 'browser' | 'probe';

/**
 * How an evidence source reads in the UI: "turn:requires-authentication" → "TURN tester: requires
 * authentication" ("TURN probe (command line): …" for the probe), "coturn:no-cli" → "coturn config
 * analyzer: no-cli".
 */
export function evidenceSourceLabel(source: string, tool: TurnEvidenceTool = 'browser'): string {
  const [kind, id = ''] = source.split(/:(.*)/s);
  if (kind === 'turn' && isCheckId(id)) {
    return `${tool === 'probe' ? 'TURN probe (command line)' : 'TURN tester'}: ${checkTitle(id).toLowerCase()}`;
  }
  if (kind === 'coturn') return `coturn config analyzer: ${id}`;
  return source;
}

/** The checklist items that list `turn:<id>` as evidence, per check id. */
export function relatedItems(items: readonly ChecklistItem[]): Readonly<Record<CheckId, readonly ChecklistItem[]>> {
  const out = {} as Record<CheckId, ChecklistItem[]>;
  for (const id of CHECK_IDS) out[id] = items.filter((item) => item.evidence.includes(`turn:${id}`));
  return out;
}
