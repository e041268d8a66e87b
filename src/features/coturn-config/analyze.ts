/**
 * The analyzer: text + coturn version → findings mapped to checklist items, the effective peer ACL
 * and a secure configuration. Shared by the /coturn page and `cli/coturn-lint.ts`. Errors are values.
 */
import type { ChecklistItem } from '@/entities/checklist/types';
import { ConfigView, FINDING_SEVERITIES, type Finding, type FindingSeverity } from './model';
import { parseConfig, type ParsedConfig } from './parser';
import { RULE_GROUPS, ruleMeta } from './rules/index';
import { getVersion, type VersionChoice } from './versions';

/** coturn-lint and the page refuse inputs larger than this (bytes of UTF-8). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export type InputProblem =
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'binary'; readonly offset: number }
  | { readonly kind: 'empty' };

export function inputProblemMessage(p: InputProblem): string {
  switch (p.kind) {
    case 'too-large':
      return `This file is ${(p.bytes / 1024 / 1024).toFixed(1)} MB; a turnserver.conf is a few kilobytes. The analyzer reads at most 1 MB.`;
    case 'binary':
      return `This does not look like a text config file (binary content at byte ${p.offset}). Paste or choose turnserver.conf itself.`;
    case 'empty':
      return 'The config is empty: paste turnserver.conf or choose the file.';
  }
}

/** Checks bytes (from a file) before decoding: size, NUL bytes and invalid UTF-8 mean "not a config". */
export function checkConfigBytes(bytes: Uint8Array): InputProblem | null {
  if (bytes.length > MAX_CONFIG_BYTES) return { kind: 'too-large', bytes: bytes.length };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'binary', offset: nul };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'binary', offset: 0 };
  }
  return null;
}

/** The same checks for pasted text. */
export function checkConfigText(text: string): InputProblem | null {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_CONFIG_BYTES) return { kind: 'too-large', bytes: bytes.length };
  // Control characters other than tab, CR, LF and form feed mean binary content.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 8 || (c >= 14 && c <= 31) || c === 127) return { kind: 'binary', offset: new TextEncoder().encode(text.slice(0, i)).length };
  }
  if (text.trim() === '') return { kind: 'empty' };
  return null;
}

export interface MappedFinding extends Finding {
  /** Checklist items declaring this finding's evidence id. */
  readonly items: readonly string[];
}

export interface Analysis {
  readonly version: VersionChoice;
  readonly parsed: ParsedConfig;
  readonly findings: readonly MappedFinding[];
  readonly counts: Readonly<Record<FindingSeverity, number>>;
  /** Every evidence id the analyzer produces, with whether a finding touched it. */
  readonly evidence: readonly { readonly id: `coturn:${string}`; readonly worst: FindingSeverity | null }[];
}

const RANK: Readonly<Record<FindingSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

function itemsForEvidence(evidence: string, items: readonly ChecklistItem[]): string[] {
  return items.filter((i) => (i.evidence as readonly string[]).includes(evidence)).map((i) => i.id);
}

export type AnalyzeResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly problem: InputProblem | { readonly kind: 'unknown-version'; readonly version: string } };

/** Runs every rule. `items` is the checklist (injected so the CLI and tests can pass any content). */
export function analyzeConfig(text: string, versionId: string, items: readonly ChecklistItem[]): AnalyzeResult {
  const version = getVersion(versionId);
  if (version === undefined) return { ok: false, problem: { kind: 'unknown-version', version: versionId } };
  const problem = checkConfigText(text);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, analysis: analyzeParsed(parseConfig(text), version, items) };
}

export function analyzeParsed(parsed: ParsedConfig, version: VersionChoice, items: readonly ChecklistItem[]): Analysis {
  const view = new ConfigView(parsed);
  const findings: MappedFinding[] = [];
  for (const group of RULE_GROUPS) {
    for (const d of group.check(view, version)) {
      const evidence = d.evidence ?? ruleMeta(d.rule)?.evidence ?? 'coturn:config-syntax';
      findings.push({ ...d, evidence, items: itemsForEvidence(evidence, items) });
    }
  }
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.lines[0] ?? 1e9) - (b.lines[0] ?? 1e9));
  const counts = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<
    FindingSeverity,
    number
  >;
  const ids = new Set(RULE_GROUPS.flatMap((g) => g.rules.map((r) => r.evidence)));
  for (const f of findings) ids.add(f.evidence);
  const evidence = [...ids].map((id) => {
    const worst = findings.filter((f) => f.evidence === id).sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    return { id, worst: worst?.severity ?? null };
  });
  return { version, parsed, findings, counts, evidence };
}

/** coturn-lint's exit rule: a high or critical finding fails. */
export function hasBlockingFindings(analysis: Analysis): boolean {
  return analysis.counts.critical + analysis.counts.high > 0;
}
