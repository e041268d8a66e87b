/**
 * Property tests for reading TURN results files back (issue 18: every parser of outside input).
 * 10 000 cases each: valid files (browser and probe) with random edits, and arbitrary JSON. None
 * may throw; every answer is a value with its invariants (known check ids, nothing credential-
 * looking left) or one message that names where the file is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@/entities/checklist/turn-check-ids';
import { hasSecrets } from '@/lib/redaction';
import { parseResultsFile } from './results-file-parse';

const RUNS = { numRuns: 10_000 };
/** 10 000 cases take well under a second alone; several on a loaded 2-core machine. */
const TIMEOUT = 60_000;

const hostile = fc.constantFrom('', 'password=Hunter2!', 'turn:u:pw1@h', '__proto__', 'constructor', '\u202e', 'x'.repeat(6000), -1, 1e308, NaN, null, true, [], {}, 'skipped', 'pass');
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile);
/** Usually a valid value, sometimes anything: most cases reach deep into the file. */
const mostly = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anyValue });

const checkArb = fc.record(
  {
    id: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...CHECK_IDS) }, { weight: 1, arbitrary: fc.constantFrom('future-check', 'Allocation', '') }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
    url: fc.oneof(fc.constantFrom('turn:127.0.0.1:3478?transport=udp', '127.0.0.1:3478', 'all URLs', 'turn:a:b@c'), fc.string({ maxLength: 30 })),
    verdict: mostly(fc.constantFrom('pass', 'warn', 'fail', 'skipped')),
    ms: mostly(fc.nat({ max: 10_000 })),
    errorCode: mostly(fc.constantFrom(null, 401, 403, 701)),
    detail: mostly(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('secret: "abc123"', 'Bearer abcdefgh12345678'))),
    severity: mostly(fc.constantFrom('critical', 'high', 'medium', 'low')),
  },
  { requiredKeys: ['id', 'url', 'verdict', 'ms', 'detail'] },
);

const fileArb = fc.record(
  {
    format: mostly(fc.constant('webrtc-security-checklist/turn-test')),
    version: mostly(fc.constant(1)),
    tool: mostly(fc.constantFrom('browser', 'turn-probe')),
    startedAt: mostly(fc.oneof(fc.constant('2026-12-02T08:00:00.000Z'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))),
    urls: mostly(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constant('turn:127.0.0.1:3478')), { maxLength: 4 })),
    checks: mostly(fc.array(checkArb, { minLength: 1, maxLength: 6 })),
  },
  { requiredKeys: ['format', 'version', 'startedAt', 'urls', 'checks'] },
);

const input = fc.oneof(
  { weight: 6, arbitrary: fileArb.map((f) => JSON.stringify(f)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fileArb.map((f) => JSON.stringify(f).slice(0, 50)) },
);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('parseResultsFile (property)', () => {
  it('never throws; a result has known checks and nothing credential-looking, a refusal names where', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (text) => {
        const r = parseResultsFile(text);
        if (!r.ok) {
          expect(r.error).toMatch(/^([\w[\].]+: \S|[A-Z]|expected )/);
          return;
        }
        accepted += 1;
        expect(r.value.checks.length).toBeGreaterThan(0);
        for (const c of r.value.checks) expect(CHECK_IDS).toContain(c.id);
        for (const s of strings({ urls: r.value.urls, checks: r.value.checks.map((c) => [c.target, c.detail]) })) expect(hasSecrets(s)).toBe(false);
        expect(['browser', 'turn-probe']).toContain(r.value.tool);
      }),
      RUNS,
    );
    // The generator must reach the accepting path often enough to test it.
    expect(accepted).toBeGreaterThan(100);
  }, TIMEOUT);
});
