/**
 * Turns a coturn analysis (or a findings file read back) into evidence on a project's checklist
 * items: one entry per `coturn:*` evidence id the analyzer checked, on every item that declares it
 * and applies to the project. Only rule ids, line numbers and masked messages go in, never the
 * config or its secrets.
 */
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import { evidenceSourceLabel } from '@/entities/checklist/turn-check-info';
import type { Analysis } from '@/features/coturn-config/analyze';
import type { ImportedFindings } from '@/features/coturn-config/findings-file-parse';
import type { CoturnEvidenceId, FindingSeverity } from '@/features/coturn-config/model';
import { maskText, secretValues } from '@/features/coturn-config/secrets';
import type { EvidenceInput } from '@/features/projects/store';
import { planEvidence, type ProjectEvidencePlan } from '@/app/routes/evidence-plan';

type Verdict = NonNullable<EvidenceInput['verdict']>;

function verdictOf(severity: FindingSeverity | null): Verdict {
  if (severity === 'critical' || severity === 'high') return 'fail';
  if (severity === 'medium' || severity === 'low') return 'warn';
  return 'pass';
}

/** What the evidence is made of: the same for a live analysis and a findings file. */
interface FindingsSource {
  readonly versionLabel: string;
  readonly findings: readonly { readonly rule: string; readonly severity: FindingSeverity; readonly lines: readonly number[]; readonly message: string; readonly evidence: CoturnEvidenceId }[];
  readonly evidence: readonly { readonly id: CoturnEvidenceId; readonly worst: FindingSeverity | null }[];
  readonly mask: (text: string) => string;
}

function planFindings(source: FindingsSource, ranAt: number, items: readonly ChecklistItem[], profile: ArchitectureProfile, now: Date): ProjectEvidencePlan {
  const sources = source.evidence.map(({ id, worst }) => {
    const findings = source.findings.filter((f) => f.evidence === id && f.severity !== 'info');
    const summary =
      findings.length === 0
        ? `coturn ${source.versionLabel}: no finding`
        : `coturn ${source.versionLabel}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (worst: ${findings[0]?.severity ?? worst})`;
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
        detail: source.mask(`${f.severity}: ${f.message}`),
      })),
    };
    return { source: id, evidence };
  });
  return planEvidence(sources, items, profile);
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
  return planFindings(
    { versionLabel: analysis.version.label, findings: analysis.findings, evidence: analysis.evidence, mask: (text) => maskText(text, secrets) },
    ranAt,
    items,
    profile,
    now,
  );
}

/**
 * The same for a findings file read back ("Attach results file to project"): dated and keyed by
 * when the analysis ran (`generatedAt`), its texts already redacted by the parser.
 */
export function planFindingsFileEvidence(file: ImportedFindings, items: readonly ChecklistItem[], profile: ArchitectureProfile): ProjectEvidencePlan {
  const at = new Date(file.generatedAt);
  return planFindings({ versionLabel: file.coturnVersionLabel, findings: file.findings, evidence: file.evidence, mask: (text) => text }, at.getTime(), items, profile, at);
}
