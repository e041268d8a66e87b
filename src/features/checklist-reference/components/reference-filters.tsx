import { useId } from 'react';
import { checklistSummary } from '@/entities/checklist/reference-summary';
import { PROFILE_QUESTIONS } from '@/entities/checklist/profile-questions';
import { SEVERITIES, type ArchitectureProfile, type ProfileKey } from '@/entities/checklist/types';
import { profileValue, type ReferenceState } from '@/features/checklist-reference/reference-params';

interface FiltersProps {
  state: ReferenceState;
  update: (patch: Partial<ReferenceState>) => void;
  /** Shown when a filter or the scope is set. */
  onClear: (() => void) | null;
}

/** Search, severity, ASVS level and architecture scope of the reference view. */
export function ReferenceFilters({ state, update, onClear }: FiltersProps) {
  const ids = { search: useId(), level: useId() };
  const setProfile = (key: ProfileKey, raw: string) => {
    update({ filter: state.filter, profile: { ...state.profile, [key]: profileValue(raw) } as ArchitectureProfile });
  };
  return (
    <div role="search" className="filters no-print" aria-label="Filter the checklist">
      <div className="field">
        <label htmlFor={ids.search}>Search checklist</label>
        <input
          id={ids.search}
          type="search"
          value={state.filter.query}
          placeholder="e.g. credentials, recording, 17.2.1"
          onChange={(e) => update({ filter: { ...state.filter, query: e.target.value } })}
        />
      </div>
      <fieldset className="severity-filter">
        <legend>Severity</legend>
        {SEVERITIES.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={state.filter.severities.includes(s)}
              onChange={(e) =>
                update({
                  filter: {
                    ...state.filter,
                    severities: e.target.checked
                      ? SEVERITIES.filter((x) => x === s || state.filter.severities.includes(x))
                      : state.filter.severities.filter((x) => x !== s),
                  },
                })
              }
            />
            {s[0]?.toUpperCase() + s.slice(1)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.level}>OWASP ASVS level</label>
        <select
          id={ids.level}
          value={state.filter.asvsLevel}
          onChange={(e) =>
            update({ filter: { ...state.filter, asvsLevel: Number(e.target.value) as 0 | 1 | 2 | 3 } })
          }
        >
          <option value={0}>All items</option>
          {/* ASVS 5.0 chapter V17 has no level-1 requirement today: the option says so instead of showing 0 items. */}
          <option value={1} disabled={!checklistSummary.hasLevel1}>
            {checklistSummary.hasLevel1 ? 'Level 1 requirements' : 'Level 1 (V17 has none)'}
          </option>
          <option value={2}>Level 1–2 requirements</option>
          <option value={3}>Level 1–3 requirements</option>
        </select>
      </div>
      <details className="profile-filter" open={state.profileActive}>
        <summary>Scope to an architecture</summary>
        <p className="hint">Items that do not apply to the architecture stay listed, marked as not applicable.</p>
        {PROFILE_QUESTIONS.map((q) => (
          <ProfileSelect key={q.key} question={q} value={state.profile[q.key]} onChange={setProfile} />
        ))}
      </details>
      {onClear && (
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}

function ProfileSelect({
  question,
  value,
  onChange,
}: {
  question: (typeof PROFILE_QUESTIONS)[number];
  value: ArchitectureProfile[ProfileKey];
  onChange: (key: ProfileKey, raw: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{question.label}</label>
      <select id={id} value={String(value)} onChange={(e) => onChange(question.key, e.target.value)}>
        {question.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
