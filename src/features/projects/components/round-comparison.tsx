import type { AnswerStatus } from '@/entities/project/types';
import type { RoundChange, RoundComparison } from '@/entities/project/rounds';
import { STATUS_LABELS } from '@/features/projects/findings-csv';

const label = (s: AnswerStatus | null) => STATUS_LABELS[s ?? 'none'];

const GROUPS = [
  ['worse', 'Worse'],
  ['improved', 'Improved'],
  ['changed', 'Changed to or from N/A'],
  ['added', 'New since the last round'],
] as const;

function ChangeList({ id, title, changes }: { id: string; title: string; changes: readonly RoundChange[] }) {
  if (changes.length === 0) return null;
  return (
    <>
      <h4 id={id}>
        {title} ({changes.length})
      </h4>
      <ul aria-labelledby={id} className="pj-round-changes">
        {changes.map((c) => (
          <li key={c.id}>
            {c.title}: {label(c.before)} → {label(c.after)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What got worse, what improved and what is new since the last closed round. */
export function RoundComparisonView({ comparison, roundLabel }: { comparison: RoundComparison; roundLabel: string }) {
  const { removed, checklistChanged } = comparison;
  const none = GROUPS.every(([key]) => comparison[key].length === 0) && removed.length === 0;
  return (
    <section aria-labelledby="pj-round-compare-heading" className="pj-round-compare">
      <h3 id="pj-round-compare-heading">Changes since {roundLabel}</h3>
      {checklistChanged && (
        <p className="pj-hint">
          The checklist changed since then: {checklistChanged.from} → {checklistChanged.to}. Items it added are listed as new.
        </p>
      )}
      {none && <p className="pj-hint">No answer has changed since {roundLabel}.</p>}
      {GROUPS.map(([key, title]) => (
        <ChangeList key={key} id={`pj-round-${key}`} title={title} changes={comparison[key]} />
      ))}
      {removed.length > 0 && (
        <>
          <h4 id="pj-round-removed">No longer applies or retired ({removed.length})</h4>
          <ul aria-labelledby="pj-round-removed" className="pj-round-changes">
            {removed.map((r) => (
              <li key={r.id}>
                {r.title} (was {label(r.before)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
