/** fast-check arbitraries for projects that the import schema accepts. */
import fc from 'fast-check';
import { PROFILE_VALUES } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { Answer, AssessmentRound, Evidence, EvidenceCheck, Project, TrackerSetting } from '@/entities/project/types';
import { ACK_INTEGRITY, EXPOSURES, SERVER_PRODUCTS, SERVER_ROLES, type ProjectOnboarding } from '@/entities/onboarding/types';

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
    kind: fc.constantFrom('link', 'turn-test', 'coturn-config', 'inventory' as const),
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
  turnExposure: fc.constantFrom(...PROFILE_VALUES.turnExposure, 'unknown' as const),
  mediaServer: fc.constantFrom(...PROFILE_VALUES.mediaServer, 'unknown' as const),
  recording: tri(),
  dataChannels: tri(),
  screenSharing: tri(),
  nativeApps: tri(),
  contractors: tri(),
  e2ee: tri(),
});

const segmentArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 20 });
const numericIdArb = fc.integer({ min: 1, max: 999_999 }).map(String);

/** Tracker settings as the settings form normalises them (so an export re-imports them unchanged). */
const trackerSettingArb: fc.Arbitrary<TrackerSetting> = fc.oneof(
  fc.tuple(segmentArb, segmentArb).map(([owner, repo]): TrackerSetting => ({ kind: 'github', url: `https://github.com/${owner}/${repo}` })),
  fc.array(segmentArb, { minLength: 2, maxLength: 4 }).map((path): TrackerSetting => ({ kind: 'gitlab', url: `https://gitlab.com/${path.join('/')}` })),
  fc
    .tuple(segmentArb, fc.option(segmentArb, { nil: undefined }), numericIdArb, numericIdArb)
    .map(([site, context, projectId, issueTypeId]): TrackerSetting => ({ kind: 'jira', url: `https://${site}.atlassian.net${context ? `/${context}` : ''}`, projectId, issueTypeId })),
);

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

const isoArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const digestArb = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }).map((h) => `sha256:${h}`);
const serverIdArb = fc.integer({ min: 1, max: 9 }).map((n) => `srv-${n}`);

/** Contractor onboarding data as the store and the exporter write it (texts may hold secrets: redaction applies). */
export const onboardingArb: fc.Arbitrary<ProjectOnboarding> = fc.record({
  servers: fc.array(
    fc.record({
      id: serverIdArb,
      name: textArb(40),
      role: fc.constantFrom(...SERVER_ROLES),
      product: fc.constantFrom(...SERVER_PRODUCTS),
      exposure: fc.constantFrom(...EXPOSURES),
      controlledBy: fc.oneof(fc.constant(''), fc.constant('clients'), serverIdArb),
    }),
    { maxLength: 4 },
  ),
  houseRules: fc.option(
    fc.record({ itemIds: fc.array(itemIdArb, { maxLength: 4 }), ownRules: fc.array(textArb(60), { maxLength: 3 }), team: textArb(30), contacts: textArb(60), includeNotes: fc.boolean() }),
    { nil: null },
  ),
  packs: fc.array(fc.record({ digest: digestArb, exportedAt: isoArb }), { maxLength: 2 }),
  acknowledgements: fc.array(
    fc.record({
      id: serverIdArb.map((s) => `ack-${s}`),
      name: textArb(30),
      company: textArb(30),
      date: dueArb.filter((d) => d !== ''),
      packDigest: digestArb,
      packExportedAt: isoArb,
      ruleCount: fc.nat({ max: 80 }),
      questions: fc.array(fc.record({ rule: textArb(40), text: textArb(80) }), { maxLength: 2 }),
      integrity: fc.constantFrom(...ACK_INTEGRITY),
      importedAt: timestampArb,
      offboarded: fc.array(fc.constantFrom('revoke-accounts', 'rotate-turn-secret'), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  updatedAt: timestampArb,
});

export const projectArb: fc.Arbitrary<Project> = fc
  .record(
    {
      id: projectIdArb,
      name: textArb(80).filter((s) => s.length > 0),
      profile: profileArb,
      answers: fc.dictionary(itemIdArb, answerArb, { maxKeys: 8 }),
      createdAt: timestampArb,
      onboarding: onboardingArb,
      // Absent, removed (null) or set.
      tracker: fc.option(trackerSettingArb, { nil: null }),
      rounds: fc.array(roundArb, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['id', 'name', 'profile', 'answers', 'createdAt'] },
  )
  .map(({ tracker, ...p }) => ({
    ...p,
    updatedAt: p.createdAt,
    nameUpdatedAt: p.createdAt,
    profileUpdatedAt: p.createdAt,
    contentVersion: '1.0.0',
    ...(tracker === undefined ? {} : { tracker: { setting: tracker, updatedAt: p.createdAt } }),
  }));
