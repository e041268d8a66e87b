/**
 * Turns a coturn analysis into evidence on a project's checklist items: one entry per `coturn:*`
 * evidence id the analyzer produces, on every item that declares it and applies to the project.
 * Only rule ids, line numbers and masked messages go in, never the config or its secrets.
 */
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import { evidenceSourceLabel } from '@/entities/checklist/turn-check-info';
import type { Analysis } from '@/features/coturn-config/analyze';
import type { FindingSeverity } from '@/features/coturn-config/model';
import { maskText, secretValues } from '@/features/coturn-config/secrets';
import type { EvidenceInput } from '@/features/projects/store';
import { planEvidence, type ProjectEvidencePlan } from '@/app/routes/evidence-plan';

type Verdict = NonNullable<EvidenceInput['verdict']>;

function verdictOf(severity: FindingSeverity | null): Verdict {
  if (severity === 'critical' || severity === 'high') return 'fail';
  if (severity === 'medium' || severity === 'low') return 'warn';
  return 'pass';
}

/** Evidence ids derive from when the analysis ran, so attaching it twice replaces instead of duplicating. */
export function planCoturnEvidence(
  analysis: Analysis,
  ranAt: number,
  items: readonly ChecklistItem[],
  profile: ArchitectureProfile,
  now: Date,
): ProjectEvidencePlan {
  const secrets = secretValues(analysis.parsed);
  const sources = analysis.evidence.map(({ id, worst }) => {
    const findings = analysis.findings.filter((f) => f.evidence === id && f.severity !== 'info');
    const summary =
      findings.length === 0
        ? `coturn ${analysis.version.label}: no finding`
        : `coturn ${analysis.version.label}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (worst: ${findings[0]?.severity ?? worst})`;
    const evidence: EvidenceInput = {
      id: `coturn-${ranAt}-${id.slice('coturn:'.length)}`,
      kind: 'coturn-config',
      label: `${evidenceSourceLabel(id)} — ${summary}`,
      verdict: verdictOf(findings.length === 0 ? null : worst),
      date: now.toISOString(),
      checks: findings.map((f) => ({
        id: f.rule,
        url: f.lines.length > 0 ? `turnserver.conf:${f.lines.join(',')}` : 'turnserver.conf',
        verdict: verdictOf(f.severity),
        ms: 0,
        detail: maskText(`${f.severity}: ${f.message}`, secrets),
      })),
    };
    return { source: id, evidence };
  });
  return planEvidence(sources, items, profile);
}
