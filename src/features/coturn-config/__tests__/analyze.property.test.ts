/**
 * Property test for the whole coturn analyzer on outside input (issue 18): config text a user pastes
 * or `coturn-lint` reads, built from real option names (every row of the option table, aliases,
 * misspellings), plausible and hostile values and real secrets. 10 000 cases, every version choice:
 * analysis, secure snippet and findings file never throw; findings point at real lines, counts add
 * up, the findings file never carries the config's secret values and always reads back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig, checkConfigBytes } from '@/features/coturn-config/analyze';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';
import { findingsFile } from '@/features/coturn-config/findings-file';
import { parseFindingsFile } from '@/features/coturn-config/findings-file-parse';
import { secureSnippet } from '@/features/coturn-config/snippet';
import { configArb, configText } from '@/testing/coturn-configs';

const RUNS = { numRuns: 10_000 };
/** About 10 s alone; several times that on a loaded 2-core machine. */
const TIMEOUT = 240_000;
const NOW = new Date(Date.UTC(2026, 11, 2, 10));

describe('analyzeConfig (property)', () => {
  it('never throws; findings point at real lines, counts add up, and no secret value reaches the findings file', () => {
    fc.assert(
      fc.property(configArb, ({ lines, secrets, at, newline, version }) => {
        const r = analyzeConfig(configText({ lines, secrets, at, newline }), version, checklist.items);
        if (!r.ok) {
          expect(['empty', 'binary', 'too-large']).toContain(r.problem.kind);
          return;
        }
        const { findings, counts, parsed } = r.analysis;
        for (const f of findings) for (const l of f.lines) expect(l >= 1 && l <= parsed.lineCount).toBe(true);
        expect(FINDING_SEVERITIES.reduce((n, s) => n + counts[s], 0)).toBe(findings.length);
        const file = JSON.stringify(findingsFile(r.analysis, secureSnippet(parsed, r.analysis.version, { secret: 'GENERATED' }), NOW));
        for (const [, value] of secrets) expect(file).not.toContain(value);
        // Every findings file the analyzer writes reads back (attach to a project, issue 15), finding for finding.
        const back = parseFindingsFile(file);
        expect(back.ok ? back.value.findings.map((f) => `${f.rule} ${f.severity}`) : back.error).toEqual(findings.map((f) => `${f.rule} ${f.severity}`));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('checkConfigBytes never throws on any bytes (a chosen file), and flags NUL bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const problem = checkConfigBytes(bytes);
        if (bytes.includes(0)) expect(problem?.kind).toBe('binary');
      }),
      RUNS,
    );
  });
});
