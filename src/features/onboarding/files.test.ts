import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import type { HouseRules, InventoryServer } from '@/entities/onboarding/types';
import { makeAnswer, makeProject } from '@/testing/projects';
import { ackRecord, ackStanding, createAckFile, parseAckFile, withAcknowledgement } from './acknowledgement-file';
import { digestOf, webCryptoSha256 as sha } from './digest';
import { defaultHouseRules, packRules, parseOwnRules } from './house-rules';
import { createPackFile, packContent, parsePackFile } from './pack-file';

const NOW = new Date(Date.UTC(2026, 11, 2, 10));
const servers: InventoryServer[] = [{ id: 'srv-1', name: 'TURN eu', role: 'turn', product: 'coturn', exposure: 'media', controlledBy: '' }];
const project = makeProject({
  name: 'Acme Meet',
  profile: { ...makeProject().profile, topology: 'sfu', mediaServer: 'janus', contractors: true },
  answers: Object.assign(Object.create(null) as Record<string, never>, {
    'turn-cred-no-static-credentials': makeAnswer({ note: 'internal: ask Bob, password=hunter22', status: 'no' }),
  }),
});
const rules: HouseRules = {
  ...defaultHouseRules(checklist.items, project.profile),
  ownRules: ['TURN credentials are minted only by the app server'],
  team: 'Acme RTC team',
  contacts: 'security@acme.example',
};

async function pack(r: HouseRules = rules) {
  return createPackFile(packContent(project, r, servers, checklist.items, checklist.version), sha, NOW);
}

describe('house rules', () => {
  it('preselects the applicable critical and high items, own rules first', () => {
    const list = packRules(rules, checklist.items);
    expect(list[0]).toEqual({ key: 'own:1', title: 'TURN credentials are minted only by the app server' });
    expect(list.slice(1).every((r) => r.severity === 'critical' || r.severity === 'high')).toBe(true);
    expect(list.some((r) => r.itemId === 'media-janus-admin-api-private')).toBe(true);
    expect(list.some((r) => r.itemId === 'media-kurento-firewall-8888')).toBe(false);
  });
  it('own rules are one per line', () => {
    expect(parseOwnRules(' a \n\n b\r\n')).toEqual(['a', 'b']);
  });
});

describe('onboarding pack', () => {
  it('round-trips, with a digest of its content', async () => {
    const file = await pack();
    const parsed = await parsePackFile(JSON.stringify(file, null, 2), sha);
    expect(parsed.ok && parsed.value).toEqual(file);
    expect(file.digest).toBe(await digestOf(file.content, sha));
  });

  it('leaves notes out unless the owner includes them, and then redacts them', async () => {
    expect((await pack()).content.notes).toEqual([]);
    const withNotes = await pack({ ...rules, includeNotes: true });
    expect(withNotes.content.notes).toEqual([{ itemId: 'turn-cred-no-static-credentials', note: 'internal: ask Bob, password=[redacted]' }]);
    expect(JSON.stringify(withNotes)).not.toContain('hunter22');
  });

  it('never carries evidence, owners or answers', async () => {
    const text = JSON.stringify(await pack());
    expect(text).not.toContain('"answers"');
    expect(text).not.toContain('"evidence"');
    expect(text).not.toContain('"owner"');
  });

  it('the same rules give the same digest; a changed rule another', async () => {
    expect((await pack()).digest).toBe((await createPackFile((await pack()).content, sha, new Date(0))).digest);
    expect((await pack({ ...rules, ownRules: ['other'] })).digest).not.toBe((await pack()).digest);
  });

  it.each([
    ['not JSON', 'nope', 'This is not an onboarding pack: it is not valid JSON'],
    ['a project file', '{"format":"webrtc-security-checklist/project"}', 'format: expected "webrtc-security-checklist/onboarding-pack"'],
    ['an array', '[]', 'This onboarding pack cannot be imported: expected an onboarding pack (a JSON object), got an array'],
    ['a file over 2 MB', ' '.repeat(2 * 1024 * 1024 + 1), 'The file is larger than 2 MB; this is not an onboarding pack.'],
  ])('refuses %s with a clear message', async (_, text, message) => {
    const r = await parsePackFile(text, sha);
    expect(r.ok ? '' : r.error).toContain(message);
  });

  it('names the bad field', async () => {
    const file = JSON.parse(JSON.stringify(await pack())) as { content: { inventory: { role: string }[] } };
    file.content.inventory[0]!.role = 'mainframe';
    const r = await parsePackFile(JSON.stringify(file), sha);
    expect(r.ok ? '' : r.error).toBe(
      'This onboarding pack cannot be imported: content.inventory[0].role: expected one of web, signaling, turn, media, recording, database, other',
    );
  });

  it('refuses a pack whose content was changed after export', async () => {
    const file = await pack();
    file.content.rules[0] = { key: 'own:1', title: 'Anything goes' };
    const r = await parsePackFile(JSON.stringify(file), sha);
    expect(r.ok ? '' : r.error).toContain('digest: does not match the content');
  });
});

describe('acknowledgement', () => {
  const who = { name: 'Dana Contractor', company: 'Outsourcing Ltd', date: '2026-12-02', questions: { 'own:1': 'Which app server?' } };

  it('round-trips, quotes the pack digest and keeps questions', async () => {
    const p = await pack();
    const ack = await createAckFile(p, who, sha, NOW);
    expect(ack.pack.digest).toBe(p.digest);
    expect(ack.rules).toHaveLength(p.content.rules.length);
    const parsed = await parseAckFile(JSON.stringify(ack, null, 2), sha);
    expect(parsed.ok && parsed.value.integrity).toBe('ok');
    if (!parsed.ok) return;
    const record = ackRecord(parsed.value, 5);
    expect(record).toMatchObject({ name: 'Dana Contractor', company: 'Outsourcing Ltd', packDigest: p.digest, integrity: 'ok', questions: [{ rule: 'TURN credentials are minted only by the app server', text: 'Which app server?' }] });
  });

  it('flags an acknowledgement edited after export as tampered', async () => {
    const ack = await createAckFile(await pack(), who, sha, NOW);
    const edited = { ...ack, contractor: { ...ack.contractor, name: 'Someone Else' } };
    const parsed = await parseAckFile(JSON.stringify(edited), sha);
    expect(parsed.ok && parsed.value.integrity).toBe('tampered');
    // An edited copy is a record of its own: it never replaces the genuine one.
    const genuine = await parseAckFile(JSON.stringify(ack), sha);
    if (!parsed.ok || !genuine.ok) throw new Error('not parsed');
    expect(ackRecord(parsed.value, 1).id).not.toBe(ackRecord(genuine.value, 1).id);
  });

  it('names the bad field', async () => {
    const ack = await createAckFile(await pack(), who, sha, NOW);
    const bad = { ...ack, rules: ack.rules.map((r, i) => (i === 1 ? { ...r, understood: false } : r)) };
    const r = await parseAckFile(JSON.stringify(bad), sha);
    expect(r.ok ? '' : r.error).toBe('This acknowledgement cannot be imported: rules[1].understood: expected true (every rule must be understood)');
    const r2 = await parseAckFile(JSON.stringify({ ...ack, contractor: { ...ack.contractor, date: 'tomorrow' } }), sha);
    expect(r2.ok ? '' : r2.error).toBe('This acknowledgement cannot be imported: contractor.date: expected a date as YYYY-MM-DD');
  });

  it.each([
    ['not JSON', 'nope', /^This is not an acknowledgement: it is not valid JSON \(/],
    ['an array', '[]', /^This acknowledgement cannot be imported: expected an acknowledgement \(a JSON object\), got an array$/],
    ['a file over 2 MB', ' '.repeat(2 * 1024 * 1024 + 1), /^The file is larger than 2 MB; this is not an acknowledgement\.$/],
  ])('refuses %s as an acknowledgement with a clear message', async (_, text, message) => {
    const r = await parseAckFile(text, sha);
    expect(r.ok ? '' : r.error).toMatch(message);
  });

  it('stands as current, older or unknown against the project’s packs', async () => {
    const old = await pack({ ...rules, ownRules: [] });
    const now = await pack();
    const packs = [old, now].map((p) => ({ digest: p.digest, exportedAt: p.exportedAt }));
    expect(ackStanding({ packDigest: now.digest }, now.digest, packs)).toBe('current');
    expect(ackStanding({ packDigest: old.digest }, now.digest, packs)).toBe('older');
    expect(ackStanding({ packDigest: `sha256:${'0'.repeat(64)}` }, now.digest, packs)).toBe('unknown');
  });

  it('importing the same file again replaces the record and keeps its offboarding ticks', async () => {
    const parsed = await parseAckFile(JSON.stringify(await createAckFile(await pack(), who, sha, NOW)), sha);
    if (!parsed.ok) throw new Error(parsed.error);
    const first = { ...ackRecord(parsed.value, 1), offboarded: ['revoke-accounts'] };
    const list = withAcknowledgement(withAcknowledgement([], first), ackRecord(parsed.value, 2));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ importedAt: 2, offboarded: ['revoke-accounts'] });
  });
});
