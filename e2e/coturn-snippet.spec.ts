import { randomFillSync } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { checklist } from '@/entities/checklist/content';
import { analyzeParsed, hasBlockingFindings } from '@/features/coturn-config/analyze';
import { parseConfig } from '@/features/coturn-config/parser';
import { randomSecret, secureSnippet } from '@/features/coturn-config/snippet';
import { getVersion } from '@/features/coturn-config/versions';
import { expect, test } from './fixtures';

function groupName(): string {
  try {
    return execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  } catch {
    return userInfo().username;
  }
}

/** Only what differs on this machine is replaced: ports, certificate files, user, log and DB paths. */
function localize(snippet: string, ctx: { port: number; tlsPort: number; minPort: number; maxPort: number; cert: string; key: string; workDir: string }): string[] {
  const replace: Record<string, string> = {
    'listening-port': String(ctx.port),
    'tls-listening-port': String(ctx.tlsPort),
    'min-port': String(ctx.minPort),
    'max-port': String(ctx.maxPort),
    cert: ctx.cert,
    pkey: ctx.key,
    'proc-user': userInfo().username,
    'proc-group': groupName(),
  };
  const lines = snippet.split('\n').map((line) => {
    const m = /^([A-Za-z0-9_-]+)=(.*)$/.exec(line);
    return m !== null && m[1] !== undefined && replace[m[1]] !== undefined ? `${m[1]}=${replace[m[1]]}` : line;
  });
  return [...lines, 'log-file=stdout', `pidfile=${join(ctx.workDir, 'turnserver.pid')}`, `userdb=${join(ctx.workDir, 'turndb')}`];
}

test('the secure configuration for 4.6 starts the real turnserver 4.6.1 and passes its own analysis', async ({ startCoturn }) => {
  const version = getVersion('4.6');
  if (version === undefined) throw new Error('no 4.6 choice');
  // The analyzed config's addresses are carried into the snippet: loopback for this test.
  const input = parseConfig('listening-ip=127.0.0.1\nrelay-ip=127.0.0.1\nrealm=e2e.webrtc-checklist.test\n');
  const snippet = secureSnippet(input, version, { secret: randomSecret((b) => randomFillSync(b)) });

  const fedBack = analyzeParsed(parseConfig(snippet), version, checklist.items);
  expect(hasBlockingFindings(fedBack), fedBack.findings.map((f) => `${f.severity} ${f.rule}`).join('\n')).toBe(false);

  const server = await startCoturn({ name: 'secure-snippet-4.6', rawConfig: (ctx) => localize(snippet, ctx) });
  // The start-up lines can arrive just after the port accepts connections.
  await expect.poll(() => server.readLog(), { timeout: 5_000 }).toMatch(/Relay address to use: 127\.0\.0\.1|relay 127\.0\.0\.1/i);
  const log = server.readLog();
  expect(log).not.toContain('Bad configuration format');
  expect(log).not.toContain('CONFIG ERROR');
  await server.stop();
});
