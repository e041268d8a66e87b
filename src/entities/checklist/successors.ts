/**
 * Where retired checklist ids went, and what changed between two content versions. Pure functions
 * over the content data: projects use them to carry answers over (features/projects/persistence/
 * content-upgrade.ts) and to say what changed; the reference view uses them to redirect old links.
 */
import type { ChecklistOutline, RetiredItem } from './types';

/** The part of the content that id remaps read (the whole content, or the build-time upgrade index). */
export interface UpgradeContent {
  readonly version: string;
  readonly items: readonly { readonly id: string }[];
  readonly retired: readonly Pick<RetiredItem, 'id' | 'title' | 'replacedBy'>[];
}

/** Compares dotted numeric versions ("1.10.0" > "1.9.0"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The current item that took over `id`: `id` itself when it is current, the end of its
 * `replacedBy` chain when it was merged (a chain may span versions), undefined otherwise.
 */
export function successorOf(content: UpgradeContent, id: string): string | undefined {
  const current = new Set(content.items.map((i) => i.id));
  const retired = new Map(content.retired.map((r) => [r.id, r.replacedBy]));
  const seen = new Set<string>();
  let at: string | undefined = id;
  while (at !== undefined && !current.has(at)) {
    if (seen.has(at)) return undefined;
    seen.add(at);
    at = retired.get(at);
  }
  return at;
}

export interface ContentChanges {
  /** The newest version in the range (the current content version). */
  readonly to: string;
  /** Current items added after `from`. */
  readonly added: readonly string[];
  /** Retired ids merged after `from`, with the current item that took each over. */
  readonly merged: readonly { readonly id: string; readonly title: string; readonly into: string }[];
}

/** What changed for a project last worked on with content `from` (nothing when it is current or newer). */
export function changesSince(content: ChecklistOutline, from: string): ContentChanges {
  const newer = content.changelog.filter((c) => compareVersions(c.version, from) > 0);
  const current = new Set(content.items.map((i) => i.id));
  const added = newer.flatMap((c) => c.added).filter((id) => current.has(id));
  const merged = newer.flatMap((c) =>
    c.merged.flatMap((m) =>
      m.from.map((id) => ({
        id,
        title: content.retired.find((r) => r.id === id)?.title ?? id,
        into: successorOf(content, m.into) ?? m.into,
      })),
    ),
  );
  return { to: content.version, added, merged };
}
