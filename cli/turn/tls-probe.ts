/**
 * What a turns: listener accepts: one handshake pinned to each TLS version (TLS 1.0 and 1.1 need
 * `DEFAULT@SECLEVEL=0`, or Node's OpenSSL will not even offer them), and the certificate of the
 * newest version that worked: subject, expiry, host name (`checkServerIdentity`) and trust.
 */
import { isIP } from 'node:net';
import { checkServerIdentity, connect, type PeerCertificate, type SecureVersion } from 'node:tls';
import { TLS_VERSIONS, type TlsObservation, type TlsVersion } from '@/features/turn-tester/server-probe/types';

interface Handshake {
  readonly accepted: boolean;
  readonly error?: string;
  readonly certificate?: PeerCertificate;
  readonly trustError?: string;
}

function handshake(host: string, port: number, version: TlsVersion, timeoutMs: number, ca: string | undefined): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      ...(isIP(host) === 0 ? { servername: host } : {}),
      minVersion: version as SecureVersion,
      maxVersion: version as SecureVersion,
      ciphers: 'DEFAULT@SECLEVEL=0',
      rejectUnauthorized: false,
      ...(ca !== undefined ? { ca } : {}),
    });
    const finish = (h: Handshake): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(h);
    };
    const timer = setTimeout(() => finish({ accepted: false, error: `no handshake within ${timeoutMs} ms` }), timeoutMs);
    socket.once('secureConnect', () => {
      const trustError = socket.authorized ? undefined : String(socket.authorizationError ?? 'not trusted');
      finish({ accepted: true, certificate: socket.getPeerCertificate(), ...(trustError !== undefined ? { trustError } : {}) });
    });
    socket.once('error', (e: NodeJS.ErrnoException) => finish({ accepted: false, error: e.code ?? e.message }));
  });
}

export async function observeTls(host: string, port: number, timeoutMs: number, ca?: string): Promise<TlsObservation> {
  const results = {} as Record<TlsVersion, Handshake>;
  for (const v of TLS_VERSIONS) results[v] = await handshake(host, port, v, timeoutMs, ca);
  const newest = [...TLS_VERSIONS].reverse().map((v) => results[v]).find((h) => h.accepted && h.certificate !== undefined);
  const cert = newest?.certificate;
  const hostnameError = cert !== undefined ? checkServerIdentity(host, cert)?.message : undefined;
  return {
    versions: Object.fromEntries(
      TLS_VERSIONS.map((v) => [v, { accepted: results[v].accepted, ...(results[v].error !== undefined ? { error: results[v].error } : {}) }]),
    ) as TlsObservation['versions'],
    certificate:
      cert === undefined
        ? null
        : {
            subject: cert.subject?.CN !== undefined ? `CN=${cert.subject.CN}` : 'without a common name',
            validTo: new Date(cert.valid_to).toISOString(),
            ...(hostnameError !== undefined ? { hostnameError } : {}),
            ...(newest?.trustError !== undefined ? { trustError: newest.trustError } : {}),
          },
  };
}
