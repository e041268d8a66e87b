import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A throwaway self-signed certificate for localhost (and 127.0.0.1), made with the openssl CLI
 * (scripts/check-system-deps.mjs installs it) into `dir` as cert.pem and key.pem. Test output only:
 * a new key on every call, never committed.
 */
export function selfSignedCert(dir: string, days = 30): { cert: string; key: string } {
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', String(days),
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { cert, key };
}
