/**
 * The coturn versions the analyzer distinguishes. A choice is a span of releases with the same
 * security-relevant behaviour, except where a span straddles a change (4.9–4.10 for the CLI default,
 * 4.13.1–4.15 for `unauthorized-ratelimit`); rules then say what holds for which release.
 */
import { TABLE_TAGS } from './option-table';

export interface VersionChoice {
  /** Stable id used in the URL, the CLI (`--version`) and the findings file. */
  readonly id: string;
  readonly label: string;
  /** Oldest and newest release the choice covers (`max: null` = and later). */
  readonly min: string;
  readonly max: string | null;
  /** Release tags of the option table inside the span. */
  readonly tags: readonly string[];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function tagsIn(min: string, max: string | null): string[] {
  return TABLE_TAGS.filter((t) => compareVersions(t, min) >= 0 && (max === null || compareVersions(t, max) <= 0));
}

function choice(id: string, label: string, min: string, max: string | null): VersionChoice {
  return { id, label, min, max, tags: tagsIn(min, max) };
}

/** Exactly the choices of the "coturn version" select, oldest first. */
export const VERSION_CHOICES: readonly VersionChoice[] = [
  choice('4.5', '4.5.x', '4.5.0', '4.5.2'),
  choice('4.6', '4.6.x', '4.6.0', '4.6.3'),
  choice('4.7-4.8', '4.7–4.8', '4.7.0', '4.8.0'),
  choice('4.9-4.10', '4.9–4.10', '4.9.0', '4.10.0'),
  choice('4.11-4.12', '4.11–4.12', '4.11.0', '4.12.0'),
  choice('4.13.0', '4.13.0', '4.13.0', '4.13.0'),
  choice('4.13.1-4.15', '4.13.1–4.15', '4.13.1', '4.15.0'),
  choice('4.16', '4.16', '4.16.0', '4.16.0'),
  choice('4.17', '4.17 and later', '4.17.0', null),
];

export const LATEST_VERSION_ID = '4.17';

export function getVersion(id: string): VersionChoice | undefined {
  return VERSION_CHOICES.find((v) => v.id === id);
}

/**
 * Maps what a user types (`4.6`, `4.6.1`, `4.13.1`, `4.17.1`, `latest`, or a choice id) to a choice.
 */
export function resolveVersion(text: string): VersionChoice | undefined {
  const t = text.trim().toLowerCase().replace(/^v/, '');
  if (t === 'latest') return getVersion(LATEST_VERSION_ID);
  const direct = getVersion(t);
  if (direct !== undefined) return direct;
  if (!/^\d+\.\d+(\.\d+){0,2}$/.test(t)) return undefined;
  const parts = t.split('.');
  // "4.6" means any 4.6.x; "4.13" is ambiguous between 4.13.0 and 4.13.1, so take the older.
  const probe = parts.length === 2 ? `${t}.0` : t;
  if (compareVersions(probe, '4.5.0') < 0) return undefined;
  return VERSION_CHOICES.find(
    (v) => compareVersions(probe, v.min) >= 0 && (v.max === null || compareVersions(probe, v.max) <= 0),
  ) ?? (compareVersions(probe, '4.17.0') >= 0 ? getVersion(LATEST_VERSION_ID) : undefined);
}

/** Whether a change that landed in `floor` is in every, some or none of the releases of the choice. */
export type Coverage = 'all' | 'some' | 'none';

export function since(version: VersionChoice, floor: string): Coverage {
  if (compareVersions(version.min, floor) >= 0) return 'all';
  if (version.max !== null && compareVersions(version.max, floor) < 0) return 'none';
  return 'some';
}
