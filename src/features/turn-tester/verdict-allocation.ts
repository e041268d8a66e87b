/** `allocation` (per URL): the verdict rule; text in verdict-text.ts. */

import type { AllocationProbeResult } from './probe';
import { describeStunError, explainNoAnswer, noAnswerCauses } from './stun-errors';
import type { ParsedUri } from './uri';
import { ALLOCATION_TEXT as T, CANCELLED } from './verdict-text';
import type { Check } from './verdicts';
import { checkFor, makeCheck } from './verdicts';

function isPrivateAddress(address: string): boolean {
  const a = address.toLowerCase();
  if (/^(10|127)\./.test(a) || /^192\.168\./.test(a) || /^169\.254\./.test(a)) return true;
  if (/^172\.(1[6-9]|2[0-9]|3[01])\./.test(a)) return true;
  if (/^100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\./.test(a)) return true;
  return a === '::1' || /^f[cd][0-9a-f]{2}:/.test(a) || /^fe[89ab][0-9a-f]:/.test(a);
}

function isLocalHost(uri: ParsedUri): boolean {
  if (uri.hostKind === 'hostname') {
    return uri.host === 'localhost' || /\.(local|localhost|internal|lan|home\.arpa)$/.test(uri.host);
  }
  return isPrivateAddress(uri.host);
}

function invalidConfigText(errorName: string, message: string): string {
  if (errorName === 'InvalidAccessError') return T.invalidAccess(message);
  if (errorName === 'SyntaxError') return T.syntaxError(message);
  return T.noPeerConnection(errorName, message);
}

/**
 * `allocation` (per URL): pass on a relay candidate, fail with the STUN error explained (RFC 8656
 * §7.2 Allocate errors, webrtc-pc 701) or with the transport's "no answer" causes.
 */
export function verdictForAllocation(uri: ParsedUri, result: AllocationProbeResult): Check {
  const o = result.outcome;
  const check = checkFor('allocation', 'url', uri.url);
  const ms = result.ms;
  switch (o.kind) {
    case 'relay': {
      const c = o.candidate;
      let detail = T.relay(c.address, c.port, c.protocol, c.relayProtocol ?? uri.transport, c.ms);
      if (isPrivateAddress(c.address) && !isLocalHost(uri)) detail += T.privateRelay;
      return check('pass', detail, { ms });
    }
    case 'error':
      return check('fail', describeStunError(o.errorCode, o.errorText, uri.transport), { ms, errorCode: o.errorCode });
    case 'no-answer':
      return check(
        'fail',
        o.gatheringComplete ? T.gatheringEnded(ms, noAnswerCauses(uri.transport)) : explainNoAnswer(uri.transport, result.timeoutMs),
        { ms },
      );
    case 'invalid-config':
      return check('fail', invalidConfigText(o.errorName, o.message), { ms });
    case 'setup-failed':
      return check('fail', T.setupFailed(o.message), { ms });
    case 'cancelled':
      return check('skipped', CANCELLED, { ms });
  }
}

/** `allocation` for a `stun:`/`stuns:` URL: nothing to allocate. */
export function allocationSkippedForStun(uri: ParsedUri): Check {
  return makeCheck({ id: 'allocation', scope: 'url', target: uri.url, verdict: 'skipped', detail: T.stunOnly });
}
