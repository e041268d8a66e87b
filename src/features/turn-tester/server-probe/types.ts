/** What the command-line probe observed, as plain data the verdicts judge. */

export type ProbeAllocation =
  | {
      readonly kind: 'allocated';
      /** Granted without any credentials. */
      readonly anonymous: boolean;
      readonly relayed: { readonly family: 'ipv4' | 'ipv6'; readonly address: string; readonly port: number } | null;
      readonly ms: number;
    }
  | {
      readonly kind: 'error';
      readonly code: number;
      readonly reason: string;
      /** The server answered the unauthenticated request with 401, REALM and NONCE. */
      readonly challenged: boolean;
      readonly ms: number;
    }
  /** No answer in time, or no connection at all (refused, DNS, TLS handshake). */
  | { readonly kind: 'no-answer'; readonly message: string; readonly ms: number };

/** The answer to one CreatePermission or Connect. */
export type PeerAnswer =
  | { readonly kind: 'success'; readonly ms: number }
  | { readonly kind: 'error'; readonly code: number; readonly reason: string; readonly ms: number }
  | { readonly kind: 'no-answer'; readonly message: string; readonly ms: number };

export type TlsVersion = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
export const TLS_VERSIONS: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export interface TlsObservation {
  /** Per version: whether a handshake pinned to it completed, or why not. */
  readonly versions: Readonly<Record<TlsVersion, { readonly accepted: boolean; readonly error?: string }>>;
  readonly certificate: {
    readonly subject: string;
    readonly validTo: string;
    /** Set when the certificate does not name the host of the URL. */
    readonly hostnameError?: string;
    /** Set when no trusted CA signed it (Node's store plus --ca). */
    readonly trustError?: string;
  } | null;
}
