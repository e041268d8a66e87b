/** `transport-coverage` (per run): the verdict rule; text in verdict-text.ts. */

import type { AllocationProbeResult } from './probe';
import type { ParsedUri } from './uri';
import { urlHost } from './uri';
import { CANCELLED, COVERAGE_TEXT as T } from './verdict-text';
import type { Check } from './verdicts';
import { RUN_TARGET, checkFor } from './verdicts';

export interface CoverageEntry {
  readonly uri: ParsedUri;
  readonly allocation: AllocationProbeResult | undefined;
}

const works = (e: CoverageEntry): boolean => e.allocation?.outcome.kind === 'relay';

/** Why nothing on 443 works, once every allocation is in. */
function notOn443(turn: readonly CoverageEntry[], on443: readonly CoverageEntry[]): string {
  const add = T.add443(urlHost(turn[0]!.uri));
  if (turn.every((e) => e.uri.transport === 'udp')) return T.udpOnly + add;
  if (on443.length > 0) return T.failed443(on443.map((e) => e.uri.url));
  const streams = turn.filter((e) => e.uri.transport !== 'udp');
  const working = streams.filter(works);
  const broken = streams.filter((e) => !works(e));
  const parts: string[] = [];
  if (working.length > 0) parts.push(T.worksOnlyOn([...new Set(working.map((e) => e.uri.port))]));
  if (broken.length > 0) parts.push(T.brokenStreams(broken.map((e) => e.uri.url)));
  return `${parts.join(' ')}${T.strictFirewalls}${add}`;
}

/**
 * `transport-coverage` (per run): pass when a TLS or TCP URL on port 443 works, since strict
 * firewalls often allow only 443 (RFC 8656 §3.1 TURN over TLS); warn when only UDP is offered or
 * nothing on 443 works. Returns null while undecided.
 */
export function verdictForTransportCoverage(entries: readonly CoverageEntry[]): Check | null {
  const turn = entries.filter((e) => e.uri.isTurn);
  const check = checkFor('transport-coverage', 'run', RUN_TARGET);
  if (turn.length === 0) return check('skipped', T.noTurnUrl);
  const on443 = turn.filter((e) => e.uri.transport !== 'udp' && e.uri.port === 443);
  const best = on443.filter(works).sort((a, b) => (a.uri.transport === 'tls' ? -1 : 0) - (b.uri.transport === 'tls' ? -1 : 0))[0];
  if (best?.allocation !== undefined) {
    return check('pass', T.works443(best.uri.url, best.uri.transport === 'tcp'), { ms: best.allocation.ms });
  }
  if (turn.some((e) => e.allocation === undefined)) return null;
  if (turn.some((e) => e.allocation?.outcome.kind === 'cancelled')) return check('skipped', CANCELLED);
  return check('warn', notOn443(turn, on443), { severity: 'medium' });
}
