/**
 * Hostile project files, ≥ 10 000 of them, each through the whole life of imported data:
 * import → store (one write) → an edit → reload in a new tab → export all → import again.
 *
 * Invariants, for every file: nothing throws; a refusal is one short message (never a quote of a
 * huge or secret-looking value); an accepted file leaves storage readable (no recovery screen
 * after a reload), every timestamp a valid date, and an export that imports again, unchanged.
 *
 * Classes of input (case counts in RUNS): random JSON and text; valid files with random
 * mutations at random places; ids named like Object.prototype members; values at every length
 * limit (with secrets that redaction lengthens, surrogate pairs at the cut); timestamps at the
 * edges of the date range and in the future; repeated ids inside one all-projects file. Valid
 * files carry contractor onboarding data (inventory, house rules, acknowledgements) half the time.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { getOwn } from '@/lib/dict';
import { redactSecrets } from '@/lib/redaction';
import { createMemoryStorage, STORAGE_KEYS } from '@/lib/storage';
import { projectArb } from '@/testing/arbitraries';
import { LIMITS, MAX_TIMESTAMP, isValidTimestamp } from './model';
import { createProjectsFile, parseProjectFile, PROJECTS_FILE_FORMAT, serializeFile } from './project-file';
import { storageHealth } from './persistence/health';
import { decodePersisted } from './persistence/restore';
import { createProjectsStore } from './store';
import type { Project } from '@/entities/project/types';
import { ONBOARDING_LIMITS } from '@/entities/onboarding/schema';

const NOW = Date.UTC(2026, 1, 1);
const KEY = STORAGE_KEYS.projects;

/** Cases per class; the sum is the suite's size (≥ 10 000). */
const RUNS = { random: 2000, mutated: 3000, prototype: 1500, limits: 1000, timestamps: 1500, duplicates: 1000 } as const;
const TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);
/** Generous: the whole suite takes ~20 s on a loaded 2-core machine. */
const TIMEOUT = 180_000;

const PROTO_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'prototype'] as const;
const EDGE_TIMES = [0, 1, NOW - 1, NOW, NOW + 1, Date.UTC(2999, 0, 1), MAX_TIMESTAMP - 1, MAX_TIMESTAMP, MAX_TIMESTAMP + 1, -1, 1.5, 1e300] as const;
const SECRET_TAILS = ['', 'pwd=a1', 'password: "x"', 'https://u:p@h', 'turn:a:b@c', 'token=1', 'eyJabcde.fghij.k', '😀', '\u202Egpj.exe'] as const;

let checked = 0;

beforeEach(() => storageHealth.reset());

/** The whole life of one file. Returns nothing; fails the property on any broken invariant. */
function lifeOf(text: string): void {
  checked++;
  const parsed = parseProjectFile(text, NOW);
  if (!parsed.ok) {
    expect(typeof parsed.error).toBe('string');
    expect(parsed.error.length).toBeLessThan(600);
    return;
  }
  const storage = createMemoryStorage();
  const tab = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => NOW });
  const ids = tab.getState().importProjects(parsed.value.projects, 'replace');
  expect(ids).toHaveLength(parsed.value.projects.length);
  // An edit after the import: a timestamp past every imported one, a name at the limit with a
  // secret that redaction lengthens.
  const first = ids[0];
  if (first !== undefined) {
    tab.getState().updateAnswer(first, 'baseline-https-wss-only', { status: 'yes', note: 'edited, pwd=a1' });
    tab.getState().renameProject(first, `${'r'.repeat(LIMITS.name - 7)} pwd=a1`);
  }
  const raw = storage.getItem(KEY);
  if (ids.length) expect(raw).not.toBeNull();
  const decoded = decodePersisted(raw ?? '{"version":1,"state":{"p":[]}}');
  expect(decoded.ok ? null : decoded.problem.message).toBeNull();

  const reloaded = createProjectsStore({ storage, contentVersion: '1.0.0', now: () => NOW + 10 });
  expect(storageHealth.get().corrupt).toBeNull();
  const projects = Object.values(reloaded.getState().projects);
  expect(projects).toHaveLength(new Set(ids).size);
  for (const id of ids) expect(getOwn(reloaded.getState().projects, id)?.id).toBe(id);
  for (const p of projects) checkDisplayable(p);

  const exported = serializeFile(createProjectsFile(projects, '1.0.0', new Date(NOW)));
  const again = parseProjectFile(exported, NOW + 20);
  expect(again.ok ? null : again.error).toBeNull();
  if (!again.ok) return;
  const reexported = serializeFile(createProjectsFile(again.value.projects, '1.0.0', new Date(NOW)));
  expect(reexported).toBe(exported);
}

/** Every timestamp a valid date (the list formats them), every text within its limit once redacted. */
function checkDisplayable(p: Project): void {
  for (const t of [p.createdAt, p.updatedAt, p.nameUpdatedAt, p.profileUpdatedAt]) {
    expect(isValidTimestamp(t)).toBe(true);
    expect(() => new Date(t).toISOString()).not.toThrow();
  }
  expect(redactSecrets(p.name).length).toBeLessThanOrEqual(LIMITS.name);
  for (const a of Object.values(p.answers)) {
    expect(isValidTimestamp(a.updatedAt)).toBe(true);
    expect(redactSecrets(a.note).length).toBeLessThanOrEqual(LIMITS.note);
  }
  if (p.onboarding) {
    expect(isValidTimestamp(p.onboarding.updatedAt)).toBe(true);
    for (const s of p.onboarding.servers) expect(redactSecrets(s.name).length).toBeLessThanOrEqual(ONBOARDING_LIMITS.serverName);
    for (const r of p.onboarding.houseRules?.ownRules ?? []) expect(redactSecrets(r).length).toBeLessThanOrEqual(ONBOARDING_LIMITS.ownRule);
  }
}

const validFileArb = fc
  .array(projectArb, { minLength: 1, maxLength: 3 })
  .map((projects) => JSON.parse(serializeFile(createProjectsFile(projects, '1.0.0', new Date(NOW)))) as unknown);

const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...PROTO_NAMES),
  fc.constantFrom(...EDGE_TIMES),
  fc.constantFrom('', ' ', 'yes', 'na', '2026-02-30', '\u202E', 'password=hunter2', null, true, [], {}),
  fc.integer({ min: 0, max: 5 }).map((k) => 'x'.repeat([199, 200, 201, 2000, 20_000, 20_001][k] ?? 1)),
);

/** Replaces the value at a random place in the JSON tree (the `pick`-th node visited). */
function mutate(json: unknown, pick: number, value: unknown): unknown {
  let n = 0;
  const walk = (node: unknown): unknown => {
    if (n++ === pick) return value;
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) Object.defineProperty(out, k, { value: walk(v), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return node;
  };
  return walk(json);
}

const mutatedFileArb = fc
  .tuple(validFileArb, fc.array(fc.tuple(fc.nat({ max: 120 }), hostileValueArb), { minLength: 1, maxLength: 4 }))
  .map(([file, mutations]) => JSON.stringify(mutations.reduce((j, [pick, value]) => mutate(j, pick, value), file)));

function projectsFileText(projects: readonly unknown[]): string {
  return JSON.stringify({ format: PROJECTS_FILE_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString(), contentVersion: '1.0.0', projects });
}

const protoIdFileArb = fc
  .tuple(fc.array(fc.constantFrom(...PROTO_NAMES), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...PROTO_NAMES), { maxLength: 4 }))
  .map(([projectIds, answerIds]) => {
    const unique = [...new Set(projectIds)];
    return projectsFileText(
      unique.map((id) => {
        // Built as JSON text so `__proto__` is a real key, as in a file.
        const answers = `{${answerIds.map((a) => `${JSON.stringify(a)}:{"status":"no","note":${JSON.stringify(a)},"updatedAt":5}`).join(',')}}`;
        return JSON.parse(`{"id":${JSON.stringify(id)},"name":${JSON.stringify(id)},"profile":{},"answers":${answers}}`) as unknown;
      }),
    );
  });

const atLimit = (max: number) =>
  fc.tuple(fc.constantFrom(...SECRET_TAILS), fc.integer({ min: 0, max: 2 })).map(([tail, slack]) => {
    const body = Math.max(0, max - tail.length - slack);
    return `${'é'.repeat(body)}${tail}`.slice(0, max);
  });

const limitsFileArb = fc
  .record({
    name: atLimit(LIMITS.name).filter((s) => s.length > 0),
    note: atLimit(LIMITS.note),
    naReason: atLimit(LIMITS.naReason),
    owner: atLimit(LIMITS.owner),
    label: atLimit(LIMITS.evidenceLabel),
    url: atLimit(LIMITS.evidenceUrl),
    detail: atLimit(LIMITS.checkDetail),
  })
  .map((f) =>
    // Written by hand, not by the exporter (which would redact): the file carries the raw secrets.
    JSON.stringify({
      format: 'webrtc-security-checklist/project',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      contentVersion: '1.0.0',
      project: {
        id: 'limits',
        name: f.name,
        profile: { topology: 'sfu' },
        answers: {
          'item-a': {
            status: 'no',
            note: f.note,
            naReason: f.naReason,
            owner: f.owner,
            updatedAt: NOW,
            evidence: [{ id: 'e1', kind: 'turn-test', label: f.label, url: f.url, date: '2026-01-01T00:00:00.000Z', checks: [{ id: 'c', url: f.url, verdict: 'pass', ms: 1, detail: f.detail }] }],
          },
        },
      },
    }),
  );

const timestampsFileArb = fc
  .array(fc.constantFrom(...EDGE_TIMES), { minLength: 1, maxLength: 6 })
  .map((times) =>
    projectsFileText([
      {
        id: 'edge',
        name: 'Edge',
        profile: {},
        answers: Object.fromEntries(times.map((t, i) => [`item-${i}`, { status: 'yes', updatedAt: t }])),
      },
    ]),
  );

const duplicatesFileArb = fc
  .array(fc.constantFrom('a', 'b', 'constructor', '__proto__'), { minLength: 2, maxLength: 6 })
  .map((ids) => projectsFileText(ids.map((id, i) => ({ id, name: `P${i}`, profile: {}, answers: { [`item-${i}`]: { status: 'no', updatedAt: i } } }))));

const randomFileArb = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ format: PROJECTS_FILE_FORMAT, version: 1, projects: v })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ format: 'webrtc-security-checklist/project', version: 1, project: v })),
);

const property = (arb: fc.Arbitrary<string>, numRuns: number) => fc.assert(fc.property(arb, lifeOf), { numRuns, endOnFailure: true });

describe(`${TOTAL} hostile files: import → store → reload → export → import`, () => {
  it(`random JSON and text (${RUNS.random})`, () => property(randomFileArb, RUNS.random), TIMEOUT);
  it(`valid files with random mutations (${RUNS.mutated})`, () => property(mutatedFileArb, RUNS.mutated), TIMEOUT);
  it(`ids named like Object.prototype members (${RUNS.prototype})`, () => property(protoIdFileArb, RUNS.prototype), TIMEOUT);
  it(`values at every length limit, with secrets redaction lengthens (${RUNS.limits})`, () => property(limitsFileArb, RUNS.limits), TIMEOUT);
  it(`timestamps at the edges and in the future (${RUNS.timestamps})`, () => property(timestampsFileArb, RUNS.timestamps), TIMEOUT);
  it(`repeated ids in one all-projects file (${RUNS.duplicates})`, () => property(duplicatesFileArb, RUNS.duplicates), TIMEOUT);

  it('ran every case', () => {
    expect(TOTAL).toBeGreaterThanOrEqual(10_000);
    expect(checked).toBeGreaterThanOrEqual(TOTAL);
  });
});
