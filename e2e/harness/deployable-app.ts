/**
 * A second copy of the production build served by its own `vite preview` (the server `npm start`
 * runs), in a temp directory the test may change: `deploy()` does what a new deploy does to the
 * files a browser sees (every HTML page changes: index.html, the shell and the prerendered pages; sw.js gets the new content version the build
 * derives from the files), so the installed service worker finds an update. The shared server of
 * the run (dist/) is never touched.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './coturn.ts';

export interface DeployableApp {
  readonly origin: string;
  /** Publishes "version n" of the app; returns the new cache version in sw.js. */
  deploy(n: number): string;
  stop(): Promise<void>;
}

const VERSION = /wsc-\$\{"([0-9a-f]{16})"\}/;

async function waitForServer(origin: string, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${origin}: ${log()}`);
}

export async function startDeployableApp(): Promise<DeployableApp> {
  const dir = mkdtempSync(join(tmpdir(), 'wsc-deploy-'));
  const out = join(dir, 'dist');
  cpSync('dist', out, { recursive: true });
  const sw = readFileSync(join(out, 'sw.js'), 'utf8');
  if (!VERSION.test(sw)) throw new Error('dist/sw.js: no cache version (wsc-${"…"}) to change; build first');
  const port = await findFreePort();
  let log = '';
  // vite's own entry (not npx), so stopping the process stops the server.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', out, '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const origin = `http://localhost:${port}`;
  await waitForServer(origin, () => log);
  return {
    origin,
    deploy(n) {
      const hash = createHash('sha256');
      const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
      for (const page of pages) {
        const file = join(out, page);
        const html = `${readFileSync(file, 'utf8').replace(/\n<!-- deploy \d+ -->\n$/, '')}\n<!-- deploy ${n} -->\n`;
        writeFileSync(file, html);
        hash.update(page).update(html);
      }
      const version = hash.digest('hex').slice(0, 16);
      writeFileSync(join(out, 'sw.js'), readFileSync(join(out, 'sw.js'), 'utf8').replace(VERSION, `wsc-\${"${version}"}`));
      return version;
    },
    async stop() {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
