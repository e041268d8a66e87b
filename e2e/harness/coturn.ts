/**
 * Starts real coturn (`turnserver`) instances on loopback for the e2e suite and benchmarks.
 *
 * Each instance gets a generated config in its own temp folder, free ports, and a log file kept with
 * the test output. `stop()` kills the process; instances are also killed when the Node process exits,
 * so a failing test run never leaves a server behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCert } from './certificate.ts';

export type CoturnAuth =
  /** TURN REST API: `use-auth-secret` + `static-auth-secret` (the recommended setup). */
  | { kind: 'rest-secret'; secret?: string }
  /** Long-term credentials with a static user (`lt-cred-mech` + `user=`). */
  | { kind: 'static-user'; username?: string; password?: string }
  /** Anonymous relay (`no-auth`): the insecure setup the tester must flag. */
  | { kind: 'no-auth' };

export interface CoturnOptions {
  /** Used in file names and logs. */
  name?: string;
  auth?: CoturnAuth;
  realm?: string;
  /** Start a TLS listener with a generated self-signed certificate. */
  tls?: boolean;
  /** `allow-loopback-peers`: needed for relay-to-relay traffic on 127.0.0.1. */
  allowLoopbackPeers?: boolean;
  /** Extra `denied-peer-ip` entries. */
  deniedPeerIps?: string[];
  /** `no-tcp-relay`: refuse RFC 6062 TCP relay allocations (442). */
  noTcpRelay?: boolean;
  /** Also listen and relay on ::1, so IPv6 relay allocations (REQUESTED-ADDRESS-FAMILY) work. */
  relayIpv6?: boolean;
  /** Raw extra config lines. */
  extraConfig?: string[];
  /** Folder for logs and configs; defaults to test-results/coturn. */
  outputDir?: string;
  /**
   * Run this config instead of the generated one (e.g. the analyzer's secure snippet). It gets the
   * instance's ports, a relay range, a self-signed certificate and a work folder to fill in.
   */
  rawConfig?: (ctx: RawConfigContext) => string[];
}

export interface RawConfigContext {
  port: number;
  tlsPort: number;
  minPort: number;
  maxPort: number;
  cert: string;
  key: string;
  workDir: string;
}

export interface RestCredential {
  username: string;
  credential: string;
}

export interface CoturnInstance {
  name: string;
  port: number;
  tlsPort: number | null;
  realm: string;
  /** `turn:` URLs for UDP and TCP, and `turns:` when TLS is on. */
  urls: { udp: string; tcp: string; tls: string | null };
  /** The self-signed certificate (PEM file) of the TLS listener, for clients that must trust it. */
  certFile: string | null;
  /** The shared secret (rest-secret only). Tests only: never shown in the app's outputs. */
  secret: string | null;
  /** The static user (static-user only). */
  user: { username: string; password: string } | null;
  /** TURN REST credentials: username "<expiry>:<user>", credential base64(HMAC-SHA1(secret, username)). */
  mint(ttlSeconds: number, user?: string): RestCredential;
  logFile: string;
  configFile: string;
  readLog(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

export function turnserverPath(): string {
  return process.env.TURNSERVER_PATH ?? 'turnserver';
}

/** TURN REST API credential (draft-uberti-behave-turn-rest-00 §2.2), as coturn's use-auth-secret checks it. */
export function mintRestCredential(secret: string, ttlSeconds: number, user = 'e2e-user', nowMs = Date.now()): RestCredential {
  const username = `${Math.floor(nowMs / 1000) + ttlSeconds}:${user}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

function tcpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createSocket('udp4');
    sock.once('error', () => {
      sock.close();
      resolve(false);
    });
    sock.bind(port, '127.0.0.1', () => sock.close(() => resolve(true)));
  });
}

/** A port free for both TCP and UDP on 127.0.0.1, from a range unlikely to collide with relays. */
export async function findFreePort(exclude: ReadonlySet<number> = new Set()): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    if (exclude.has(port)) continue;
    if ((await tcpPortFree(port)) && (await udpPortFree(port))) return port;
  }
  throw new Error('No free port found on 127.0.0.1 for coturn');
}

function waitForTcp(port: number, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const why = exited();
      if (why) return reject(new Error(why));
      const sock = connect({ host: '127.0.0.1', port });
      sock.once('connect', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`coturn did not open port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startCoturn(options: CoturnOptions = {}): Promise<CoturnInstance> {
  const name = options.name ?? 'coturn';
  const auth: CoturnAuth = options.auth ?? { kind: 'rest-secret' };
  const realm = options.realm ?? 'e2e.webrtc-checklist.test';
  const outputDir = options.outputDir ?? join(process.cwd(), 'test-results', 'coturn');
  mkdirSync(outputDir, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'coturn-'));

  const port = await findFreePort();
  const tlsPort = options.tls || options.rawConfig ? await findFreePort(new Set([port])) : null;
  // A relay range of its own per instance, so parallel instances do not compete for ports.
  const minPort = 41000 + Math.floor(Math.random() * 200) * 100;
  const maxPort = minPort + 99;

  const secret = auth.kind === 'rest-secret' ? (auth.secret ?? randomBytes(24).toString('base64url')) : null;
  const user =
    auth.kind === 'static-user'
      ? { username: auth.username ?? 'static-user', password: auth.password ?? randomBytes(12).toString('base64url') }
      : null;

  const generated = [
    `listening-ip=127.0.0.1`,
    `relay-ip=127.0.0.1`,
    `listening-port=${port}`,
    `min-port=${minPort}`,
    `max-port=${maxPort}`,
    `realm=${realm}`,
    `fingerprint`,
    `no-cli`,
    `no-dtls`,
    `no-multicast-peers`,
    `userdb=${join(workDir, 'turndb')}`,
    `pidfile=${join(workDir, 'turnserver.pid')}`,
    `log-file=stdout`,
    `verbose`,
  ];
  if (auth.kind === 'rest-secret') generated.push('use-auth-secret', `static-auth-secret=${secret}`);
  if (auth.kind === 'static-user' && user) generated.push('lt-cred-mech', `user=${user.username}:${user.password}`);
  if (auth.kind === 'no-auth') generated.push('no-auth');
  if (options.allowLoopbackPeers) generated.push('allow-loopback-peers');
  if (options.noTcpRelay) generated.push('no-tcp-relay');
  if (options.relayIpv6) generated.push('listening-ip=::1', 'relay-ip=::1');
  for (const ip of options.deniedPeerIps ?? []) generated.push(`denied-peer-ip=${ip}`);
  const certs = tlsPort !== null ? selfSignedCert(workDir) : null;
  if (tlsPort !== null && certs !== null) {
    generated.push(`tls-listening-port=${tlsPort}`, `cert=${certs.cert}`, `pkey=${certs.key}`);
  } else {
    generated.push('no-tls');
  }
  generated.push(...(options.extraConfig ?? []));
  const lines =
    options.rawConfig && tlsPort !== null && certs !== null
      ? options.rawConfig({ port, tlsPort, minPort, maxPort, cert: certs.cert, key: certs.key, workDir })
      : generated;

  const configFile = join(workDir, 'turnserver.conf');
  writeFileSync(configFile, lines.join('\n') + '\n', { mode: 0o600 });
  const logFile = join(outputDir, `${name}-${port}.log`);
  const log = createWriteStream(logFile);
  // What the server printed so far, in memory: the file is written asynchronously, so reading it back
  // right after start-up could come back empty under load (it did, in coturn-snippet.spec.ts).
  let printed = '';
  const record = (text: string) => {
    printed += text;
    log.write(text);
  };
  // The secret lives only in the temp config; the kept log must not carry it.
  record(`# ${name}: turnserver -c <config> on 127.0.0.1:${port}${tlsPort ? ` (TLS ${tlsPort})` : ''}\n`);
  record(lines.map((l) => (l.startsWith('static-auth-secret=') || l.startsWith('user=') ? l.replace(/=.*/, '=<redacted>') : l)).join('\n') + '\n\n');

  const proc = spawn(turnserverPath(), ['-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  proc.stdout.setEncoding('utf8').on('data', record);
  proc.stderr.setEncoding('utf8').on('data', record);
  let exitReason: string | null = null;
  let spawnError: Error | null = null;
  proc.once('error', (e) => {
    spawnError = e;
  });
  const exited = new Promise<void>((resolve) => {
    proc.once('exit', (code, signal) => {
      running.delete(proc);
      exitReason = `coturn exited early (code ${code}, signal ${signal}); see ${logFile}`;
      resolve();
    });
  });

  try {
    await waitForTcp(port, 10_000, () =>
      spawnError ? `Could not start turnserver (${turnserverPath()}): ${spawnError.message}. Install coturn.` : exitReason,
    );
    if (tlsPort !== null) await waitForTcp(tlsPort, 10_000, () => exitReason);
  } catch (e) {
    proc.kill('SIGKILL');
    throw e;
  }

  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    rmSync(workDir, { recursive: true, force: true });
  };

  return {
    name,
    port,
    tlsPort,
    realm,
    urls: {
      udp: `turn:127.0.0.1:${port}?transport=udp`,
      tcp: `turn:127.0.0.1:${port}?transport=tcp`,
      tls: tlsPort ? `turns:localhost:${tlsPort}?transport=tcp` : null,
    },
    certFile: certs?.cert ?? null,
    secret,
    user,
    mint(ttlSeconds, u = 'e2e-user') {
      if (!secret) throw new Error(`${name} does not use a shared secret`);
      return mintRestCredential(secret, ttlSeconds, u);
    },
    logFile,
    configFile,
    readLog: () => printed,
    stop,
  };
}
