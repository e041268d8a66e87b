/**
 * Property tests for the onboarding files a team or contractor brings in (issue 18): the pack and the
 * acknowledgement. Starting from valid files, 10 000 cases each of random edits (a value replaced by
 * any JSON at any depth, a key removed, the text cut or garbled), plus arbitrary text: the parsers
 * never throw, and a file accepted after an edit still has a matching digest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { editedJsonText } from '@/testing/file-edits';
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

async function digestMatches(file: unknown, contentKey: string): Promise<boolean> {
  const f = file as Record<string, unknown>;
  return (await digestOf(f[contentKey], sha)) === f['digest'];
}

describe('onboarding file parsers (property)', () => {
  it('parsePackFile never throws on edited packs or any text; an accepted pack has a matching digest', async () => {
    const { pack } = await validFiles();
    await fc.assert(
      fc.asyncProperty(editedJsonText(pack), async (text) => {
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
      fc.asyncProperty(editedJsonText(ack), async (text) => {
        const r = await parseAckFile(text, sha);
        if (!r.ok) expect(r.error).toMatch(/\S/);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
