/**
 * Turns a TURN test run into evidence on a project's checklist items: one evidence entry per check id
 * on every item whose `evidence` lists `turn:<check-id>` and that applies to the project's profile.
 * Only URLs and verdicts go in, never credentials.
 */

import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import type { EvidenceInput } from '@/features/projects/store';
import { planEvidence, type ProjectEvidencePlan } from '@/app/routes/evidence-plan';
import type { AuditRun } from '@/features/turn-tester/audit';
import { evidenceSourceLabel } from '@/entities/checklist/turn-check-info';
import { judgeRunAgainstProject } from '@/features/turn-tester/project-expectations';
import { evidenceFromChecks, type ResultsTool } from '@/features/turn-tester/results-file';
import type { CheckId } from '@/features/turn-tester/verdicts';
import { scrubValues } from '@/lib/redaction';

/**
 * Evidence ids derive from the tool, the run's start time and the check id, so attaching the same
 * run twice replaces the earlier entries instead of duplicating them. The command-line probe's
 * results (an imported file, `tool` "turn-probe") are labelled "TURN probe (command line): …".
 * The checks are judged against the chosen project's TURN exposure first (issue 15), so a URL the
 * project blocks on purpose that gave no answer is recorded as intended, not as a failure.
 */
export function planProjectEvidence(
  run: Pick<AuditRun, 'startedAt' | 'checks'>,
  items: readonly ChecklistItem[],
  profile: ArchitectureProfile,
  now: Date,
  secrets: readonly string[] = [],
  tool: ResultsTool = 'browser',
): ProjectEvidencePlan {
  const probe = tool === 'turn-probe';
  const checks = judgeRunAgainstProject(run.checks, profile.turnExposure);
  const sources = evidenceFromChecks(checks, now).map((ev) => {
    const id = ev.source.slice('turn:'.length) as CheckId;
    const rows = checks
      .filter((c) => c.id === id)
      .map((c) => ({
        id: c.id,
        url: scrubValues(c.target, secrets),
        verdict: c.verdict,
        ms: c.ms,
        ...(c.errorCode !== undefined ? { errorCode: c.errorCode } : {}),
        detail: scrubValues(c.detail, secrets),
      }));
    const evidence: EvidenceInput = {
      id: `${probe ? 'probe' : 'turn'}-${run.startedAt}-${id}`,
      kind: 'turn-test',
      label: `${evidenceSourceLabel(`turn:${id}`, probe ? 'probe' : 'browser')} — ${ev.summary}`,
      verdict: ev.verdict,
      date: now.toISOString(),
      checks: rows,
    };
    return { source: ev.source, evidence };
  });
  return planEvidence(sources, items, profile);
}
