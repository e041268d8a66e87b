/** `allocation` (per URL): the verdict rule; text in verdict-text.ts. */

import type { CandidateRow } from './candidates';
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

const isCgnat = (a: string): boolean => /^100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\./.test(a);

/** The families of the browser's sockets that got a 701 from this URL ("IPv6", "IPv4 and IPv6"). */
function unreachableFamilies(result: AllocationProbeResult): string | null {
  const families = new Set(
    result.errors.filter((e) => e.matched && e.errorCode === 701 && e.address !== undefined).map((e) => (e.address?.includes(':') ? 'IPv6' : 'IPv4')),
  );
  return families.size === 0 ? null : [...families].sort().join(' and ');
}

/**
 * A relay candidate's detail: address, the transport to the server beside the relayed protocol, the
 * relay's address family, and a private or CGNAT relay address unless tester and server share a
 * network (a loopback or private server address: the harness's 127.0.0.1 relay is expected there).
 */
function relayDetail(uri: ParsedUri, result: AllocationProbeResult, c: CandidateRow): string {
  const relayProtocol = c.relayProtocol ?? uri.transport;
  let detail = T.relay(c.address, c.port, c.protocol, relayProtocol, c.ms) + T.family(c.address.includes(':'));
  if (relayProtocol !== 'udp') detail += T.reachedOver(relayProtocol);
  if (isPrivateAddress(c.address) && !isLocalHost(uri)) detail += T.privateRelay(isCgnat(c.address));
  const families = unreachableFamilies(result);
  if (families !== null) detail += T.otherFamilyUnreachable(families);
  return detail;
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
      return check('pass', relayDetail(uri, result, c), { ms });
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
