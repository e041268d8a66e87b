/**
 * Property tests for the onboarding files a team or contractor brings in (issue 18): the pack and the
 * acknowledgement. Starting from valid files, 10 000 cases each of random edits (a value replaced by
 * any JSON at any depth, a key removed, the text cut or garbled), plus arbitrary text: the parsers
 * never throw, and a file accepted after an edit still has a matching digest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { makeProject } from '@/testing/projects';
import { createAckFile, parseAckFile } from './acknowledgement-file';
import { digestOf, webCryptoSha256 as sha } from './digest';
import { defaultHouseRules } from './house-rules';
import { createPackFile, packContent, parsePackFile } from './pack-file';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 120_000;
const NOW = new Date(Date.UTC(2026, 11, 2, 10));
const project = makeProject({ name: 'Acme Meet', profile: { ...makeProject().profile, topology: 'sfu', contractors: true } });

async function validFiles() {
  const rules = { ...defaultHouseRules(checklist.items, project.profile), ownRules: ['Mint TURN credentials on the app server'], team: 'RTC', contacts: 'sec@acme.example' };
  const pack = await createPackFile(packContent(project, rules, [], checklist.items, checklist.version), sha, NOW);
  const ack = await createAckFile(pack, { name: 'Dana', company: 'Contractor Ltd', date: '2026-12-02', questions: {} }, sha, NOW);
  return { pack: JSON.parse(JSON.stringify(pack)) as unknown, ack: JSON.parse(JSON.stringify(ack)) as unknown };
}

type Edit = { path: readonly number[]; kind: 'replace' | 'delete'; value: unknown };

/** Applies an edit at the node reached by following child indexes (modulo the keys there). */
function edit(root: unknown, e: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  let node = copy as Record<string, unknown>;
  for (const [depth, step] of e.path.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = node[key];
    const last = depth === e.path.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      if (e.kind === 'delete') delete node[key];
      else node[key] = e.value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

const editArb = fc.record({ path: fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }), kind: fc.constantFrom('replace' as const, 'delete' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', -1, 1e308, '__proto__', 'sha256:' + '0'.repeat(64))) });
type TextEdit = { kind: 'cut'; at: number } | { kind: 'garble'; at: number; with: string } | { kind: 'none' };
const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('garble' as const), at: fc.nat(), with: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('none' as const) }),
);

function applyText(text: string, t: TextEdit): string {
  if (t.kind === 'none') return text;
  const at = t.at % (text.length + 1);
  return t.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + t.with + text.slice(at + 1);
}

async function digestMatches(file: unknown, contentKey: string): Promise<boolean> {
  const f = file as Record<string, unknown>;
  return (await digestOf(f[contentKey], sha)) === f['digest'];
}

describe('onboarding file parsers (property)', () => {
  it('parsePackFile never throws on edited packs or any text; an accepted pack has a matching digest', async () => {
    const { pack } = await validFiles();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(editArb, textEditArb).map(([e, t]) => applyText(JSON.stringify(edit(pack, e)), t)), fc.string({ maxLength: 200 })), async (text) => {
        const r = await parsePackFile(text, sha);
        if (r.ok) expect(await digestMatches(r.value, 'content')).toBe(true);
        else expect(r.error).toMatch(/\S/);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('parseAckFile never throws on edited acknowledgements or any text', async () => {
    const { ack } = await validFiles();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(editArb, textEditArb).map(([e, t]) => applyText(JSON.stringify(edit(ack, e)), t)), fc.string({ maxLength: 200 })), async (text) => {
        const r = await parseAckFile(text, sha);
        if (!r.ok) expect(r.error).toMatch(/\S/);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
