import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { EVIDENCE_FILE_FORMATS } from '@/entities/project/evidence-files';
import { FINDINGS_FORMAT } from '@/features/coturn-config/findings-file';
import { RESULTS_FORMAT, buildResultsFile } from '@/features/turn-tester/results-file';
import { makeCheck } from '@/features/turn-tester/verdicts';
import { planEvidenceFile, previewRows, readEvidenceFile, summarizeEvidenceFile } from './evidence-file';

const probeFile = JSON.stringify(
  buildResultsFile(
    {
      startedAt: '2026-12-02T08:00:00.000Z',
      urls: ['turn:127.0.0.1:3478?transport=udp'],
      checks: [makeCheck({ id: 'anonymous-allocation', scope: 'server', target: '127.0.0.1:3478', verdict: 'fail', detail: 'Granted.', severity: 'critical' })],
      candidates: {},
      cancelled: false,
      ms: 1,
    },
    [],
    'turn-probe',
  ),
);

describe('results files on the project page', () => {
  it('the format ids the importer recognises are the ones the writers write', () => {
    expect(EVIDENCE_FILE_FORMATS).toEqual({ turnTest: RESULTS_FORMAT, coturnFindings: FINDINGS_FORMAT });
  });

  it('reads a probe file and plans "TURN probe (command line)" evidence, dated when it was taken', () => {
    const r = readEvidenceFile(probeFile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(summarizeEvidenceFile(r.value)).toMatchObject({ source: 'TURN probe (command line)', takenAt: '2026-12-02T08:00:00.000Z', contents: '1 check of 1 URL' });
    const plan = planEvidenceFile(r.value, checklist.items, EMPTY_PROFILE);
    const rows = previewRows(plan);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ label: 'TURN probe (command line): anonymous allocation — 1 fail', verdict: 'fail' });
    expect(rows[0]?.itemIds.length).toBeGreaterThan(0);
    expect(plan.entries.every((e) => e.evidence.date === '2026-12-02T08:00:00.000Z')).toBe(true);
  });

  it('says what kind of file is wrong and where, and sends project files to the projects page', () => {
    const bad = probeFile.replace('"verdict":"fail"', '"verdict":"failed"');
    expect(readEvidenceFile(bad)).toEqual({ ok: false, error: 'This TURN results file cannot be attached: checks[0].verdict: expected pass, warn, fail or skipped, got "failed"' });
    expect(readEvidenceFile('{"format":"webrtc-security-checklist/coturn-findings","version":1}')).toEqual({ ok: false, error: 'This coturn findings file cannot be attached: coturnVersion: is missing' });
    expect(readEvidenceFile('{"format":"webrtc-security-checklist/project"}')).toEqual({ ok: false, error: expect.stringContaining('This is a project file') });
    expect(readEvidenceFile('{"a":1}')).toEqual({ ok: false, error: expect.stringContaining('format: expected "webrtc-security-checklist/turn-test"') });
    expect(readEvidenceFile('nope')).toEqual({ ok: false, error: 'This is not a results file: it is not valid JSON.' });
  });
});
