/**
 * A rule and its checklist item never disagree: every coturn config line that an item's fix text
 * recommends, analyzed on its own, must not trigger a rule whose evidence the item declares.
 */
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig } from '@/features/coturn-config/analyze';
import { optionInfo } from '@/features/coturn-config/options';
import { RULES } from '@/features/coturn-config/rules/index';
import { resolveVersion, LATEST_VERSION_ID } from '@/features/coturn-config/versions';

/** A sentence that warns against something, rather than recommending it. */
const NEGATIVE = /\b(never|nobody|no one|not|don[’']t|remove|delete|without|avoid|instead of|unless|re-?enabled?|reversed|leave|disabled?|off)\b/i;

interface Snippet {
  readonly itemId: string;
  readonly version: string;
  readonly lines: readonly string[];
}

/** The version a sentence talks about: "On coturn 4.6 and older" → 4.6, "4.7.0+" → 4.7, default latest. */
function versionOf(sentence: string): string {
  const older = /(\d+\.\d+(?:\.\d+)?)\s*(?:and older|or older|and earlier)|before\s+(\d+\.\d+(?:\.\d+)?)/i.exec(sentence);
  if (older !== null) {
    if (older[1] !== undefined) return resolveVersion(older[1])?.id ?? LATEST_VERSION_ID;
    // "before 4.7.0": the release line just before it.
    const [maj, min] = (older[2] ?? '').split('.').map(Number);
    return resolveVersion(`${maj}.${(min ?? 1) - 1}`)?.id ?? LATEST_VERSION_ID;
  }
  const newer = /(\d+\.\d+(?:\.\d+)?)\s*(?:\+|and later|or later|and newer)/i.exec(sentence);
  if (newer !== null && newer[1] !== undefined) return resolveVersion(newer[1])?.id ?? LATEST_VERSION_ID;
  return LATEST_VERSION_ID;
}

export function configSnippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const item of checklist.items) {
    if (!item.evidence.some((e) => e.startsWith('coturn:'))) continue;
    for (const sentence of item.fix.split(/(?<=[.;])\s+/)) {
      if (NEGATIVE.test(sentence)) continue;
      const lines = [...sentence.matchAll(/`([^`]+)`/g)]
        .map((m) => (m[1] ?? '').trim())
        .filter((code) => {
          const m = /^([A-Za-z0-9_-]+)(?:=(.*))?$/.exec(code);
          if (m === null || m[1] === undefined) return false;
          const info = optionInfo(m[1]);
          // An option that needs a value is only a config line when the value is given.
          return info !== undefined && (info.argument !== 'required' || m[2] !== undefined);
        });
      if (lines.length > 0) out.push({ itemId: item.id, version: versionOf(sentence), lines });
    }
  }
  return out;
}

/**
 * Findings about what a whole config lacks (a fix sentence shows a few lines, not a whole config), or
 * that point at no line of the snippet, are not a disagreement; nor are low notes (e.g. "only some releases
 * of this version choice know the option" when the sentence names a release inside the choice).
 */
const ABOUT_THE_WHOLE_CONFIG = new Set(['peer-ipv4-in-ipv6-bypass', 'peer-special-ranges-open']);

describe('checklist fix snippets against the analyzer', () => {
  const snippets = configSnippets();

  it('finds the coturn snippets in the checklist', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  for (const s of snippets) {
    it(`${s.itemId} (${s.version}): ${s.lines.join(' / ').slice(0, 80)}`, () => {
      const item = checklist.items.find((i) => i.id === s.itemId);
      const result = analyzeConfig(`${s.lines.join('\n')}\n`, s.version, checklist.items);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      const options = new Set(s.lines.map((l) => l.split('=')[0] ?? ''));
      const conflicts = result.analysis.findings.filter(
        (f) =>
          f.severity !== 'info' &&
          f.severity !== 'low' &&
          f.lines.length > 0 &&
          !ABOUT_THE_WHOLE_CONFIG.has(f.rule) &&
          (item?.evidence as readonly string[]).includes(f.evidence) &&
          f.options.some((o) => options.has(o)),
      );
      expect(conflicts.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });
  }

  it('every evidence id a rule produces is declared by some checklist item (except syntax notes)', () => {
    const declared = new Set(checklist.items.flatMap((i) => i.evidence));
    for (const r of RULES) if (r.evidence !== 'coturn:config-syntax') expect(declared, `${r.id} → ${r.evidence}`).toContain(r.evidence);
  });
});

describe('the consistency check itself', () => {
  it('catches a fix sentence that contradicts the analyzer', () => {
    // The 1.0.0 advice for the IPv4-mapped bypass; ::0 denies every peer.
    const r = analyzeConfig('denied-peer-ip=::0\n', LATEST_VERSION_ID, checklist.items);
    expect(r.ok && r.analysis.findings.some((f) => f.rule === 'peer-deny-all' && f.lines.length > 0)).toBe(true);
  });
});
