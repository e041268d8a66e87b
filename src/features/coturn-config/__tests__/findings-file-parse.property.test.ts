/**
 * Property test for reading coturn findings files back (issue 18): 10 000 cases of valid-looking
 * files with random edits and arbitrary JSON. None may throw; a result's counts agree with its
 * findings and nothing credential-looking is left; a refusal names where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';
import { parseFindingsFile } from '@/features/coturn-config/findings-file-parse';
import { hasSecrets } from '@/lib/redaction';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;

const hostile = fc.constantFrom('', 'static-auth-secret=abc123', '__proto__', -1, 0.5, 1e308, null, true, [], {}, 'coturn:', 'coturn:no-cli');
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile);
/** Usually a valid value, sometimes anything: most cases reach deep into the file. */
const mostly = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const severity = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...FINDING_SEVERITIES) }, { weight: 1, arbitrary: anyValue });
const evidenceId = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('coturn:no-cli', 'coturn:peer-acl', 'coturn:auth') }, { weight: 1, arbitrary: anyValue });

const findingArb = fc.record({
  rule: mostly(fc.constantFrom('no-cli', 'peer-acl-loopback', 'static-user')),
  severity,
  lines: mostly(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 3 })),
  message: mostly(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('user=bob:bobs-password', 'password: "x1"'))),
  evidence: evidenceId,
});

const fileArb = fc.array(findingArb, { maxLength: 5 }).chain((findings) => {
  const trueCounts = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
  return fc.record({
    format: fc.oneof({ weight: 8, arbitrary: fc.constant('webrtc-security-checklist/coturn-findings') }, { weight: 1, arbitrary: anyValue }),
    version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: anyValue }),
    coturnVersion: mostly(fc.constant('4.6')),
    coturnVersionLabel: mostly(fc.constant('4.6.x')),
    generatedAt: mostly(fc.constant('2026-12-02T08:00:00.000Z')),
    counts: fc.oneof({ weight: 6, arbitrary: fc.constant(trueCounts) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...FINDING_SEVERITIES), fc.oneof(fc.nat(3), anyValue)) }),
    findings: fc.oneof({ weight: 8, arbitrary: fc.constant(findings) }, { weight: 1, arbitrary: anyValue }),
    evidence: fc.option(fc.array(fc.record({ id: evidenceId, worst: fc.oneof(fc.constant(null), severity) }), { maxLength: 3 }), { nil: undefined }),
  });
});

const input = fc.oneof(
  { weight: 6, arbitrary: fileArb.map((f) => JSON.stringify(f)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

describe('parseFindingsFile (property)', () => {
  it('never throws; a result agrees with itself and holds nothing credential-looking; a refusal names where', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (text) => {
        const r = parseFindingsFile(text);
        if (!r.ok) {
          expect(r.error).toMatch(/^([\w[\].]+: \S|[A-Z]|expected )/);
          return;
        }
        accepted += 1;
        for (const f of r.value.findings) {
          expect(FINDING_SEVERITIES).toContain(f.severity);
          expect(f.evidence).toMatch(/^coturn:/);
          expect(hasSecrets(f.message)).toBe(false);
        }
        for (const e of r.value.evidence) {
          const worst = r.value.findings.filter((f) => f.evidence === e.id).map((f) => FINDING_SEVERITIES.indexOf(f.severity));
          expect(e.worst === null ? -1 : FINDING_SEVERITIES.indexOf(e.worst)).toBe(worst.length === 0 ? -1 : Math.min(...worst));
        }
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(100);
  }, TIMEOUT);
});
