/**
 * Property test for "Attach results file to project" and the project importer's hand-over (issue 18:
 * every parser of outside input): the file a user picks is recognised by its format, read by the
 * TURN results or coturn findings parser, summarised, planned and previewed. 10 000 cases of the
 * files the tools write (browser, probe, analyzer) edited at random, and any text: nothing throws; a
 * refusal is one message that names the kind of file; an accepted file previews rows on real items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { analyzeConfig } from '@/features/coturn-config/analyze';
import { findingsFile } from '@/features/coturn-config/findings-file';
import { secureSnippet } from '@/features/coturn-config/snippet';
import { buildResultsFile } from '@/features/turn-tester/results-file';
import { makeCheck } from '@/features/turn-tester/verdicts';
import { editedJson } from '@/testing/file-edits';
import { planEvidenceFile, previewRows, readEvidenceFile, summarizeEvidenceFile } from './evidence-file';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 120_000;
const ITEM_IDS = new Set(checklist.items.map((i) => i.id));

const run = {
  startedAt: '2026-12-02T08:00:00.000Z',
  urls: ['turn:127.0.0.1:3478?transport=udp', 'turn:127.0.0.1:3478?transport=tcp'],
  checks: [
    makeCheck({ id: 'allocation', scope: 'url', target: 'turn:127.0.0.1:3478?transport=udp', verdict: 'pass', ms: 80, detail: 'Relay candidate.' }),
    makeCheck({ id: 'anonymous-allocation', scope: 'server', target: '127.0.0.1:3478', verdict: 'fail', detail: 'Granted.', severity: 'critical' }),
    makeCheck({ id: 'credential-lifetime', scope: 'run', target: 'credentials', verdict: 'warn', detail: 'Expires after 48 h.' }),
  ],
  candidates: {},
  cancelled: false,
  ms: 1,
};
const analysis = analyzeConfig('listening-port=3478\nrealm=example.org\nlt-cred-mech\nuser=bob:pw123456\n', '4.6', checklist.items);
if (!analysis.ok) throw new Error('the sample config must analyse');
const VALID = [
  buildResultsFile(run, [], 'browser'),
  buildResultsFile(run, [], 'turn-probe'),
  findingsFile(analysis.analysis, secureSnippet(analysis.analysis.parsed, analysis.analysis.version, { secret: 'GENERATED' }), new Date(Date.UTC(2026, 11, 2))),
];

describe('results files picked for a project (property)', () => {
  it('never throw from reading to preview; a refusal names the kind of file, a preview names real items', () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedJson(fc.constantFrom(...VALID)), (text) => {
        const read = readEvidenceFile(text);
        if (!read.ok) {
          expect(read.error).toMatch(/^This (TURN results file cannot be attached|coturn findings file cannot be attached|is not a results file|is a project file)/);
          return;
        }
        accepted++;
        const summary = summarizeEvidenceFile(read.value);
        expect(summary.contents).toMatch(/^\d+ (check|finding)/);
        const rows = previewRows(planEvidenceFile(read.value, checklist.items, EMPTY_PROFILE));
        for (const row of rows) for (const id of row.itemIds) expect(ITEM_IDS.has(id)).toBe(true);
      }),
      RUNS,
    );
    // Many edits leave a readable file (about 8 %), so summary, plan and preview really ran.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 20);
  }, TIMEOUT);
});
