/**
 * The probe's UDP transport against a real socket on loopback: RFC 8489 §6.2.1 retransmissions
 * capped by the timeout, and the process-wide rate limit its --help promises ("at most 20 packets
 * per second"). Only lower bounds on time are asserted: timers never fire early.
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeMessage, METHOD } from '@/features/turn-tester/stun/message';
import { openConnection, SEND_INTERVAL_MS } from './transport';

interface Listener {
  readonly port: number;
  /** Arrival time (ms) and transaction id (hex) of every datagram. */
  readonly received: { at: number; id: string }[];
  readonly socket: Socket;
}

const open: Socket[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** A UDP server that records what arrives and answers a Binding request only when `answer` says so. */
async function listener(answer: (id: string) => boolean): Promise<Listener> {
  const socket = createSocket('udp4');
  open.push(socket);
  const received: Listener['received'] = [];
  socket.on('message', (msg, from) => {
    const id = msg.subarray(8, 20);
    received.push({ at: Date.now(), id: id.toString('hex') });
    if (answer(id.toString('hex'))) {
      const response = encodeMessage({ method: METHOD.binding, cls: 'success', transactionId: new Uint8Array(id), attributes: [] });
      socket.send(response, from.port, from.address);
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, received, socket };
}

const request = () => {
  const transactionId = new Uint8Array(randomBytes(12));
  return { transactionId, bytes: encodeMessage({ method: METHOD.binding, cls: 'request', transactionId, attributes: [] }) };
};

describe('UDP transport', { timeout: 20_000 }, () => {
  it('retransmits at 0, 500 and 1500 ms (RTO 500 ms, doubling) until the timeout, then says how long it waited', async () => {
    const server = await listener(() => false);
    const opened = await openConnection({ host: '127.0.0.1', port: server.port, transport: 'udp' }, 2000);
    if (!opened.ok) throw new Error(opened.message);
    const { transactionId, bytes } = request();
    const started = Date.now();
    const result = await opened.connection.exchange(bytes, transactionId, 2000);
    opened.connection.close();
    expect(result).toMatchObject({ ok: false, kind: 'timeout', message: 'no answer within 2 s' });
    expect(server.received).toHaveLength(3);
    const offsets = server.received.map((r) => r.at - started);
    expect(offsets[1]).toBeGreaterThanOrEqual(490);
    expect(offsets[2]).toBeGreaterThanOrEqual(1490);
  });

  it('matches the answer by transaction id and stops retransmitting once answered', async () => {
    const server = await listener(() => true);
    const opened = await openConnection({ host: '127.0.0.1', port: server.port, transport: 'udp' }, 2000);
    if (!opened.ok) throw new Error(opened.message);
    const { transactionId, bytes } = request();
    const result = await opened.connection.exchange(bytes, transactionId, 2000);
    await new Promise((r) => setTimeout(r, 700));
    opened.connection.close();
    expect(result.ok).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('spaces every packet it sends, across connections, at least SEND_INTERVAL_MS apart (≤ 20 per second)', async () => {
    expect(1000 / SEND_INTERVAL_MS).toBe(20);
    const server = await listener(() => true);
    const connections = await Promise.all(
      [0, 1, 2].map(async () => {
        const opened = await openConnection({ host: '127.0.0.1', port: server.port, transport: 'udp' }, 2000);
        if (!opened.ok) throw new Error(opened.message);
        return opened.connection;
      }),
    );
    // Ten requests at once, spread over three connections: the limit is process-wide.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const { transactionId, bytes } = request();
        return connections[i % 3]!.exchange(bytes, transactionId, 3000);
      }),
    );
    for (const c of connections) c.close();
    expect(server.received).toHaveLength(10);
    const gaps = server.received.slice(1).map((r, i) => r.at - server.received[i]!.at);
    // The sends are 50 ms apart. The receiver runs in this process, so on a busy machine it may take one
    // packet late and the next on time (a short gap after a long one): no burst means every two
    // consecutive gaps still add up to two intervals.
    expect(server.received.at(-1)!.at - server.received[0]!.at).toBeGreaterThanOrEqual(9 * SEND_INTERVAL_MS - 10);
    const pairs = gaps.slice(1).map((g, i) => g + gaps[i]!);
    expect(Math.min(...pairs)).toBeGreaterThanOrEqual(2 * SEND_INTERVAL_MS - 15);
  });

  it('names a refused port and an unknown host', async () => {
    const server = await listener(() => false);
    const port = server.port;
    server.socket.close();
    open.splice(open.indexOf(server.socket), 1);
    const opened = await openConnection({ host: '127.0.0.1', port, transport: 'tcp' }, 1000);
    expect(opened).toEqual({ ok: false, message: 'connection refused (nothing listens on that port)' });
    const dns = await openConnection({ host: 'no-such-host.invalid', port: 3478, transport: 'udp' }, 1000);
    expect(dns).toEqual({ ok: false, message: 'the host name could not be resolved (DNS lookup failed)' });
  });
});
