/** fast-check arbitraries for projects that the import schema accepts. */
import fc from 'fast-check';
import { PROFILE_VALUES } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { Answer, AssessmentRound, Evidence, EvidenceCheck, Project } from '@/entities/project/types';

const idChars = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const itemIdArb = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), fc.string({ unit: fc.constantFrom(...idChars), maxLength: 40 }))
  .map(([first, rest]) => first + rest);

const projectIdArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'), minLength: 1, maxLength: 64 });

/** Any text, including unicode and line breaks. */
export const textArb = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

const timestampArb = fc.integer({ min: 0, max: 4_102_444_800_000 });

const dueArb = fc.oneof(
  fc.constant(''),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const verdictArb = fc.constantFrom('pass', 'warn', 'fail', 'skipped' as const);

const checkArb: fc.Arbitrary<EvidenceCheck> = fc
  .record(
    {
      id: textArb(30),
      url: textArb(60),
      verdict: verdictArb,
      ms: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      errorCode: fc.integer({ min: 0, max: 699 }),
      detail: textArb(80),
    },
    { requiredKeys: ['id', 'url', 'verdict', 'ms', 'detail'] },
  )
  .map((c) => ({ ...c, ms: Object.is(c.ms, -0) ? 0 : c.ms }));

const evidenceArb: fc.Arbitrary<Evidence> = fc.record(
  {
    id: textArb(20).filter((s) => s.length > 0),
    kind: fc.constantFrom('link', 'turn-test', 'coturn-config' as const),
    label: textArb(60),
    url: textArb(80),
    verdict: verdictArb,
    date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    checks: fc.array(checkArb, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'kind', 'label', 'date'] },
);

const answerArb: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom(null, 'yes', 'partial', 'no', 'na' as const),
  note: textArb(200),
  naReason: textArb(60),
  owner: textArb(30),
  due: dueArb,
  evidence: fc.array(evidenceArb, { maxLength: 2 }),
  updatedAt: timestampArb,
});

function tri() {
  return fc.constantFrom(true, false, null);
}

const profileArb: fc.Arbitrary<ArchitectureProfile> = fc.record({
  topology: fc.constantFrom(...PROFILE_VALUES.topology, 'unknown' as const),
  turn: fc.constantFrom(...PROFILE_VALUES.turn, 'unknown' as const),
  mediaServer: fc.constantFrom(...PROFILE_VALUES.mediaServer, 'unknown' as const),
  recording: tri(),
  dataChannels: tri(),
  screenSharing: tri(),
  nativeApps: tri(),
  contractors: tri(),
  e2ee: tri(),
});

const roundArb: fc.Arbitrary<AssessmentRound> = fc.record({
  id: projectIdArb,
  closedAt: timestampArb,
  contentVersion: fc.constantFrom('0.9.0', '1.0.0', '1.1.0'),
  profile: profileArb,
  statuses: fc.dictionary(itemIdArb, fc.constantFrom('yes', 'partial', 'no', 'na' as const), { maxKeys: 5 }),
  applicable: fc.array(itemIdArb, { maxLength: 5 }),
  percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  grade: fc.constantFrom(null, 'A', 'B', 'C', 'D', 'F' as const),
});

export const projectArb: fc.Arbitrary<Project> = fc
  .record({
    id: projectIdArb,
    name: textArb(80).filter((s) => s.length > 0),
    profile: profileArb,
    answers: fc.dictionary(itemIdArb, answerArb, { maxKeys: 8 }),
    createdAt: timestampArb,
    rounds: fc.array(roundArb, { maxLength: 2 }),
  })
  .map(({ rounds, ...p }) => ({
    ...p,
    updatedAt: p.createdAt,
    nameUpdatedAt: p.createdAt,
    profileUpdatedAt: p.createdAt,
    contentVersion: '1.0.0',
    ...(rounds.length ? { rounds } : {}),
  }));
