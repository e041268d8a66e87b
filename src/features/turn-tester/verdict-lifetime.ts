/** `credential-lifetime` (per run): the verdict rule; text in verdict-text.ts. */

import { RECOMMENDED_MAX_TTL_SECONDS, analyzeUsername, detectPersonalData } from './credentials';
import { LIFETIME_TEXT as T } from './verdict-text';
import type { Check, CheckSeverity, Verdict } from './verdicts';
import { CREDENTIALS_TARGET, makeCheck } from './verdicts';

export type LifetimeInput =
  | { readonly kind: 'static'; readonly username: string; readonly now: number }
  | { readonly kind: 'shared-secret'; readonly ttlSeconds: number; readonly userId: string }
  | {
      readonly kind: 'endpoint';
      readonly username: string;
      readonly ttlSeconds?: number;
      readonly now: number;
      readonly target?: string;
    };

interface Judgement {
  verdict: Verdict;
  detail: string;
  severity?: CheckSeverity;
}

/**
 * `credential-lifetime` (per run): pass for expiring credentials with a lifetime ≤ 24 h
 * (draft-uberti-behave-turn-rest-00 §2.2 recommends 86400 s), warn above, fail for static
 * credentials; warn when the user id looks like personal data (USERNAME is sent in clear text).
 */
export function verdictForCredentialLifetime(input: LifetimeInput): Check {
  const target = input.kind === 'endpoint' ? (input.target ?? CREDENTIALS_TARGET) : CREDENTIALS_TARGET;
  const r = byLifetimeOrStatic(input);
  const personal =
    input.kind === 'shared-secret' ? detectPersonalData(input.userId) : analyzeUsername(input.username, input.now).personalData;
  if (personal.length > 0) {
    r.detail += T.personalData(personal.map((p) => p.description).join(' and '));
    if (r.verdict === 'pass') {
      r.verdict = 'warn';
      r.severity = 'medium';
    }
  }
  return makeCheck({ id: 'credential-lifetime', scope: 'run', target, verdict: r.verdict, detail: r.detail, severity: r.severity });
}

function byLifetime(lifetimeSeconds: number, what: string): Judgement {
  if (lifetimeSeconds <= RECOMMENDED_MAX_TTL_SECONDS) return { verdict: 'pass', detail: T.withinLimit(what, lifetimeSeconds) };
  return { verdict: 'warn', severity: 'medium', detail: T.tooLong(what, lifetimeSeconds) };
}

/**
 * A REST expiry further away than this is a finding of its own: coturn 4.6.1 only refuses an
 * expiry in the past (`get_user_key`, src/apps/relay/userdb.c: `if(!turn_time_before(ts, ctime))`),
 * never one too far ahead.
 */
const FAR_FUTURE_SECONDS = 7 * 86_400;

function byExpiry(input: Exclude<LifetimeInput, { kind: 'shared-secret' }>, a: ReturnType<typeof analyzeUsername>, remaining: number): Judgement {
  const r: Judgement =
    a.expired === true
      ? { verdict: 'warn', severity: 'medium', detail: T.expired(remaining) }
      : remaining > FAR_FUTURE_SECONDS
        ? { verdict: 'fail', severity: 'high', detail: T.farFuture(remaining) }
        : byLifetime(remaining, T.expiresIn);
  if (a.expiresAt !== undefined && a.timestampLooksLikeMilliseconds !== true && a.expiresAt < 8.64e15) r.detail += T.expiresAt(a.expiresAt);
  if (a.timestampLooksLikeMilliseconds === true) r.detail += T.milliseconds;
  if (input.kind === 'endpoint' && input.ttlSeconds !== undefined && a.expired !== true) {
    const drift = Math.abs(input.ttlSeconds - remaining);
    if (drift > Math.max(300, input.ttlSeconds * 0.1)) r.detail += T.ttlMismatch(input.ttlSeconds);
  }
  return r;
}

function byLifetimeOrStatic(input: LifetimeInput): Judgement {
  if (input.kind === 'shared-secret') return byLifetime(input.ttlSeconds, T.minted);
  const a = analyzeUsername(input.username, input.now);
  if (a.kind === 'expiring' && a.remainingSeconds !== undefined) return byExpiry(input, a, a.remainingSeconds);
  if (input.kind === 'endpoint' && input.ttlSeconds !== undefined) {
    return {
      verdict: 'warn',
      severity: 'low',
      detail: T.opaqueWithTtl(input.ttlSeconds, input.ttlSeconds > RECOMMENDED_MAX_TTL_SECONDS),
    };
  }
  return { verdict: 'fail', severity: 'high', detail: T.static };
}
