/**
 * The app's own Vite config (vite.config.ts: headers, prerendered-page routing) with `preview.https`,
 * so `vite preview --config bench/vite.https.config.ts` serves the build over HTTPS — and therefore
 * HTTP/2 — as the README's "Deploy" section asks. The certificate is self-signed for localhost and
 * made anew each time the server starts (test-results/bench-tls/, ignored by git); Lighthouse's
 * Chromium is started with --ignore-certificate-errors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import type { UserConfig } from 'vite';
import { selfSignedCert } from '../e2e/harness/certificate.ts';
import app from '../vite.config.ts';

const { cert, key } = selfSignedCert(fileURLToPath(new URL('../test-results/bench-tls', import.meta.url)), 2);
const config: UserConfig = { ...app, preview: { ...app.preview, https: { cert: readFileSync(cert), key: readFileSync(key) } } };

export default config;
