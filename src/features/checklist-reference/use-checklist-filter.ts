import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_PROFILE, isKnownProfileValue, isProfileKey } from '@/entities/checklist/scope';
import type { ChecklistFilter } from '@/entities/checklist/filter';
import { SEVERITIES, type ArchitectureProfile, type Severity } from '@/entities/checklist/types';

/** The reference view's filters live in the URL, so a filtered view can be shared and survives reload. */
export interface ReferenceState {
  filter: ChecklistFilter;
  profile: ArchitectureProfile;
  profileActive: boolean;
}

function parseReferenceParams(params: URLSearchParams): ReferenceState {
  const severities = (params.get('severity') ?? '')
    .split(',')
    .filter((s): s is Severity => (SEVERITIES as readonly string[]).includes(s));
  const lvl = Number(params.get('asvs') ?? 0);
  const asvsLevel = lvl === 1 || lvl === 2 || lvl === 3 ? lvl : 0;
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
  return {
    filter: { query: params.get('q') ?? '', severities, asvsLevel },
    profile: profile as unknown as ArchitectureProfile,
    profileActive,
  };
}

function toReferenceParams(state: ReferenceState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.filter.query) p.set('q', state.filter.query);
  if (state.filter.severities.length) p.set('severity', state.filter.severities.join(','));
  if (state.filter.asvsLevel) p.set('asvs', String(state.filter.asvsLevel));
  const prof = Object.entries(state.profile)
    .filter(([, v]) => v !== null && v !== 'unknown')
    .map(([k, v]) => `${k}:${String(v)}`);
  if (prof.length) p.set('profile', prof.join(','));
  return p;
}

/**
 * Filter state for the reference view. It lives in component state so inputs respond at once
 * (round-tripping each keystroke through the URL drops characters typed faster than a render), and
 * is mirrored into the URL (replace, not push) so a filtered view can be shared and survives a
 * reload. Back/forward or a link that changes the URL resets it.
 */
export function useReferenceState() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parseReferenceParams(params));
  const written = useRef(params.toString());
  const current = params.toString();
  useEffect(() => {
    if (current !== written.current) {
      written.current = current;
      setState(parseReferenceParams(new URLSearchParams(current)));
    }
  }, [current]);
  const update = useCallback(
    (patch: Partial<Omit<ReferenceState, 'profileActive'>>) => {
      setState((prev) => {
        const merged = { ...prev, ...patch };
        const next = toReferenceParams(merged);
        written.current = next.toString();
        // Deferred: setting the URL is a side effect and must not run inside the state updater.
        queueMicrotask(() => setParams(next, { replace: true }));
        return parseReferenceParams(next);
      });
    },
    [setParams],
  );
  return { state, update, search: toReferenceParams(state).toString() };
}
