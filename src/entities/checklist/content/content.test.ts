import { describe, it, expect } from 'vitest';
import { SECTION_IDS, SEVERITIES, type ChecklistItem, type EvidenceSource, type StandardRef } from '@/entities/checklist/types';
import { PROFILE_KEYS, isKnownProfileValue, isProfileKey } from '@/entities/checklist/scope';
import {
  CHECKLIST_ITEM_IDS,
  checklist,
  getItem,
  getSection,
  itemsBySection,
} from './index';
import { PUBLISHED_IDS } from './published-ids';
import { CHECK_IDS } from '@/entities/checklist/turn-check-ids';
import { ASVS_5_0_0_LEVELS } from './asvs-5.0.0';

/** The ASVS 5.0.0 chapter file that holds requirement `id` (chapter number = first component). */
const ASVS_CHAPTER_FILE: Readonly<Record<string, string>> = {
  '1': '0x10-V1-', '2': '0x11-V2-', '3': '0x12-V3-', '4': '0x13-V4-', '5': '0x14-V5-', '6': '0x15-V6-',
  '7': '0x16-V7-', '8': '0x17-V8-', '9': '0x18-V9-', '10': '0x19-V10-', '11': '0x20-V11-', '12': '0x21-V12-',
  '13': '0x22-V13-', '14': '0x23-V14-', '15': '0x24-V15-', '16': '0x25-V16-', '17': '0x26-V17-',
};

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STANDARD_ID = /^\d+\.\d+\.\d+$/;
const TITLE_MAX = 90;

/** The twelve ASVS 5.0 chapter V17 requirements and their levels (reference facts, section 7). */
const ASVS_V17: ReadonlyMap<string, StandardRef['level']> = new Map([
  ['17.1.1', 2],
  ['17.1.2', 3],
  ['17.2.1', 2],
  ['17.2.2', 2],
  ['17.2.3', 2],
  ['17.2.4', 2],
  ['17.2.5', 3],
  ['17.2.6', 3],
  ['17.2.7', 3],
  ['17.2.8', 3],
  ['17.3.1', 2],
  ['17.3.2', 2],
]);

/** Our automated checks: the TURN tester's check ids and the coturn analyzer's rule ids. */
const KNOWN_EVIDENCE = new Set<string>([
  ...CHECK_IDS.map((id) => `turn:${id}`),
  'coturn:no-loopback-peers',
  'coturn:denied-peer-ip',
  'coturn:no-cli',
  'coturn:tls-versions',
  'coturn:auth-mode',
  'coturn:quotas',
  'coturn:software-attribute',
  'coturn:rfc5780',
  'coturn:prometheus-exposure',
  'coturn:web-admin',
  // Added in checklist 1.1.0.
  'coturn:no-tcp-relay',
  // Also produced by the coturn analyzer (src/features/coturn-config/rules):
  'coturn:tls-listener',
  'coturn:nonce',
  'coturn:proc-user',
  'coturn:version',
  'coturn:logging',
]);

/** First words that show a title is not an imperative. */
const NON_IMPERATIVE_FIRST_WORDS = new Set([
  'The', 'A', 'An', 'Your', 'Our', 'Their', 'This', 'That', 'These', 'Those', 'It', 'We', 'You',
  'They', 'Each', 'Every', 'All', 'Some', 'No', 'Is', 'Are', 'When', 'If', 'Why', 'How', 'What',
]);

/** Counts sentences, ignoring common abbreviations and dots inside versions or file names. */
function sentenceCount(text: string): number {
  const normalised = text.replace(/\b(?:e\.g|i\.e|etc|vs|cf)\./gi, 'ABBR');
  return (normalised.match(/[.!?]+["'”’)]*(?=\s|$)/g) ?? []).length;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const items = checklist.items;
const each = (fn: (item: ChecklistItem) => void) => {
  for (const item of items) fn(item);
};

describe('checklist content: identity', () => {
  it('has a semver version and an ISO date', () => {
    expect(checklist.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(checklist.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(checklist.date))).toBe(false);
  });

  it('has no duplicate item ids', () => {
    const seen = new Set<string>();
    const duplicates = items.filter((item) => (seen.has(item.id) ? true : (seen.add(item.id), false)));
    expect(duplicates.map((item) => item.id)).toEqual([]);
  });

  it('uses kebab-case ids', () => {
    const bad = items.filter((item) => !KEBAB_CASE.test(item.id)).map((item) => item.id);
    expect(bad).toEqual([]);
  });

  it('never reuses a retired id and keeps retired entries well-formed', () => {
    for (const retired of checklist.retired) {
      expect(KEBAB_CASE.test(retired.id), retired.id).toBe(true);
      expect(CHECKLIST_ITEM_IDS.has(retired.id), `${retired.id} is retired but current`).toBe(false);
      expect(retired.title.trim(), retired.id).not.toBe('');
      expect(retired.reason.trim(), retired.id).not.toBe('');
      expect(retired.retiredIn, retired.id).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('keeps every published id either current or retired', () => {
    const retiredIds = new Set(checklist.retired.map((r) => r.id));
    const vanished = PUBLISHED_IDS.filter((id) => !CHECKLIST_ITEM_IDS.has(id) && !retiredIds.has(id));
    expect(vanished, 'move removed ids to `retired` instead of deleting them').toEqual([]);
  });

  it('lists every current id in the published-ids snapshot', () => {
    const published = new Set(PUBLISHED_IDS);
    const unlisted = items.filter((item) => !published.has(item.id)).map((item) => item.id);
    expect(unlisted, 'append new ids to published-ids.ts').toEqual([]);
  });
});

describe('checklist content: sections', () => {
  it('defines every section once, in SECTION_IDS order, with a title and summary', () => {
    expect(checklist.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    for (const section of checklist.sections) {
      expect(section.title.trim(), section.id).not.toBe('');
      expect(section.summary.trim(), section.id).not.toBe('');
    }
  });

  it('puts every item in a known section', () => {
    const known = new Set<string>(SECTION_IDS);
    expect(items.filter((item) => !known.has(item.section)).map((i) => i.id)).toEqual([]);
  });

  it('has no section without items, and lists items in section order', () => {
    for (const id of SECTION_IDS) {
      expect(itemsBySection(id).length, `section ${id}`).toBeGreaterThanOrEqual(4);
    }
    const order = items.map((item) => SECTION_IDS.indexOf(item.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('meets the coverage minimum (at least 70 items in at least 11 sections)', () => {
    expect(items.length).toBeGreaterThanOrEqual(70);
    const withItems = SECTION_IDS.filter((id) => itemsBySection(id).length > 0);
    expect(withItems.length).toBeGreaterThanOrEqual(11);
  });
});

describe('checklist content: item fields', () => {
  it('has no empty text fields', () => {
    each((item) => {
      for (const field of ['title', 'why', 'verify', 'fix'] as const) {
        expect(item[field].trim(), `${item.id}.${field}`).not.toBe('');
      }
      expect(item.tags.length, `${item.id}.tags`).toBeGreaterThan(0);
      for (const tag of item.tags) {
        expect(tag.trim(), `${item.id}.tags`).not.toBe('');
        expect(KEBAB_CASE.test(tag), `${item.id} tag "${tag}"`).toBe(true);
      }
    });
  });

  it('keeps titles imperative and at most 90 characters', () => {
    each((item) => {
      expect(item.title.length, `${item.id}: "${item.title}"`).toBeLessThanOrEqual(TITLE_MAX);
      const first = item.title.split(/\s+/)[0] ?? '';
      expect(first, `${item.id}: first word`).toMatch(/^[A-Z][a-z]+(?:-[a-z]+)*$/);
      expect(NON_IMPERATIVE_FIRST_WORDS.has(first), `${item.id}: "${first}" is not a verb`).toBe(false);
      expect(item.title.endsWith('.'), `${item.id}: title ends with a period`).toBe(false);
    });
  });

  it('explains the risk in one to three sentences', () => {
    each((item) => {
      const count = sentenceCount(item.why);
      expect(count, `${item.id}.why has ${count} sentences`).toBeGreaterThanOrEqual(1);
      expect(count, `${item.id}.why has ${count} sentences`).toBeLessThanOrEqual(3);
    });
  });

  it('uses a known severity', () => {
    each((item) => expect(SEVERITIES, item.id).toContain(item.severity));
  });

  it('cites at least one reference, each with a title and a valid https URL', () => {
    each((item) => {
      expect(item.references.length, item.id).toBeGreaterThan(0);
      for (const ref of item.references) {
        expect(ref.title.trim(), `${item.id} reference title`).not.toBe('');
        expect(isHttpsUrl(ref.url), `${item.id}: ${ref.url}`).toBe(true);
      }
      const urls = item.references.map((r) => r.url);
      expect(new Set(urls).size, `${item.id} repeats a reference`).toBe(urls.length);
    });
  });

  it('scopes only with known profile keys and valid, non-empty value lists', () => {
    each((item) => {
      if (!item.appliesTo) return;
      const entries = Object.entries(item.appliesTo);
      expect(entries.length, `${item.id}: empty appliesTo (omit it instead)`).toBeGreaterThan(0);
      for (const [key, values] of entries) {
        expect(isProfileKey(key), `${item.id}: unknown profile key "${key}"`).toBe(true);
        if (!isProfileKey(key)) continue;
        expect(Array.isArray(values) && values.length > 0, `${item.id}.${key}: empty list`).toBe(true);
        for (const value of values as readonly unknown[]) {
          expect(isKnownProfileValue(key, value), `${item.id}.${key}: invalid "${String(value)}"`).toBe(
            true,
          );
        }
      }
    });
    expect(PROFILE_KEYS.length).toBeGreaterThan(0);
  });

  it('names only well-formed ASVS requirement ids with levels 1-3', () => {
    each((item) => {
      for (const standard of item.standards) {
        expect(standard.id, item.id).toMatch(STANDARD_ID);
        expect([1, 2, 3], item.id).toContain(standard.level);
      }
    });
  });

  it('maps evidence only to known automated checks', () => {
    each((item) => {
      for (const source of item.evidence) {
        expect(KNOWN_EVIDENCE.has(source), `${item.id}: unknown evidence "${source}"`).toBe(true);
      }
      expect(new Set(item.evidence).size, `${item.id} repeats evidence`).toBe(item.evidence.length);
    });
  });

  it('names an item for every TURN check, and the probe-only checks for the items they prove', () => {
    for (const id of CHECK_IDS) {
      expect(items.some((item) => item.evidence.includes(`turn:${id}`)), `no item takes turn:${id}`).toBe(true);
    }
    const takes = (source: EvidenceSource): string[] => items.filter((i) => i.evidence.includes(source)).map((i) => i.id);
    expect(takes('turn:anonymous-allocation')).toEqual(['turn-cred-authentication-enforced']);
    expect(takes('turn:peer-restrictions')).toEqual(['turn-deny-special-purpose-peers', 'turn-close-ipv4-mapped-bypass']);
    expect(takes('turn:relay-to-public')).toEqual(['turn-allow-own-relay-addresses']);
    expect(takes('turn:tcp-relay')).toEqual(['turn-disable-tcp-relay']);
    expect(takes('turn:software-disclosure')).toEqual(['turn-hide-software-version']);
    expect(takes('turn:tls')).toEqual(['turn-tls-versions']);
  });
});

describe('checklist content: OWASP ASVS 5.0 V17 coverage', () => {
  it.each([...ASVS_V17.entries()])('covers V%s at level %i', (id, level) => {
    const covering = items.filter((item) => item.standards.some((s) => s.id === id));
    expect(covering.length, `no item covers ${id}`).toBeGreaterThan(0);
    for (const item of covering) {
      const standard = item.standards.find((s) => s.id === id);
      expect(standard?.level, `${item.id} gives ${id} the wrong level`).toBe(level);
    }
  });

  it('cites the ASVS V17 chapter on items that claim a V17 requirement', () => {
    for (const item of items) {
      if (!item.standards.some((s) => s.id.startsWith('17.'))) continue;
      const cited = item.references.some((r) => r.url.includes('0x26-V17-WebRTC'));
      expect(cited, `${item.id} should cite the V17 chapter`).toBe(true);
    }
  });

  it('uses only V17 ids that exist', () => {
    for (const item of items) {
      for (const s of item.standards) {
        if (s.id.startsWith('17.')) expect(ASVS_V17.has(s.id), `${item.id}: ${s.id}`).toBe(true);
      }
    }
  });

  it('agrees with the V17 table in the ASVS 5.0.0 text', () => {
    for (const [id, level] of ASVS_V17) expect(ASVS_5_0_0_LEVELS.get(id), id).toBe(level);
  });
});

describe('checklist content: OWASP ASVS 5.0.0 beyond V17', () => {
  it('names only requirement ids that exist in ASVS 5.0.0, with their level', () => {
    expect(ASVS_5_0_0_LEVELS.size).toBe(345);
    for (const item of items) {
      for (const s of item.standards) {
        expect(ASVS_5_0_0_LEVELS.has(s.id), `${item.id}: ASVS ${s.id} does not exist`).toBe(true);
        expect(s.level, `${item.id}: ASVS ${s.id} level`).toBe(ASVS_5_0_0_LEVELS.get(s.id));
      }
    }
  });

  it('cites the ASVS chapter of every requirement an item claims', () => {
    for (const item of items) {
      for (const s of item.standards) {
        const chapter = ASVS_CHAPTER_FILE[s.id.split('.')[0] ?? ''];
        expect(chapter, s.id).toBeDefined();
        const cited = item.references.some((r) => r.url.includes('OWASP/ASVS') && r.url.includes(chapter ?? '-'));
        expect(cited, `${item.id} should cite the ASVS chapter of ${s.id}`).toBe(true);
      }
    }
  });
});

describe('checklist content: helpers', () => {
  it('finds items and sections by id', () => {
    const first = items[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(getItem(first.id)).toBe(first);
    expect(getItem('no-such-item')).toBeUndefined();
    expect(CHECKLIST_ITEM_IDS.size).toBe(items.length);
    expect(CHECKLIST_ITEM_IDS.has(first.id)).toBe(true);
    expect(getSection('turn-hardening')?.title).toBe('TURN server hardening');
    expect(getSection('nope')).toBeUndefined();
  });

  it('returns a section’s items in checklist order', () => {
    const turn = itemsBySection('turn-hardening');
    expect(turn.every((item) => item.section === 'turn-hardening')).toBe(true);
    const indexes = turn.map((item) => items.indexOf(item));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });
});

describe('sentenceCount (test helper)', () => {
  it('ignores abbreviations and dotted versions', () => {
    expect(sentenceCount('Fixed in 4.5.2 for peers, e.g. 0.0.0.0. Second one.')).toBe(2);
    expect(sentenceCount('One. Two! Three? Four.')).toBe(4);
    expect(sentenceCount('Quoted "end." Next.')).toBe(2);
  });
});

describe('checklist content: changelog', () => {
  const [current, ...older] = checklist.changelog;

  it('starts with the current version and lists versions newest first', () => {
    expect(current?.version).toBe(checklist.version);
    expect(current?.date).toBe(checklist.date);
    const versions = checklist.changelog.map((c) => c.version);
    expect([...versions].sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))).toEqual(versions);
    expect(older.length).toBeGreaterThan(0);
  });

  it('lists only added ids that are current items and published, once each', () => {
    const added = checklist.changelog.flatMap((c) => c.added);
    expect(new Set(added).size).toBe(added.length);
    for (const id of added) {
      expect(getItem(id), id).toBeDefined();
      expect(PUBLISHED_IDS, id).toContain(id);
    }
  });

  it('records each severity move with the item’s current severity and a reason', () => {
    for (const s of current?.severities ?? []) {
      expect(getItem(s.id)?.severity, s.id).toBe(s.to);
      expect(s.from, s.id).not.toBe(s.to);
      expect(s.reason.length, s.id).toBeGreaterThan(20);
    }
  });

  it('retires every merged or removed id, pointing merged ones at a current item', () => {
    for (const entry of checklist.changelog) {
      for (const m of entry.merged) {
        expect(getItem(m.into), m.into).toBeDefined();
        for (const from of m.from) {
          const r = checklist.retired.find((x) => x.id === from);
          expect(r?.replacedBy, from).toBe(m.into);
          expect(r?.retiredIn, from).toBe(entry.version);
        }
      }
      for (const id of entry.removed) expect(checklist.retired.find((x) => x.id === id)?.replacedBy, id).toBeUndefined();
    }
  });
});
