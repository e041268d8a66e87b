import { describe, expect, it } from 'vitest';
import { checklist, getItem } from '@/entities/checklist/content';
import { changesSince, compareVersions, successorOf } from '@/entities/checklist/successors';
import type { ChecklistContent } from '@/entities/checklist/types';
import { PUBLISHED_IDS } from '@/entities/checklist/content/published-ids';
import { encodePersisted } from '@/features/projects/persistence/codec';
import { makeAnswer, makeEvidence, makeProject } from '@/testing/projects';
import { upgradeContent, upgradeContentWith } from './content-upgrade';
import { restore } from './restore';
import { LIMITS } from '@/features/projects/model';
import { createProjectFile, parseProjectFile, serializeFile } from '@/features/projects/project-file';

const T = Date.UTC(2026, 10, 28, 10);

describe('checklist successors', () => {
  it('resolves every id ever published to a current item', () => {
    for (const id of PUBLISHED_IDS) expect(getItem(successorOf(checklist, id) ?? ''), id).toBeDefined();
  });

  it('maps the 1.1.0 merges to their new items', () => {
    expect(successorOf(checklist, 'turn-auth-mode')).toBe('turn-cred-authentication-enforced');
    expect(successorOf(checklist, 'baseline-screen-sharing-consent')).toBe('privacy-display-capture-safe-defaults');
    expect(successorOf(checklist, 'turn-cred-ephemeral')).toBe('turn-cred-ephemeral');
    expect(successorOf(checklist, 'no-such-item')).toBeUndefined();
  });

  it('follows a chain across versions and survives a cycle', () => {
    const content: ChecklistContent = {
      ...checklist,
      retired: [
        { id: 'a', title: 'A', retiredIn: '1.1.0', reason: 'r', replacedBy: 'b' },
        { id: 'b', title: 'B', retiredIn: '1.2.0', reason: 'r', replacedBy: 'turn-cred-ephemeral' },
        { id: 'x', title: 'X', retiredIn: '1.2.0', reason: 'r', replacedBy: 'y' },
        { id: 'y', title: 'Y', retiredIn: '1.2.0', reason: 'r', replacedBy: 'x' },
      ],
    };
    expect(successorOf(content, 'a')).toBe('turn-cred-ephemeral');
    expect(successorOf(content, 'x')).toBeUndefined();
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.1', '1.1.0')).toBe(0);
    expect(compareVersions('1.0.0', '1.1.0')).toBeLessThan(0);
  });

  it('lists what changed since 1.0.0 and nothing for the current version', () => {
    const since = changesSince(checklist, '1.0.0');
    expect(since.to).toBe(checklist.version);
    expect(since.added).toContain('media-no-ssrf-via-media-urls');
    expect(since.merged.map((m) => m.id)).toContain('turn-auth-mode');
    expect(since.merged.find((m) => m.id === 'turn-auth-mode')?.into).toBe('turn-cred-authentication-enforced');
    expect(since.merged.length).toBe(checklist.retired.filter((r) => r.retiredIn === '1.1.0' && r.replacedBy).length);
    expect(changesSince(checklist, checklist.version)).toEqual({ to: checklist.version, added: [], merged: [] });
  });
});

describe('upgradeContent (1.0.0 answers → 1.1.0 ids)', () => {
  it('moves an answer of a retired id to its successor unchanged, keeping updatedAt', () => {
    const answer = makeAnswer({ status: 'yes', note: 'use-auth-secret since 2024', owner: 'Ops', updatedAt: T });
    const p = upgradeContent(makeProject({ answers: { 'turn-auth-mode': answer } }));
    expect(Object.keys(p.answers)).toEqual(['turn-cred-authentication-enforced']);
    expect(p.answers['turn-cred-authentication-enforced']).toEqual(answer);
    expect(Object.getPrototypeOf(p.answers)).toBeNull();
  });

  it('keeps the worse status and joins notes, owners, due dates and evidence when answers meet', () => {
    const p = upgradeContent(
      makeProject({
        answers: {
          'privacy-display-capture-safe-defaults': makeAnswer({ status: 'yes', note: 'Share button only', owner: 'Web', updatedAt: T, evidence: [makeEvidence({ id: 'e1' })] }),
          'baseline-screen-sharing-consent': makeAnswer({ status: 'partial', note: 'No audience shown', owner: 'Web', due: '2026-12-31', updatedAt: T + 5, evidence: [makeEvidence({ id: 'e1' }), makeEvidence({ id: 'e2' })] }),
          'privacy-screen-share-warning': makeAnswer({ status: 'no', owner: 'UX', due: '2026-12-15', updatedAt: T + 2 }),
        },
      }),
    );
    expect(Object.keys(p.answers)).toEqual(['privacy-display-capture-safe-defaults']);
    const a = p.answers['privacy-display-capture-safe-defaults'];
    expect(a?.status).toBe('no');
    expect(a?.note).toBe('Share button only\n\n[Treat screen sharing as more sensitive than camera access] No audience shown');
    expect(a?.owner).toBe('Web, UX');
    expect(a?.due).toBe('2026-12-15');
    expect(a?.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(a?.updatedAt).toBe(T + 5);
  });

  it('ranks no, partial, yes, not applicable; an unanswered part hides nothing', () => {
    const merge = (own: Parameters<typeof makeAnswer>[0], moved: Parameters<typeof makeAnswer>[0]) =>
      upgradeContent(makeProject({ answers: { 'ops-architecture-diagram': makeAnswer(own), 'ops-asset-inventory': makeAnswer(moved) } })).answers['ops-architecture-diagram'];
    expect(merge({ status: 'yes' }, { status: 'partial' })?.status).toBe('partial');
    expect(merge({ status: 'na', naReason: 'No servers' }, { status: 'yes' })?.status).toBe('yes');
    expect(merge({ status: 'na', naReason: 'No servers' }, { status: 'yes' })?.naReason).toBe('No servers');
    expect(merge({ status: null }, { status: 'yes' })?.status).toBe('yes');
    expect(merge({ status: null }, { status: null })?.status).toBeNull();
  });

  it('is idempotent and leaves current projects as the same object', () => {
    const current = makeProject({ answers: { 'turn-cred-ephemeral': makeAnswer({ status: 'no' }), 'unknown-item': makeAnswer({ status: 'yes' }) } });
    expect(upgradeContent(current)).toBe(current);
    const once = upgradeContent(makeProject({ answers: { 'ops-asset-inventory': makeAnswer({ status: 'no' }) } }));
    expect(upgradeContent(once)).toBe(once);
  });

  it('uses the content it is given', () => {
    const content: ChecklistContent = { ...checklist, items: checklist.items.filter((i) => i.id !== 'turn-cred-ephemeral'), retired: [{ id: 'turn-cred-ephemeral', title: 'Old', retiredIn: '9.0.0', reason: 'r', replacedBy: 'ops-patch-cadence' }] };
    const p = upgradeContentWith(content, makeProject({ answers: { 'turn-cred-ephemeral': makeAnswer({ status: 'no' }) } }));
    expect(Object.keys(p.answers)).toEqual(['ops-patch-cadence']);
  });

  it('keeps a combined answer within the import limits, so the project still exports and imports (issue 9)', () => {
    const full = 'n'.repeat(LIMITS.note);
    const project = makeProject({
      id: 'capped',
      answers: {
        'privacy-display-capture-safe-defaults': makeAnswer({ status: 'yes', note: full, naReason: 'r'.repeat(LIMITS.naReason), owner: 'o'.repeat(LIMITS.owner), updatedAt: T, evidence: Array.from({ length: LIMITS.evidencePerAnswer }, (_, i) => makeEvidence({ id: `own-${i}` })) }),
        'baseline-screen-sharing-consent': makeAnswer({ status: 'no', note: 'moved note', naReason: 'moved reason', owner: 'Web', updatedAt: T + 1, evidence: [makeEvidence({ id: 'moved' })] }),
      },
    });
    const a = upgradeContent(project).answers['privacy-display-capture-safe-defaults'];
    expect(a?.status).toBe('no');
    expect(a?.note.length).toBeLessThanOrEqual(LIMITS.note);
    expect(a?.note.startsWith('n'.repeat(1000))).toBe(true);
    expect(a?.note).toMatch(/\[cut: merged notes longer than the limit\]$/);
    expect(a?.naReason.length).toBeLessThanOrEqual(LIMITS.naReason);
    expect(a?.owner.length).toBeLessThanOrEqual(LIMITS.owner);
    expect(a?.evidence).toHaveLength(LIMITS.evidencePerAnswer);
    expect(a?.evidence.at(-1)?.id).toBe('moved');

    const reimported = parseProjectFile(serializeFile(createProjectFile(upgradeContent(project), checklist.version)));
    expect(reimported.ok && reimported.value.projects[0]?.answers['privacy-display-capture-safe-defaults']?.note).toBe(a?.note);
    // Texts that fit are joined whole, without the marker.
    const small = upgradeContent(makeProject({ answers: { 'privacy-display-capture-safe-defaults': makeAnswer({ note: 'a' }), 'baseline-screen-sharing-consent': makeAnswer({ note: 'b' }) } }));
    expect(small.answers['privacy-display-capture-safe-defaults']?.note).not.toContain('[cut:');
  });

  it('upgrades a stored 1.0.0 project on read, keeping every answer', () => {
    const stored = makeProject({
      contentVersion: '1.0.0',
      answers: {
        'turn-auth-mode': makeAnswer({ status: 'no', note: 'no-auth still set', updatedAt: T }),
        'turn-cred-authentication-enforced': makeAnswer({ status: 'yes', updatedAt: T + 1 }),
        'ops-asset-inventory': makeAnswer({ status: 'partial', owner: 'SRE', updatedAt: T }),
        'turn-cred-ephemeral': makeAnswer({ status: 'yes', updatedAt: T }),
      },
    });
    const raw = JSON.parse(encodePersisted({ projects: { [stored.id]: stored }, tombstones: {} })) as { state: unknown; version: number };
    const result = restore(raw.state, raw.version, T + 10);
    if (!result.ok) throw new Error(result.error);
    const p = result.value.projects[stored.id];
    expect(Object.keys(p?.answers ?? {}).sort()).toEqual(['ops-architecture-diagram', 'turn-cred-authentication-enforced', 'turn-cred-ephemeral']);
    expect(p?.answers['turn-cred-authentication-enforced']?.status).toBe('no');
    expect(p?.answers['turn-cred-authentication-enforced']?.note).toBe('no-auth still set');
    expect(p?.answers['ops-architecture-diagram']?.owner).toBe('SRE');
    expect(p?.contentVersion).toBe('1.0.0');
  });
});
