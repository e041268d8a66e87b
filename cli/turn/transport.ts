/**
 * The probe's connections to a TURN server over UDP (`dgram`), TCP (`net`) and TLS (`tls`), with
 * request/response matching by transaction id, RFC 8489 §6.2.1 retransmission over UDP (RTO 500 ms,
 * doubling) capped by the probe's timeout, and one process-wide rate limit on everything sent.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { decodeMessage, type DecodedMessage } from '@/features/turn-tester/stun/message';
import type { ServerTransport } from '@/features/turn-tester/uri';
import { StreamFramer } from './framing';

/** Spacing between any two packets the probe sends (at most 20 per second), retransmits included. */
export const SEND_INTERVAL_MS = 50;
const INITIAL_RTO_MS = 500;

let nextSendAt = 0;
async function rateLimited(send: () => void): Promise<void> {
  const now = Date.now();
  const at = Math.max(now, nextSendAt);
  nextSendAt = at + SEND_INTERVAL_MS;
  if (at > now) await new Promise((r) => setTimeout(r, at - now));
  send();
}

export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly transport: ServerTransport;
  /** TLS: extra CA certificates to trust (PEM). */
  readonly ca?: string | undefined;
}

export type ExchangeResult =
  | { readonly ok: true; readonly response: DecodedMessage; readonly ms: number }
  | { readonly ok: false; readonly kind: 'timeout' | 'closed'; readonly message: string; readonly ms: number };

export interface Connection {
  readonly transport: ServerTransport;
  readonly remote: string;
  /** Sends a request and waits for the response with the same transaction id. */
  exchange(bytes: Uint8Array, transactionId: Uint8Array, timeoutMs: number): Promise<ExchangeResult>;
  close(): void;
}

export type OpenResult = { ok: true; connection: Connection } | { ok: false; message: string };

const key = (id: Uint8Array): string => Buffer.from(id).toString('hex');
const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ECONNREFUSED') return 'connection refused (nothing listens on that port)';
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return 'the host name could not be resolved (DNS lookup failed)';
  if (err.code === 'ECONNRESET') return 'the server closed the connection';
  return err.code !== undefined ? `${err.code}: ${err.message}` : String(err.message ?? e);
}

class Pending {
  private readonly waiting = new Map<string, (r: DecodedMessage) => void>();
  closedReason: string | null = null;
  private readonly onClose = new Set<(reason: string) => void>();

  deliver(frame: Uint8Array): void {
    const decoded = decodeMessage(frame);
    if (!decoded.ok) return;
    const resolve = this.waiting.get(key(decoded.message.transactionId));
    if (resolve !== undefined) resolve(decoded.message);
  }

  close(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    for (const f of this.onClose) f(reason);
  }

  /** Waits for the response; `resend` runs at each retransmission time (UDP only). */
  wait(id: Uint8Array, timeoutMs: number, send: () => void, retransmit: boolean): Promise<ExchangeResult> {
    const started = Date.now();
    return new Promise((resolve) => {
      const timers: NodeJS.Timeout[] = [];
      const done = (r: ExchangeResult): void => {
        timers.forEach(clearTimeout);
        this.waiting.delete(key(id));
        this.onClose.delete(closed);
        resolve(r);
      };
      const closed = (reason: string): void => done({ ok: false, kind: 'closed', message: reason, ms: Date.now() - started });
      if (this.closedReason !== null) return closed(this.closedReason);
      this.waiting.set(key(id), (response) => done({ ok: true, response, ms: Date.now() - started }));
      this.onClose.add(closed);
      timers.push(setTimeout(() => done({ ok: false, kind: 'timeout', message: `no answer within ${seconds(timeoutMs)}`, ms: timeoutMs }), timeoutMs));
      void rateLimited(send);
      if (retransmit) {
        for (let at = INITIAL_RTO_MS, rto = INITIAL_RTO_MS; at < timeoutMs; rto *= 2, at += rto) {
          timers.push(setTimeout(() => void rateLimited(send), at));
        }
      }
    });
  }
}

async function resolveHost(host: string): Promise<{ address: string; family: 4 | 6 }> {
  if (isIP(host) !== 0) return { address: host, family: isIP(host) === 6 ? 6 : 4 };
  const found = await lookup(host);
  return { address: found.address, family: found.family === 6 ? 6 : 4 };
}

async function openUdp(endpoint: Endpoint): Promise<OpenResult> {
  let resolved;
  try {
    resolved = await resolveHost(endpoint.host);
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
  const socket: UdpSocket = createSocket(resolved.family === 6 ? 'udp6' : 'udp4');
  const pending = new Pending();
  socket.on('message', (msg) => pending.deliver(new Uint8Array(msg)));
  socket.on('error', (e) => pending.close(errorText(e)));
  await new Promise<void>((r) => socket.connect(endpoint.port, resolved.address, r));
  return {
    ok: true,
    connection: {
      transport: 'udp',
      remote: `${resolved.address}:${endpoint.port}`,
      exchange: (bytes, id, timeoutMs) => pending.wait(id, timeoutMs, () => socket.send(bytes), true),
      close: () => {
        pending.close('closed');
        socket.close();
      },
    },
  };
}

function tlsOptions(endpoint: Endpoint): ConnectionOptions {
  return {
    host: endpoint.host,
    port: endpoint.port,
    ...(isIP(endpoint.host) === 0 ? { servername: endpoint.host } : {}),
    // The tls check judges the certificate; the TURN checks must run even when it is bad.
    rejectUnauthorized: false,
    ...(endpoint.ca !== undefined ? { ca: endpoint.ca } : {}),
  };
}

async function openStream(endpoint: Endpoint, timeoutMs: number): Promise<OpenResult> {
  const pending = new Pending();
  const framer = new StreamFramer((f) => pending.deliver(f), (m) => pending.close(m));
  const socket: Socket =
    endpoint.transport === 'tls' ? tlsConnect(tlsOptions(endpoint)) : tcpConnect({ host: endpoint.host, port: endpoint.port });
  const ready = endpoint.transport === 'tls' ? 'secureConnect' : 'connect';
  const opened = await new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => resolve(`no ${endpoint.transport === 'tls' ? 'TLS handshake' : 'TCP connection'} within ${seconds(timeoutMs)}`), timeoutMs);
    socket.once(ready, () => {
      clearTimeout(timer);
      resolve(null);
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      resolve(errorText(e));
    });
  });
  if (opened !== null) {
    socket.destroy();
    return { ok: false, message: opened };
  }
  socket.on('data', (chunk: Buffer) => framer.push(new Uint8Array(chunk)));
  socket.on('error', (e) => pending.close(errorText(e)));
  socket.on('close', () => pending.close('the server closed the connection'));
  return {
    ok: true,
    connection: {
      transport: endpoint.transport,
      remote: `${socket.remoteAddress ?? endpoint.host}:${endpoint.port}`,
      exchange: (bytes, id, t) => pending.wait(id, t, () => socket.write(bytes), false),
      close: () => {
        pending.close('closed');
        socket.destroy();
      },
    },
  };
}

/** Opens a connection to the server; the error names why (refused, DNS, no handshake in time). */
export function openConnection(endpoint: Endpoint, timeoutMs: number): Promise<OpenResult> {
  return endpoint.transport === 'udp' ? openUdp(endpoint) : openStream(endpoint, timeoutMs);
}
