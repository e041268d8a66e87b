/**
 * Shell commands quoted in items' "how to verify" text. They are written once here so every item
 * quotes them identically, and e2e/verify-commands.spec.ts runs them — taken from the items' own
 * text — against the harness's real coturn, so a typo fails CI.
 *
 * Placeholders: `turn.example.com` and `3478` are your TURN host and port; `TURN_SECRET` holds the
 * `static-auth-secret`, read on a host that already has it (from your secret store, never pasted
 * into a web page or a ticket). Credentials are minted locally with openssl, as coturn checks them
 * with `use-auth-secret`: username `<expiry>:<id>`, password base64(HMAC-SHA1(secret, username)).
 */

/** A test credential valid for 10 minutes, minted on the command line (shell variables u and p). */
export const MINT_TEST_CREDENTIAL =
  'u="$(( $(date +%s) + 600 )):audit"; p="$(printf %s "$u" | openssl dgst -sha1 -hmac "$TURN_SECRET" -binary | base64)"';

/** A credential that expired a minute ago, correctly signed: only the expiry is wrong. */
export const MINT_EXPIRED_CREDENTIAL =
  'u="$(( $(date +%s) - 60 )):audit"; p="$(printf %s "$u" | openssl dgst -sha1 -hmac "$TURN_SECRET" -binary | base64)"';

/** Allocates a relay with the test credential; 203.0.113.7 is a documentation address (RFC 5737). */
export const ALLOCATE =
  "timeout 5 turnutils_uclient -v -n 1 -e 203.0.113.7 -u \"$u\" -w \"$p\" -p 3478 turn.example.com | grep 'Received relay addr'";

/** The same allocation with a wrong password. */
export const ALLOCATE_WRONG_PASSWORD =
  'turnutils_uclient -n 1 -e 203.0.113.7 -u "$u" -w wrong-password -p 3478 turn.example.com';

/** An allocation with whatever credential u/p hold (used after MINT_EXPIRED_CREDENTIAL). */
export const ALLOCATE_WITH_CREDENTIAL = 'turnutils_uclient -n 1 -e 203.0.113.7 -u "$u" -w "$p" -p 3478 turn.example.com';

/** Asks the server to relay to a peer address; a denied peer is answered with 403 Forbidden IP. */
export function relayToPeer(peer: string): string {
  return `turnutils_uclient -n 1 -e ${peer} -u "$u" -w "$p" -p 3478 turn.example.com`;
}

export const RELAY_TO_LOOPBACK = relayToPeer('127.0.0.1');
export const RELAY_TO_PRIVATE = relayToPeer('10.0.0.1');
export const RELAY_TO_METADATA = relayToPeer('169.254.169.254');

/** Requests an RFC 6062 TCP allocation; with `no-tcp-relay` coturn answers 442. */
export const TCP_RELAY = 'turnutils_uclient -T -n 1 -u "$u" -w "$p" -p 3478 turn.example.com';

/** Lists peer ACL lines written in CIDR notation, which coturn does not accept. */
export const GREP_CIDR_ACL = "grep -nE '^(denied|allowed)-peer-ip=[^#]*/' /etc/turnserver.conf";

/** Lists the authentication options of a coturn config: expect use-auth-secret, a secret and a realm, no no-auth and no user= lines. */
export const GREP_AUTH_OPTIONS =
  "grep -nE '^(no-auth|lt-cred-mech|use-auth-secret|static-auth-secret|user=|userdb|psql-userdb|mysql-userdb|mongo-userdb|redis-userdb|realm)' /etc/turnserver.conf";
