/**
 * "Judged against the project" (issue 15): the project's profile says how clients reach TURN on
 * purpose (`turnExposure`), and a deliberate hardening is not reported as a failure. A URL the
 * project blocks on purpose that gave no answer is intended ("UDP blocked, intended by the
 * project"); one that answers anyway is a finding: the hardening the team relies on is not there.
 * Pure; loaded only when the tester is opened from a project.
 */
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { IntendedOff } from './headline';
import { unreached } from './headline';
import { parseUri, type ParsedUri } from './uri';
import type { Check } from './verdicts';
import { makeCheck } from './verdicts';

export type TurnExposure = ArchitectureProfile['turnExposure'];

/** Why a URL should not be reachable from a client's network under this exposure, or null. */
export function intendedOffFor(exposure: TurnExposure): IntendedOff {
  return (uri: ParsedUri) => {
    switch (exposure) {
      case 'no-udp':
        return uri.transport === 'udp' ? 'UDP is blocked on purpose' : null;
      case 'no-tcp':
        return uri.transport === 'tcp' ? 'plain TCP is not offered on purpose' : null;
      case 'tls-443':
        return uri.transport === 'tls' && uri.port === 443 ? null : 'only TLS on port 443 is offered';
      case 'sfu-only':
        return 'TURN is only for the SFU, not for clients';
      case 'all':
      case 'unknown':
        return null;
    }
  };
}

/**
 * The allocation rows re-judged against the project: blocked on purpose and silent → pass
 * (intended); blocked on purpose but a relay was granted → warn (medium). Every other check as is.
 */
export function judgeAgainstProject(checks: Readonly<Record<string, Check>>, exposure: TurnExposure): Record<string, Check> {
  const intended = intendedOffFor(exposure);
  const out: Record<string, Check> = {};
  for (const [key, c] of Object.entries(checks)) {
    const parsed = c.id === 'allocation' ? parseUri(c.target) : null;
    const why = parsed?.ok === true ? intended(parsed.uri) : null;
    if (why === null) out[key] = c;
    else if (unreached(c)) out[key] = makeCheck({ ...c, verdict: 'pass', severity: undefined, detail: `Intended by the project (${why}): ${c.detail}` });
    else if (c.verdict === 'pass')
      out[key] = makeCheck({
        ...c,
        verdict: 'warn',
        severity: 'medium',
        detail: `Reachable from here, although the project says ${why}: block it where the project expects it, or correct the project's profile. ${c.detail}`,
      });
    else out[key] = c;
  }
  return out;
}

/**
 * A run's checks (in order) re-judged against a project's exposure, for the evidence attached to
 * that project: the checklist then records what the table shows, not a deliberate block as a failure.
 */
export function judgeRunAgainstProject(checks: readonly Check[], exposure: TurnExposure): Check[] {
  const judged = judgeAgainstProject(Object.fromEntries(checks.map((c, i) => [String(i), c])), exposure);
  return checks.map((c, i) => judged[String(i)] ?? c);
}

/** What the tester needs from a project: which URLs are blocked on purpose, and the re-judged rows. */
export interface ProjectExpectation {
  readonly intended: IntendedOff;
  readonly judge: (checks: Readonly<Record<string, Check>>) => Record<string, Check>;
}

/** Null when the project blocks nothing on purpose (or has not said). */
export function projectExpectation(exposure: TurnExposure): ProjectExpectation | null {
  if (exposure === 'all' || exposure === 'unknown') return null;
  return { intended: intendedOffFor(exposure), judge: (checks) => judgeAgainstProject(checks, exposure) };
}
