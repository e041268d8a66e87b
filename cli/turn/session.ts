/**
 * One TURN client session on one connection (one 5-tuple, so at most one allocation): Allocate with
 * the long-term credential mechanism (RFC 8489 §9.2: 401 with REALM and NONCE, then the request again
 * with USERNAME, REALM, NONCE and MESSAGE-INTEGRITY; 438 Stale Nonce retried once), then
 * CreatePermission (RFC 8656 §9), Connect (RFC 6062 §4.3) and Refresh with LIFETIME 0 to release.
 */
import { randomBytes } from 'node:crypto';
import { decodeXorAddress, encodeXorAddress, type AddressFamily, type TransportAddress } from '@/features/turn-tester/stun/address';
import {
  decodeErrorCode,
  lifetime,
  longTermKey,
  readText,
  requestedAddressFamily,
  requestedTransport,
  utf8,
} from '@/features/turn-tester/stun/attributes';
import {
  ATTR,
  encodeMessage,
  getAttribute,
  METHOD,
  verifyIntegrity,
  type DecodedMessage,
  type StunAttribute,
} from '@/features/turn-tester/stun/message';
import type { ProbeAllocation } from '@/features/turn-tester/server-probe/types';
import { nodeStunCrypto } from './node-crypto';
import type { Connection } from './transport';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export type TurnAnswer =
  | { readonly kind: 'success'; readonly response: DecodedMessage; readonly ms: number }
  | { readonly kind: 'error'; readonly code: number; readonly reason: string; readonly ms: number }
  | { readonly kind: 'no-answer'; readonly message: string; readonly ms: number };

export interface AllocateRequest {
  readonly credentials: Credentials | null;
  readonly family?: AddressFamily;
  readonly relayTransport?: 'udp' | 'tcp';
}

/** What an Allocate came to (the probe's verdicts judge this shape). */
export type AllocateOutcome = ProbeAllocation;

type Attributes = readonly StunAttribute[] | ((transactionId: Uint8Array) => readonly StunAttribute[]);

export class TurnSession {
  private realm: string | null = null;
  private nonce: string | null = null;
  private key: Uint8Array | null = null;
  private username: string | null = null;
  /** Every SOFTWARE value the server sent (RFC 8489 §14.14). */
  readonly software = new Set<string>();
  private allocated = false;

  constructor(private readonly connection: Connection, private readonly timeoutMs: number) {}

  /** `attributes` may depend on the transaction id (XOR-PEER-ADDRESS of an IPv6 peer does). */
  private async send(method: number, attributes: Attributes, signed: boolean): Promise<TurnAnswer> {
    const transactionId = new Uint8Array(randomBytes(12));
    const body = typeof attributes === 'function' ? attributes(transactionId) : attributes;
    const auth: StunAttribute[] =
      signed && this.username !== null && this.realm !== null && this.nonce !== null
        ? [
            { type: ATTR.USERNAME, value: utf8(this.username) },
            { type: ATTR.REALM, value: utf8(this.realm) },
            { type: ATTR.NONCE, value: utf8(this.nonce) },
          ]
        : [];
    const bytes = encodeMessage(
      { method, cls: 'request', transactionId, attributes: [...body, ...auth] },
      { fingerprint: true, crypto: nodeStunCrypto, ...(auth.length > 0 && this.key !== null ? { integrityKey: this.key } : {}) },
    );
    const result = await this.connection.exchange(bytes, transactionId, this.timeoutMs);
    if (!result.ok) return { kind: 'no-answer', message: result.message, ms: result.ms };
    const response = result.response;
    const software = readText(getAttribute(response, ATTR.SOFTWARE));
    if (software !== undefined) this.software.add(software);
    const realm = readText(getAttribute(response, ATTR.REALM));
    const nonce = readText(getAttribute(response, ATTR.NONCE));
    if (nonce !== undefined) this.nonce = nonce;
    if (realm !== undefined && this.realm === null) this.realm = realm;
    if (response.cls === 'success') {
      if (auth.length > 0 && this.key !== null && verifyIntegrity(response, this.key, nodeStunCrypto) === 'invalid') {
        return { kind: 'error', code: 0, reason: 'the answer carries a MESSAGE-INTEGRITY that does not match the credentials', ms: result.ms };
      }
      return { kind: 'success', response, ms: result.ms };
    }
    const error = decodeErrorCode(getAttribute(response, ATTR.ERROR_CODE)) ?? { code: 0, reason: 'error response without ERROR-CODE' };
    return { kind: 'error', code: error.code, reason: error.reason, ms: result.ms };
  }

  /** Sends a signed request, retrying once on 438 Stale Nonce (RFC 8489 §9.2.5) with the new nonce. */
  private async signed(method: number, attributes: Attributes): Promise<TurnAnswer> {
    const first = await this.send(method, attributes, true);
    return first.kind === 'error' && first.code === 438 ? this.send(method, attributes, true) : first;
  }

  async allocate(request: AllocateRequest): Promise<AllocateOutcome> {
    const attributes: StunAttribute[] = [
      { type: ATTR.REQUESTED_TRANSPORT, value: requestedTransport(request.relayTransport ?? 'udp') },
      ...(request.family === 'ipv6' ? [{ type: ATTR.REQUESTED_ADDRESS_FAMILY, value: requestedAddressFamily('ipv6') }] : []),
    ];
    let answer = await this.send(METHOD.allocate, attributes, false);
    let challenged = false;
    let anonymous = true;
    if (answer.kind === 'error' && answer.code === 401 && this.realm !== null && this.nonce !== null) {
      challenged = true;
      if (request.credentials !== null) {
        this.username = request.credentials.username;
        this.key = longTermKey(request.credentials.username, this.realm, request.credentials.password, nodeStunCrypto);
        anonymous = false;
        answer = await this.signed(METHOD.allocate, attributes);
      }
    }
    if (answer.kind === 'no-answer') return answer;
    if (answer.kind === 'error') return { kind: 'error', code: answer.code, reason: answer.reason, challenged, ms: answer.ms };
    this.allocated = true;
    const tid = answer.response.transactionId;
    const address = (type: number): TransportAddress | null => {
      const value = getAttribute(answer.response, type);
      return value === undefined ? null : decodeXorAddress(value, tid);
    };
    return { kind: 'allocated', anonymous, relayed: address(ATTR.XOR_RELAYED_ADDRESS), ms: answer.ms };
  }

  private peer(peer: { address: string; port: number }): Attributes {
    return (transactionId) => {
      const value = encodeXorAddress(peer, transactionId);
      if (value === null) throw new Error(`not an IP address: ${peer.address}`);
      return [{ type: ATTR.XOR_PEER_ADDRESS, value }];
    };
  }

  /** CreatePermission toward one peer address (RFC 8656 §9): asks only, sends nothing to the peer. */
  createPermission(address: string): Promise<TurnAnswer> {
    return this.signed(METHOD.createPermission, this.peer({ address, port: 0 }));
  }

  /** RFC 6062 §4.3 Connect on a TCP allocation: the server checks its peer policy, then dials the peer. */
  connect(peer: { address: string; port: number }): Promise<TurnAnswer> {
    return this.signed(METHOD.connect, this.peer(peer));
  }

  /** Refresh with LIFETIME 0 (RFC 8656 §7.3) so the allocation does not linger; then closes. */
  async release(): Promise<void> {
    if (this.allocated) await this.signed(METHOD.refresh, [{ type: ATTR.LIFETIME, value: lifetime(0) }]);
    this.allocated = false;
  }

  close(): void {
    this.connection.close();
  }
}
