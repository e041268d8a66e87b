/**
 * Measures what the browser loads before the first page renders: the entry script of dist/index.html,
 * its modulepreloads and their static imports, gzipped. Shared by check-bundle and the bench.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_KB = 100;

export function initialChunks(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const queue = [...entry, ...preloads];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static imports only (`import … from "./x.js"` / `import "./x.js"`); import() stays lazy.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]).replace(/\\/g, '/'));
    }
  }
  return [...seen].map((file) => {
    const buf = readFileSync(join(distDir, file));
    return { file, bytes: buf.length, gzipBytes: gzipSync(buf).length, code: buf.toString('utf8') };
  });
}

export function allChunks(distDir = 'dist') {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: `assets/${f}`, bytes: buf.length, gzipBytes: gzipSync(buf).length };
    });
}
