/**
 * The reference view's filters and architecture scope as URL parameters (`q`, `severity`, `asvs`,
 * `profile=topology:sfu,turn:own`), so a filtered view can be shared and survives a reload.
 */
import type { ChecklistFilter } from '@/entities/checklist/filter';
import { EMPTY_PROFILE, isKnownProfileValue, isProfileKey } from '@/entities/checklist/scope';
import { SEVERITIES, type ArchitectureProfile, type ProfileKey } from '@/entities/checklist/types';
import { listParam, oneOfParam, setParam, type UrlCodec } from '@/lib/url-state';

export interface ReferenceState {
  filter: ChecklistFilter;
  profile: ArchitectureProfile;
  /** Whether any architecture answer is set (the view then separates what does not apply). */
  profileActive: boolean;
}

const ASVS_LEVELS = [0, 1, 2, 3] as const;

/** A profile select's value ("true", "false", "null" or an option) as the profile holds it. */
export function profileValue(raw: string): ArchitectureProfile[ProfileKey] {
  return (raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : raw) as ArchitectureProfile[ProfileKey];
}

function parseProfile(params: URLSearchParams): { profile: ArchitectureProfile; profileActive: boolean } {
  const profile: Record<string, unknown> = { ...EMPTY_PROFILE };
  let profileActive = false;
  for (const pair of (params.get('profile') ?? '').split(',')) {
    const [key, raw] = pair.split(':');
    if (!key || raw === undefined || !isProfileKey(key)) continue;
    const value = raw === 'true' ? true : raw === 'false' ? false : raw;
    if (isKnownProfileValue(key, value)) {
      profile[key] = value;
      profileActive = true;
    }
  }
  return { profile: profile as unknown as ArchitectureProfile, profileActive };
}

export const referenceCodec: UrlCodec<ReferenceState> = {
  parse(params) {
    const filter: ChecklistFilter = {
      query: params.get('q') ?? '',
      severities: listParam(params, 'severity', SEVERITIES),
      asvsLevel: oneOfParam(params, 'asvs', ASVS_LEVELS, 0),
    };
    return { filter, ...parseProfile(params) };
  },
  write(state) {
    const p = new URLSearchParams();
    setParam(p, 'q', state.filter.query);
    setParam(p, 'severity', state.filter.severities);
    setParam(p, 'asvs', state.filter.asvsLevel);
    const prof = Object.entries(state.profile)
      .filter(([, v]) => v !== null && v !== 'unknown')
      .map(([k, v]) => `${k}:${String(v)}`);
    setParam(p, 'profile', prof);
    return p;
  },
};
