#!/usr/bin/env node
/**
 * Makes sure the system programs the test suites need are present: Chromium, coturn's turnserver,
 * poppler's pdftotext, openssl and script(1). On Debian/Ubuntu as root it installs what is missing
 * with apt-get; anywhere else it stops with one message naming the packages. It never skips silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** The Playwright entry point of this checkout, or null before `npm install` has run. */
function playwrightEntry() {
  try {
    return createRequire(import.meta.url).resolve('@playwright/test');
  } catch {
    return null;
  }
}

function chromiumPresent() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  if (existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser')) return true;
  // A Playwright-managed Chromium also works (machines where `npx playwright install` succeeded). It can
  // only be found once the npm dependencies are installed.
  const entry = playwrightEntry();
  if (entry === null) return false;
  try {
    const out = execFileSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(entry)}).chromium.executablePath())`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.length > 0 && existsSync(out);
  } catch {
    return false;
  }
}

const needs = [
  {
    what: 'Chromium',
    ok: chromiumPresent(),
    debian: 'chromium',
    hint: playwrightEntry() === null ? 'Chromium (or set CHROMIUM_PATH, or run npm install first to use Playwright\'s browser)' : 'Chromium (or set CHROMIUM_PATH)',
  },
  { what: "coturn's turnserver", ok: has(process.env.TURNSERVER_PATH ?? 'turnserver'), debian: 'coturn', hint: 'coturn' },
  { what: "coturn's turnutils_uclient (runs the checklist's verify commands)", ok: has('turnutils_uclient'), debian: 'coturn', hint: 'coturn' },
  { what: "poppler's pdftotext", ok: has('pdftotext') && has('pdftoppm'), debian: 'poppler-utils', hint: 'poppler-utils' },
  { what: 'openssl (TLS test certificates)', ok: has('openssl'), debian: 'openssl', hint: 'openssl' },
  { what: "util-linux script (the probe's colours on a terminal)", ok: has('script'), debian: 'bsdutils', hint: 'util-linux script (bsdutils)' },
];
const missing = needs.filter((n) => !n.ok);
if (missing.length === 0) process.exit(0);

const isDebian = existsSync('/etc/debian_version') || /ID(_LIKE)?=.*(debian|ubuntu)/.test(readIfExists('/etc/os-release'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const pkgs = missing.map((m) => m.debian);

if (isDebian && isRoot && has('apt-get')) {
  console.log(`Installing missing test dependencies: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', ...pkgs], env);
  process.exit(0);
}

console.error(
  `The end-to-end tests need ${missing.map((m) => m.what).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
    (isDebian
      ? `Install with: sudo apt-get install -y ${pkgs.join(' ')}`
      : `Install these packages with your system's package manager: ${missing.map((m) => m.hint).join(', ')}`),
);
process.exit(1);

function readIfExists(p) {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`"${cmd} ${args.join(' ')}" failed (exit ${r.status}). Install manually: apt-get install -y ${pkgs.join(' ')}`);
    process.exit(1);
  }
}
