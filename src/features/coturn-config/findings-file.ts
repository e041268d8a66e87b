/**
 * The "Download findings (JSON)" file and `coturn-lint --json`: format
 * `webrtc-security-checklist/coturn-findings`. Secrets are masked in every string.
 */
import type { Analysis } from './analyze';
import { maskText, secretValues } from './secrets';

export const FINDINGS_FORMAT = 'webrtc-security-checklist/coturn-findings';
export const FINDINGS_FILE_VERSION = 1;

export interface FindingsFile {
  readonly format: typeof FINDINGS_FORMAT;
  readonly version: typeof FINDINGS_FILE_VERSION;
  readonly coturnVersion: string;
  readonly coturnVersionLabel: string;
  readonly generatedAt: string;
  readonly counts: Analysis['counts'];
  /** The analysis findings as they are, with their texts masked. */
  readonly findings: Analysis['findings'];
  /**
   * Every `coturn:*` evidence id the analysis checked, with its worst finding (null: none), so an
   * attached file also proves what passed. Absent in files written before it existed.
   */
  readonly evidence: Analysis['evidence'];
  readonly snippet: string;
}

export function findingsFile(analysis: Analysis, snippet: string, now: Date): FindingsFile {
  const secrets = secretValues(analysis.parsed);
  const mask = (s: string) => maskText(s, secrets);
  const maskExact = (s: string) => maskText(s, secrets, false);
  return {
    format: FINDINGS_FORMAT,
    version: FINDINGS_FILE_VERSION,
    coturnVersion: analysis.version.id,
    coturnVersionLabel: analysis.version.label,
    generatedAt: now.toISOString(),
    counts: analysis.counts,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      options: f.options,
      lines: f.lines,
      message: mask(f.message),
      why: mask(f.why),
      fix: maskExact(f.fix),
      ...(f.openRanges !== undefined ? { openRanges: f.openRanges } : {}),
      evidence: f.evidence,
      items: f.items,
    })),
    evidence: analysis.evidence.map((e) => ({ id: e.id, worst: e.worst })),
    snippet: maskSnippet(snippet, secrets),
  };
}

/** The snippet with its generated secret masked too (a file is not the place for a live secret). */
function maskSnippet(snippet: string, secrets: readonly string[]): string {
  return maskText(snippet.replace(/^(static-auth-secret=).+$/m, '$1[masked: generate with openssl rand -hex 32]'), secrets, false);
}

export function findingsFileName(versionId: string): string {
  return `coturn-findings-${versionId.replace(/[^0-9a-z.-]/gi, '_')}.json`;
}
