import { useDeferredValue, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { InlineText } from '@/components/ui/inline-text';
import { paths } from '@/config/paths';
import { saveText } from '@/lib/download';
import { checklist } from '@/entities/checklist/content';
import { isFilterActive, matchesFilter } from '@/entities/checklist/filter';
import { checklistCsvFileName, toChecklistCsv } from '@/entities/checklist/publication';
import { appliesToProfile, EMPTY_PROFILE, PROFILE_QUESTIONS, scopeReason } from '@/entities/checklist/scope';
import { SEVERITIES, type ArchitectureProfile, type ChecklistItem, type ProfileKey } from '@/entities/checklist/types';
import { useReferenceState } from '@/features/checklist-reference/use-checklist-filter';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import { SearchMatch } from './search-match';
import './checklist.css';

/** ASVS 5.0 chapter V17 has no level-1 requirement today; the option says so instead of showing 0 items. */
const HAS_LEVEL_1 = checklist.items.some((i) => i.standards.some((s) => s.level === 1));

/** `poster` is the poster download, composed in by the route (the PDF feature is not imported here). */
export function ChecklistReference({ poster }: { poster?: ReactNode }) {
  const { state, update, search } = useReferenceState();
  const query = useDeferredValue(state.filter.query);
  const filter = useMemo(() => ({ ...state.filter, query }), [state.filter, query]);
  const ids = { search: useId(), level: useId(), csvHint: useId() };

  const groups = useMemo(
    () =>
      checklist.sections.map((section) => {
        const items = checklist.items.filter((i) => i.section === section.id && matchesFilter(i, filter));
        return {
          section,
          applicable: items.filter((i) => appliesToProfile(i, state.profile)),
          notApplicable: items.filter((i) => !appliesToProfile(i, state.profile)),
        };
      }),
    [filter, state.profile],
  );
  const shown = groups.reduce((n, g) => n + g.applicable.length + g.notApplicable.length, 0);
  const applicable = groups.reduce((n, g) => n + g.applicable.length, 0);
  const active = isFilterActive(state.filter) || state.profileActive;
  // The CSV holds what the filters show (only the items that apply, when scoped to an architecture).
  const exported = groups.flatMap((g) => (state.profileActive ? g.applicable : [...g.applicable, ...g.notApplicable]));
  const clearAll = (keepProfile: boolean) => {
    update({ filter: { query: '', severities: [], asvsLevel: 0 }, ...(keepProfile ? {} : { profile: EMPTY_PROFILE }) });
  };

  const setProfile = (key: ProfileKey, raw: string) => {
    const value = raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : raw;
    update({ filter: state.filter, profile: { ...state.profile, [key]: value } as ArchitectureProfile });
  };

  // A #section-… link opened from outside (or a reload) arrives before this lazy route has rendered,
  // so the browser found no target. Once the list is on screen, scroll to it (once per mount).
  const hashHandled = useRef(false);
  useEffect(() => {
    if (hashHandled.current || shown === 0) return;
    hashHandled.current = true;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, [shown]);

  return (
    <div className="checklist-reference">
      <header className="page-header">
        <h1 id="page-heading">WebRTC security checklist</h1>
        <p className="lede">
          {checklist.items.length} items in {checklist.sections.length} sections · version {checklist.version} (
          {checklist.date}). Every item says why it matters, how to verify it and how to fix it, with sources.
        </p>
        <div className="actions no-print">
          <button
            type="button"
            aria-describedby={active ? ids.csvHint : undefined}
            onClick={() => saveText(toChecklistCsv(checklist, exported), checklistCsvFileName(checklist.version, active), 'text/csv')}
          >
            Download checklist (CSV)
          </button>
          <a className="button" href="/checklist.json" download={`webrtc-security-checklist-${checklist.version}.json`}>
            Download checklist (JSON)
          </a>
          {active && (
            <p className="hint" id={ids.csvHint}>
              The CSV holds the {exported.length} item{exported.length === 1 ? '' : 's'} the filters below show.
            </p>
          )}
        </div>
        {poster}
      </header>

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
            <option value={1} disabled={!HAS_LEVEL_1}>
              {HAS_LEVEL_1 ? 'Level 1 requirements' : 'Level 1 (V17 has none)'}
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
        {active && (
          <button type="button" onClick={() => clearAll(false)}>
            Clear filters
          </button>
        )}
      </div>

      <p className="result-count" role="status" aria-live="polite">
        {active
          ? `${shown} of ${checklist.items.length} items match${state.profileActive ? `; ${applicable} apply to this architecture` : ''}.`
          : `Showing all ${checklist.items.length} items.`}
      </p>

      <nav aria-label="Sections" className="section-index no-print">
        <ol>
          {groups.map(({ section, applicable: a, notApplicable: n }) => (
            <li key={section.id}>
              <a href={`#section-${section.id}`}>
                {section.title} <span className="count">({a.length + n.length})</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {groups.map(({ section, applicable: a, notApplicable: n }) =>
        a.length + n.length === 0 ? null : (
          <section key={section.id} id={`section-${section.id}`} aria-labelledby={`h-${section.id}`} className="checklist-section">
            <h2 id={`h-${section.id}`}>{section.title}</h2>
            <p className="section-summary">{section.summary}</p>
            <ul className="item-list">
              {a.map((item) => (
                <ItemRow key={item.id} item={item} search={search} query={query} />
              ))}
            </ul>
            {n.length > 0 && (
              <details className="not-applicable">
                <summary>
                  Not applicable to this architecture ({n.length})
                </summary>
                <ul className="item-list">
                  {n.map((item) => (
                    <ItemRow key={item.id} item={item} search={search} query={query} notApplicable={scopeReason(item, state.profile)} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        ),
      )}
      {shown === 0 && (
        <p className="empty">
          No item matches these filters.{' '}
          <button type="button" onClick={() => clearAll(true)}>
            Clear search and filters
          </button>
        </p>
      )}
    </div>
  );
}

function ItemRow({ item, search, query, notApplicable }: { item: ChecklistItem; search: string; query: string; notApplicable?: string | null }) {
  const href = paths.checklistItem.getHref(item.id) + (search ? `?${search}` : '');
  return (
    <li className={notApplicable ? 'item-row is-na' : 'item-row'}>
      <article aria-labelledby={`t-${item.id}`}>
        <h3 id={`t-${item.id}`} className="item-title">
          <Link to={href}>{item.title}</Link>
        </h3>
        <p className="item-meta">
          <SeverityBadge severity={item.severity} />
          {item.standards.map((s) => (
            <span key={s.id} className="asvs-chip" title={`OWASP ASVS 5.0 requirement ${s.id}, level ${s.level}`}>
              ASVS {s.id} · L{s.level}
            </span>
          ))}
        </p>
        <p className="item-why">
          <InlineText text={item.why} />
        </p>
        <SearchMatch item={item} query={query} />
        {notApplicable && <p className="na-reason">Not applicable: {notApplicable}</p>}
      </article>
    </li>
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
