import { describe, expect, it } from 'vitest';
import type { AuditRun } from './audit';
import { buildResultsFile, serializeResultsFile } from './results-file';
import { checkResultsFileSize, MAX_RESULTS_FILE_BYTES } from './results-file-size';
import { parseResultsFile } from './results-file-parse';
import { makeCheck, type Check } from './verdicts';

const UDP = 'turn:127.0.0.1:3478?transport=udp';
const SERVER = '127.0.0.1:3478';

const CHECKS: Check[] = [
  makeCheck({ id: 'allocation', scope: 'url', target: UDP, verdict: 'pass', ms: 12, detail: 'Allocate succeeded (relayed 127.0.0.1:50000).' }),
  makeCheck({ id: 'anonymous-allocation', scope: 'server', target: SERVER, verdict: 'fail', ms: 3, detail: 'The server granted an allocation to a request without any credentials.', severity: 'critical' }),
  makeCheck({ id: 'rejects-wrong-password', scope: 'server', target: SERVER, verdict: 'pass', ms: 4, errorCode: 401, detail: 'Refused with 401.' }),
  makeCheck({ id: 'peer-restrictions', scope: 'server', target: SERVER, verdict: 'fail', ms: 40, detail: 'Accepted: loopback 127.0.0.0/8 (127.0.0.1).', severity: 'high' }),
  makeCheck({ id: 'transport-coverage', scope: 'run', target: 'all URLs', verdict: 'warn', ms: 0, detail: 'No TURN over TLS on 443.' }),
];

const RUN: AuditRun = { startedAt: '2026-12-02T08:00:00.000Z', urls: [UDP], checks: CHECKS, candidates: {}, cancelled: false, ms: 100 };

function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeResultsFile(RUN)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

const checksOf = (file: Record<string, unknown>) => file.checks as Record<string, unknown>[];

describe('parseResultsFile', () => {
  it('reads back what the browser writes: every check with its scope, severity and error code', () => {
    const r = parseResultsFile(serializeResultsFile(RUN));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ tool: 'browser', startedAt: RUN.startedAt, urls: [UDP], unknownIds: [], redacted: 0, notes: [] });
    expect(r.value.checks).toEqual(CHECKS);
  });

  it('reads the probe’s file as the probe’s, and a file without `tool` (written before the marker) as the browser’s', () => {
    const probe = parseResultsFile(JSON.stringify(buildResultsFile(RUN, [], 'turn-probe')));
    expect(probe.ok && probe.value.tool).toBe('turn-probe');
    const old = parseResultsFile(fileWith((f) => delete f.tool));
    expect(old.ok && old.value.tool).toBe('browser');
  });

  it('accepts a UTF-8 byte order mark, a missing errorCode and extra fields it does not know', () => {
    const text = fileWith((f) => {
      f.note = 'from a newer version';
      delete checksOf(f)[0]?.errorCode;
      (checksOf(f)[0] as Record<string, unknown>).extra = 1;
    });
    const r = parseResultsFile(`\uFEFF${text}`);
    expect(r.ok && r.value.checks[0]?.errorCode).toBeUndefined();
  });

  it('names the field and what is wrong', () => {
    const cases: [(f: Record<string, unknown>) => void, string][] = [
      [(f) => ((checksOf(f)[3] as Record<string, unknown>).verdict = 'ok'), 'checks[3].verdict: expected pass, warn, fail or skipped, got "ok"'],
      [(f) => delete (checksOf(f)[1] as Record<string, unknown>).detail, 'checks[1].detail: is missing'],
      [(f) => (f.version = 2), 'version: expected 1 (this app reads version 1 results files), got 2'],
      [(f) => (f.format = 'webrtc-security-checklist/project'), 'format: expected "webrtc-security-checklist/turn-test", got "webrtc-security-checklist/project"'],
      [(f) => (f.tool = 'stunner'), 'tool: expected "browser" or "turn-probe", got "stunner"'],
      [(f) => (f.startedAt = 'yesterday'), 'startedAt: expected an ISO 8601 date and time such as "2026-01-15T09:00:00.000Z", got "yesterday"'],
      [(f) => ((checksOf(f)[0] as Record<string, unknown>).ms = -5), 'checks[0].ms: expected a duration ≥ 0, got -5'],
      [(f) => ((checksOf(f)[2] as Record<string, unknown>).errorCode = 'x'), 'checks[2].errorCode: expected an error code (a whole number) or null, got "x"'],
      [(f) => ((checksOf(f)[1] as Record<string, unknown>).severity = 'urgent'), 'checks[1].severity: expected critical, high, medium or low, got "urgent"'],
      [(f) => (f.checks = 'none'), 'checks: expected an array of checks, got "none"'],
      [(f) => (f.checks = []), 'checks: the file has no checks'],
    ];
    for (const [change, message] of cases) expect(parseResultsFile(fileWith(change))).toEqual({ ok: false, error: message });
  });

  it('leaves out check ids it does not know and says so; a file of only unknown checks is refused', () => {
    const r = parseResultsFile(fileWith((f) => ((checksOf(f)[1] as Record<string, unknown>).id = 'future-check')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.checks.map((c) => c.id)).not.toContain('anonymous-allocation');
    expect(r.value.checks).toHaveLength(CHECKS.length - 1);
    expect(r.value.unknownIds).toEqual(['future-check']);
    expect(r.value.notes[0]).toBe('A check this app does not know was left out ("future-check"); a newer version of the probe may have written it.');
    const none = parseResultsFile(fileWith((f) => (f.checks = [{ ...checksOf(f)[0], id: 'x-1' }])));
    expect(none).toEqual({ ok: false, error: 'checks: none of the 1 checks is one this app knows (ids such as "x-1")' });
  });

  it('replaces anything that looks like a credential and counts it (a contractor’s file with a password in it)', () => {
    const text = fileWith((f) => {
      (checksOf(f)[0] as Record<string, unknown>).detail = 'tried with password=Hunter2-prod!';
      f.urls = ['turn:alice:s3cr3t-pw@127.0.0.1:3478'];
    });
    const r = parseResultsFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const json = JSON.stringify(r.value);
    expect(json).not.toContain('Hunter2-prod');
    expect(json).not.toContain('s3cr3t-pw');
    expect(r.value.checks[0]?.detail).toBe('tried with password=[redacted]');
    expect(r.value.redacted).toBe(2);
    expect(r.value.notes).toContain('2 values that looked like credentials were replaced by [redacted].');
  });

  it('refuses what is not JSON or too large, without quoting it', () => {
    const notJson = parseResultsFile('{"format": "webrtc-security-checklist/turn-test", password=hunter2');
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.error).toMatch(/^This is not a TURN results file: it is not valid JSON \(/);
    expect(!notJson.ok && notJson.error).not.toContain('hunter2');
    expect(parseResultsFile(' '.repeat(MAX_RESULTS_FILE_BYTES + 1)).ok).toBe(false);
    expect(checkResultsFileSize(MAX_RESULTS_FILE_BYTES)).toBeNull();
    expect(checkResultsFileSize(3 * 1024 * 1024)).toContain('3.0 MB');
    expect(parseResultsFile('null')).toEqual({ ok: false, error: 'expected a results file (a JSON object), got null' });
    expect(parseResultsFile(42 as unknown as string).ok).toBe(false);
  });
});
