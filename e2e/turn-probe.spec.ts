/**
 * The command-line TURN probe (issue 14) against real coturn 4.6.1 configurations on loopback: each
 * test starts its own turnserver and runs `node cli/bin.mjs probe` as a user would.
 */
import { execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { denyLines } from '@/features/coturn-config/acl-lines';
import { SPECIAL_RANGES } from '@/features/coturn-config/special-ranges';
import { findFreePort } from './harness/coturn.ts';
import { check, runProbeCli, verdicts } from './harness/probe-cli.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });
test.setTimeout(90_000);

test('use-auth-secret with the analyzer’s deny list, IPv6 relay, no TCP relay, no SOFTWARE: every check passes', async ({ startCoturn }) => {
  const coturn = await startCoturn({
    auth: { kind: 'rest-secret' },
    relayIpv6: true,
    noTcpRelay: true,
    extraConfig: [...denyLines(SPECIAL_RANGES), 'no-software-attribute'],
  });
  const secret = coturn.secret ?? '';
  const run = await runProbeCli([coturn.urls.udp, coturn.urls.tcp, '--secret', secret, '--timeout', '2000']);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.json?.format).toBe('webrtc-security-checklist/turn-test');
  expect(run.json?.tool).toBe('turn-probe');
  const server = `127.0.0.1:${coturn.port}`;
  expect(verdicts(run)).toEqual({
    [`allocation ${coturn.urls.udp}`]: 'pass',
    [`allocation ${coturn.urls.tcp}`]: 'pass',
    [`anonymous-allocation ${server}`]: 'pass',
    [`requires-authentication ${server}`]: 'pass',
    [`rejects-wrong-password ${server}`]: 'pass',
    [`rejects-expired-credential ${server}`]: 'pass',
    [`peer-restrictions ${server}`]: 'pass',
    [`relay-to-public ${server}`]: 'pass',
    [`tcp-relay ${server}`]: 'pass',
    [`software-disclosure ${server}`]: 'pass',
  });
  expect(check(run, 'peer-restrictions').detail).toContain('All 23 special-purpose peers tested were refused with 403');
  expect(check(run, 'tcp-relay').errorCode).toBe(442);
  expect(run.jsonText).not.toContain(secret);
  expect(run.stdout).not.toContain(secret);
  expect(run.stdout).toContain('OK: 10 pass, 0 warn, 0 fail, 0 skipped');
});

test('turns: with the certificate trusted through --ca: TLS 1.0 and 1.1 refused, certificate valid for localhost', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, tls: true, noTcpRelay: true });
  const tls = coturn.urls.tls ?? '';
  const trusted = await runProbeCli([tls, '--secret', coturn.secret ?? '', '--ca', coturn.certFile ?? '', '--timeout', '2000']);
  const verdict = check(trusted, 'tls');
  expect(verdict.verdict, verdict.detail).toBe('pass');
  expect(verdict.detail).toMatch(/Protocols accepted: TLSv1\.2\b/);
  expect(verdict.detail).not.toContain('TLSv1.1');
  expect(verdict.detail).toContain('CN=localhost');
  expect(check(trusted, 'allocation').verdict).toBe('pass');

  const untrusted = await runProbeCli([tls, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  expect(check(untrusted, 'tls')).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)') });
});

test('turns: with a certificate for another host that expires in 3 days: tls fails naming the host and warns of the expiry', async ({ startCoturn }, testInfo) => {
  const dir = testInfo.outputPath('other-host-cert');
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3', '-subj', '/CN=turn.example.com', '-addext', 'subjectAltName=DNS:turn.example.com', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  // Later cert=/pkey= lines win over the harness's own localhost certificate.
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, tls: true, noTcpRelay: true, extraConfig: [`cert=${cert}`, `pkey=${key}`] });
  const run = await runProbeCli([coturn.urls.tls ?? '', '--secret', coturn.secret ?? '', '--ca', cert, '--timeout', '2000']);
  const tls = check(run, 'tls');
  expect(tls.verdict, tls.detail).toBe('fail');
  expect(tls.detail).toContain("Wrong host: Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:turn.example.com.");
  expect(tls.detail).toMatch(/The certificate expires soon \(\d{4}-\d{2}-\d{2}T/);
  expect(tls.detail).toContain('CN=turn.example.com');
  expect(run.stdout).toContain('checklist: turn-tls-versions');
  // The TURN checks still ran over the connection whose certificate is bad.
  expect(check(run, 'allocation').verdict).toBe('pass');
  expect(run.code).toBe(1);
});

test('--username/--password against a static lt-cred-mech user: wrong password refused, expired credential needs --secret, password never written', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'static-user', username: 'probe-static-user' }, noTcpRelay: true });
  const user = coturn.user ?? { username: '', password: '' };
  const run = await runProbeCli([coturn.urls.udp, '--username', user.username, '--password', user.password, '--timeout', '2000']);
  expect(check(run, 'allocation').verdict).toBe('pass');
  expect(check(run, 'requires-authentication').verdict).toBe('pass');
  expect(check(run, 'rejects-wrong-password')).toMatchObject({ verdict: 'pass', errorCode: 401 });
  expect(check(run, 'rejects-expired-credential')).toMatchObject({ verdict: 'skipped', detail: expect.stringContaining('Needs --secret') });
  for (const text of [run.jsonText, run.stdout, run.stderr]) {
    expect(text).not.toContain(user.password);
    expect(text).not.toContain(user.username);
  }
});

test('no-auth: the anonymous allocation is found and fails the run', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'no-auth' } });
  const run = await runProbeCli([coturn.urls.udp, '--username', 'probe-user', '--password', 'not-checked-at-all', '--timeout', '2000']);
  expect(run.code).toBe(1);
  const anonymous = check(run, 'anonymous-allocation');
  expect(anonymous.verdict).toBe('fail');
  expect(anonymous.detail).toContain('granted an allocation to a request without any credentials');
  expect(check(run, 'rejects-wrong-password')).toMatchObject({ verdict: 'fail', detail: expect.stringContaining('anonymous relay') });
  expect(run.stdout).toContain('FAIL  Anonymous allocation (anonymous-allocation)');
  expect(run.jsonText).not.toContain('not-checked-at-all');
});

test('allow-loopback-peers: peer-restrictions fails naming loopback', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true, noTcpRelay: true });
  const run = await runProbeCli([coturn.urls.udp, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  expect(run.code).toBe(1);
  const peers = check(run, 'peer-restrictions');
  expect(peers.verdict, peers.detail).toBe('fail');
  expect(peers.detail).toContain('loopback 127.0.0.0/8 (127.0.0.1)');
  // No IPv6 relay on this server: the IPv6 peers are reported as untested, not as refused.
  expect(peers.detail).toContain('IPv6 peers (14 addresses, including the IPv4-in-IPv6 spellings) were not tested: the server gave no IPv6 relay (440');
});

test('the default deny list refuses loopback, but 4.6.1 grants every IPv4-in-IPv6 spelling of it; TCP relay on by default', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, relayIpv6: true });
  const run = await runProbeCli([coturn.urls.tcp, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  const peers = check(run, 'peer-restrictions');
  expect(peers.verdict, peers.detail).toBe('fail');
  expect(peers.detail).not.toContain('(127.0.0.1);');
  expect(peers.detail).not.toContain('(::1);');
  for (const spelling of ['::ffff:127.0.0.1', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::']) expect(peers.detail).toContain(`(${spelling})`);
  const tcp = check(run, 'tcp-relay');
  expect(tcp.verdict).toBe('warn');
  expect(tcp.detail).toContain('no-tcp-relay');
  expect(check(run, 'software-disclosure')).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('Coturn-4.6.1') });
});

test('an over-broad deny list (denied-peer-ip=::0) refuses the public address too: relay-to-public fails', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, noTcpRelay: true, deniedPeerIps: ['::0'] });
  const run = await runProbeCli([coturn.urls.udp, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  expect(run.code).toBe(1);
  expect(check(run, 'relay-to-public')).toMatchObject({ verdict: 'fail', detail: expect.stringContaining('public address 1.1.1.1 was refused (403)') });
  // peer-restrictions passes (everything is refused); relay-to-public is the check that catches it.
  expect(check(run, 'peer-restrictions').verdict).toBe('pass');
  expect(run.stdout).toContain('checklist: turn-allow-own-relay-addresses');
});

test('an IPv6 server address (turn:[::1]) is probed like any other, over UDP and TCP', async ({ startCoturn }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, relayIpv6: true, noTcpRelay: true });
  const urls = [`turn:[::1]:${coturn.port}?transport=udp`, `turn:[::1]:${coturn.port}?transport=tcp`];
  const run = await runProbeCli([...urls, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  const server = `[::1]:${coturn.port}`;
  expect(verdicts(run)).toMatchObject({
    [`allocation ${urls[0]}`]: 'pass',
    [`allocation ${urls[1]}`]: 'pass',
    [`anonymous-allocation ${server}`]: 'pass',
    [`rejects-wrong-password ${server}`]: 'pass',
    [`rejects-expired-credential ${server}`]: 'pass',
    [`tcp-relay ${server}`]: 'pass',
  });
  // 4.6.1's default deny list still lets the IPv4-in-IPv6 spellings through, whichever family the client used.
  expect(check(run, 'peer-restrictions').detail).toContain('(::ffff:127.0.0.1)');
});

test('an unreachable port gives a clear message within the timeout', async () => {
  // A UDP socket that swallows every packet (a silently dropping firewall), and a TCP port with nothing behind it.
  const silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  const silentPort = silent.address().port;
  const closedPort = await findFreePort();
  try {
    const run = await runProbeCli([
      `turn:127.0.0.1:${silentPort}?transport=udp`,
      `turn:127.0.0.1:${closedPort}?transport=tcp`,
      '--username', 'u', '--password', 'p', '--timeout', '1000',
    ]);
    expect(run.code).toBe(1);
    const allocation = run.json?.checks.filter((c) => c.id === 'allocation') ?? [];
    expect(allocation.map((c) => [c.verdict, c.detail])).toEqual([
      ['fail', 'No allocation: no answer within 1 s.'],
      ['fail', 'No allocation: connection refused (nothing listens on that port).'],
    ]);
    expect(check(run, 'anonymous-allocation')).toMatchObject({ verdict: 'skipped', detail: expect.stringContaining('could not be reached') });
    // Not a credentials problem: the peer checks say the server was not reached.
    for (const id of ['peer-restrictions', 'relay-to-public', 'tcp-relay']) expect(check(run, id).detail).toMatch(/^The server could not be reached, so /);
  } finally {
    silent.close();
  }
});

test('malformed URLs and arguments are usage errors (exit 2) that name the problem', async () => {
  const cases: [string[], string][] = [
    [[], 'missing the turn: or turns: URL'],
    [['turn://example.com', '--username', 'u', '--password', 'p'], 'URL 1 "turn://example.com": "turn://" is not valid'],
    [['turn:example.com:99999', '--secret', 's'], 'port 99999 is out of range'],
    [['stun:example.com', '--secret', 's'], 'a stun: URL has nothing to probe'],
    [['turn:example.com'], 'missing credentials'],
    [['turn:example.com', '--secret', 's', '--timeout', 'soon'], '--timeout needs a whole number, got "soon"'],
    [['turn:example.com', '--secret', 's', '--bogus'], 'unknown option --bogus'],
  ];
  for (const [args, message] of cases) {
    const run = await runProbeCli(args, { json: false });
    expect(run.code, args.join(' ')).toBe(2);
    expect(run.stderr).toContain(message);
  }
  const help = await runProbeCli(['--help'], { json: false });
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('never sends any');
});
