/**
 * Which option names a coturn version knows, and what became of the ones it does not.
 */
import { OPTION_ALIASES, OPTION_ROWS, type OptionArgument, type OptionRow } from './option-table';
import { compareVersions, type VersionChoice } from './versions';

export interface OptionInfo {
  readonly name: string;
  readonly argument: OptionArgument;
  readonly since: string | null;
  readonly removedIn: string | null;
}

const BY_NAME: ReadonlyMap<string, OptionInfo> = new Map(
  OPTION_ROWS.map(([name, argument, since, removedIn]: OptionRow) => [name, { name, argument, since, removedIn }]),
);

export function optionInfo(name: string): OptionInfo | undefined {
  return BY_NAME.get(name);
}

/** The name the rules use for an option: `db` → `userdb`. */
export function canonicalName(name: string): string {
  return OPTION_ALIASES[name] ?? name;
}

function presentIn(info: OptionInfo, tag: string): boolean {
  if (info.since !== null && compareVersions(tag, info.since) < 0) return false;
  if (info.removedIn !== null && compareVersions(tag, info.removedIn) >= 0) return false;
  return true;
}

export type Availability =
  | { readonly kind: 'known' }
  /** Only some releases of the choice know it. */
  | { readonly kind: 'partly'; readonly since: string | null; readonly removedIn: string | null }
  | { readonly kind: 'not-yet'; readonly since: string }
  | { readonly kind: 'removed'; readonly removedIn: string }
  | { readonly kind: 'unknown' };

export function availability(name: string, version: VersionChoice): Availability {
  const info = BY_NAME.get(name);
  if (info === undefined) return { kind: 'unknown' };
  const present = version.tags.filter((t) => presentIn(info, t));
  if (present.length === version.tags.length) return { kind: 'known' };
  if (present.length > 0) return { kind: 'partly', since: info.since, removedIn: info.removedIn };
  if (info.since !== null && compareVersions(version.tags[0] ?? version.min, info.since) < 0) {
    return { kind: 'not-yet', since: info.since };
  }
  return { kind: 'removed', removedIn: info.removedIn ?? '' };
}

/** Option names some release of the choice knows: the candidates for "did you mean". */
function namesFor(version: VersionChoice): string[] {
  return [...BY_NAME.values()].filter((i) => version.tags.some((t) => presentIn(i, t))).map((i) => i.name);
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded: returns `limit + 1` when over. */
function editDistance(a: string, b: string, limit = 6): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** The closest real option name, if one is close enough to be a plausible typo. */
export function closestOption(name: string, version: VersionChoice): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of namesFor(version)) {
    const c = candidate.toLowerCase();
    // Same letters in another order (a transposition typo such as no-tsl) ranks first among equals.
    const anagram = [...c].sort().join('') === [...lower].sort().join('') ? 0.25 : 0;
    const d = c === lower ? 0 : editDistance(lower, c) + 0.5 - anagram;
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = Math.max(2, Math.floor(name.length / 4)) + 0.5;
  return bestDistance <= allowed ? best : undefined;
}
