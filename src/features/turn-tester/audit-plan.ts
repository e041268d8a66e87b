/**
 * The audit plan: every check a run will decide, in display order, and the checks that need no
 * probe (credential lifetime) decided up front. Pure.
 */

import type { CredentialSource } from './audit-credentials';
import type { ParsedUri } from './uri';
import { serverKey } from './uri';
import type { LifetimeInput } from './verdict-lifetime';
import { verdictForCredentialLifetime } from './verdict-lifetime';
import type { Check, CheckId, CheckScope } from './verdicts';
import { ENDPOINT_TARGET, RUN_TARGET, checkKey } from './verdicts';

export interface PlannedCheck {
  readonly key: string;
  readonly id: CheckId;
  readonly scope: CheckScope;
  readonly target: string;
}

export interface AuditPlan {
  readonly checks: readonly PlannedCheck[];
  /** TURN URLs by server (host:port), in URL order. */
  readonly servers: ReadonlyMap<string, readonly ParsedUri[]>;
  /** Decided before any probe runs. */
  readonly lifetimeChecks: readonly Check[];
}

/** Groups TURN URLs by server (`serverKey`), keeping URL order. */
function groupByServer(uris: readonly ParsedUri[]): Map<string, ParsedUri[]> {
  const servers = new Map<string, ParsedUri[]>();
  for (const u of uris) if (u.isTurn) servers.set(serverKey(u), [...(servers.get(serverKey(u)) ?? []), u]);
  return servers;
}

function lifetimeInputs(creds: CredentialSource, now: number): LifetimeInput[] {
  if (creds.kind === 'static') return [{ kind: 'static', username: creds.username, now }];
  if (creds.kind === 'shared-secret') return [{ kind: 'shared-secret', ttlSeconds: creds.ttlSeconds, userId: creds.userId }];
  const out: LifetimeInput[] = [];
  const seen = new Set<string>();
  const { response } = creds;
  response.iceServers.forEach((s, i) => {
    if (s.username === undefined || seen.has(s.username)) return;
    seen.add(s.username);
    out.push({
      kind: 'endpoint',
      username: s.username,
      now,
      ...(response.ttlSeconds !== undefined ? { ttlSeconds: response.ttlSeconds } : {}),
      ...(response.iceServers.length > 1 ? { target: `iceServers[${i}]` } : {}),
    });
  });
  return out;
}

export function planAudit(uris: readonly ParsedUri[], creds: CredentialSource, now: number): AuditPlan {
  const servers = groupByServer(uris);
  const checks: PlannedCheck[] = [];
  const plan = (id: CheckId, scope: CheckScope, target: string): void => {
    checks.push({ key: checkKey({ id, target }), id, scope, target });
  };
  for (const u of uris) plan('allocation', 'url', u.url);
  for (const server of servers.keys()) {
    plan('requires-authentication', 'server', server);
    plan('rejects-wrong-password', 'server', server);
    if (creds.kind === 'shared-secret') plan('rejects-expired-credential', 'server', server);
    plan('relay-connectivity', 'server', server);
  }
  const lifetimeChecks = lifetimeInputs(creds, now).map(verdictForCredentialLifetime);
  for (const c of lifetimeChecks) plan(c.id, c.scope, c.target);
  plan('transport-coverage', 'run', RUN_TARGET);
  if (creds.kind === 'endpoint') plan('endpoint', 'run', ENDPOINT_TARGET);
  return { checks, servers, lifetimeChecks };
}
