/** `relay-connectivity` (per server): the verdict rule; text in verdict-text.ts. */

import type { RelayConnectivityResult } from './relay-probe';
import { CANCELLED, RELAY_TEXT as T } from './verdict-text';
import type { Check } from './verdicts';
import { checkFor } from './verdicts';

/**
 * `relay-connectivity` (per server): pass when data went both ways between two relay-only peer
 * connections (RFC 8656 §§9–12: permissions, channels, Send/Data indications), with the round-trip
 * time; fail with the usual causes.
 */
export function verdictForRelayConnectivity(
  server: string,
  result: RelayConnectivityResult | 'no-allocation' | 'cancelled',
  retry?: RelayConnectivityResult,
): Check {
  const check = checkFor('relay-connectivity', 'server', server);
  if (result === 'cancelled') return check('skipped', CANCELLED);
  if (result === 'no-allocation') return check('skipped', T.noAllocation);
  if (retry?.outcome.kind === 'connected') {
    const detail = T.selfRelayBlocked(`through ${result.url}`, retry.outcome.rttMs, retry.outcome.rtts.length);
    return check('warn', detail, { ms: result.ms + retry.ms, severity: 'low' });
  }
  const failed = relayVerdict(check, result);
  return retry === undefined || failed.verdict !== 'fail' ? failed : { ...failed, detail: failed.detail + T.retryFailed };
}

function relayVerdict(check: ReturnType<typeof checkFor>, result: RelayConnectivityResult): Check {
  const o = result.outcome;
  const via = `through ${result.url}`;
  const ms = result.ms;
  switch (o.kind) {
    case 'connected':
      return check('pass', T.connected(via, o.rttMs, o.rtts.length), { ms });
    case 'ice-failed':
      return check('fail', T.iceFailed(via, o.iceConnectionState, o.connectionState), { ms, severity: 'high' });
    case 'timeout': {
      const detail =
        o.phase === 'gathering'
          ? T.timeoutGathering(via, result.timeoutMs)
          : o.phase === 'connecting'
            ? T.timeoutConnecting(via, result.timeoutMs, o.iceConnectionState)
            : T.timeoutMessaging(via, result.timeoutMs);
      return check('fail', detail, { ms, severity: 'high' });
    }
    case 'channel-closed':
      return check('fail', T.channelClosed(via), { ms, severity: 'high' });
    case 'invalid-config':
      return check('fail', T.noPeerConnections(o.errorName, o.message), { ms });
    case 'setup-failed':
      return check('fail', T.negotiationFailed(o.message), { ms });
    case 'cancelled':
      return check('skipped', CANCELLED, { ms });
  }
}
