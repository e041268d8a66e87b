import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig } from '@/features/coturn-config/analyze';
import { findingsFile } from '@/features/coturn-config/findings-file';
import { parseFindingsFile } from '@/features/coturn-config/findings-file-parse';
import { secureSnippet } from '@/features/coturn-config/snippet';

const corpus = (name: string) => readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');

function fileText(name = 'quickstart-insecure.conf'): string {
  const r = analyzeConfig(corpus(name), '4.6', checklist.items);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return JSON.stringify(findingsFile(r.analysis, secureSnippet(r.analysis.parsed, r.analysis.version, { secret: 'f'.repeat(64) }), new Date('2026-12-02T08:00:00Z')));
}

function edited(change: (f: Record<string, unknown>) => void): string {
  const f = JSON.parse(fileText()) as Record<string, unknown>;
  change(f);
  return JSON.stringify(f);
}
const findings = (f: Record<string, unknown>) => f.findings as Record<string, unknown>[];

describe('parseFindingsFile', () => {
  it('reads back what the analyzer writes: findings, and every evidence id checked with its worst finding', () => {
    const original = JSON.parse(fileText()) as { findings: { rule: string; evidence: string }[]; evidence: { id: string; worst: string | null }[] };
    const r = parseFindingsFile(fileText());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ coturnVersion: '4.6', generatedAt: '2026-12-02T08:00:00.000Z', complete: true, notes: [] });
    expect(r.value.findings.map((f) => f.rule)).toEqual(original.findings.map((f) => f.rule));
    expect(r.value.evidence).toEqual(original.evidence);
    expect(r.value.evidence.some((e) => e.worst === null)).toBe(true);
  });

  it('a file from before the evidence list still reads, with only the ids its findings name, and says so', () => {
    const r = parseFindingsFile(edited((f) => delete f.evidence));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.complete).toBe(false);
    expect(r.value.evidence.every((e) => e.worst !== null)).toBe(true);
    expect(r.value.notes[0]).toContain('only the rules with findings can become evidence');
  });

  it('names the field and what is wrong; a hand-edited count or worst finding is refused', () => {
    const cases: [(f: Record<string, unknown>) => void, RegExp | string][] = [
      [(f) => ((findings(f)[2] as Record<string, unknown>).severity = 'urgent'), 'findings[2].severity: expected critical, high, medium, low or info, got "urgent"'],
      [(f) => ((findings(f)[0] as Record<string, unknown>).evidence = 'no-cli'), 'findings[0].evidence: expected an evidence id such as "coturn:no-cli", got "no-cli"'],
      [(f) => delete f.counts, 'counts: is missing'],
      [(f) => (f.version = 3), 'version: expected 1 (this app reads version 1 findings files), got 3'],
      [(f) => (f.findings = findings(f).slice(1)), /^counts\.(critical|high): says \d+ but the file lists \d+ (critical|high) findings? \(was it edited\?\)$/],
      [(f) => ((f.evidence as { worst: unknown }[])[0] = { ...(f.evidence as object[])[0], worst: 'low' }), /^evidence\[0\]\.worst: says "low" but the worst finding for coturn:[a-z-]+ in the file is /],
    ];
    for (const [change, message] of cases) {
      const r = parseFindingsFile(edited(change));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('replaces credential-looking text and counts it', () => {
    const r = parseFindingsFile(edited((f) => ((findings(f)[0] as Record<string, unknown>).message = 'static-auth-secret=9f8e7d6c5b4a and more')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.value)).not.toContain('9f8e7d6c5b4a');
    expect(r.value.redacted).toBe(1);
  });

  it('refuses what is not JSON or too large', () => {
    expect(parseFindingsFile('not json').ok).toBe(false);
    expect(parseFindingsFile('x'.repeat(2 * 1024 * 1024 + 1))).toEqual({ ok: false, error: expect.stringContaining('2.0 MB') });
    expect(parseFindingsFile('[]')).toEqual({ ok: false, error: 'expected a findings file (a JSON object), got an array' });
  });
});
