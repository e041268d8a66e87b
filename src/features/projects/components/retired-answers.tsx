import type { RetiredAnswer } from '@/entities/project/assessment';
import { STATUS_LABELS } from '@/features/projects/findings-csv';

/** Answers to items no longer in the checklist: kept and shown, never scored or deleted. */
export function RetiredAnswers({ retired }: { retired: readonly RetiredAnswer[] }) {
  if (retired.length === 0) return null;
  return (
    <section aria-labelledby="pj-retired-heading" className="pj-retired">
      <h2 id="pj-retired-heading">Retired items</h2>
      <p className="pj-hint">
        These answers belong to items that are not in the current checklist. They are kept (and exported) but do not count
        towards the score.
      </p>
      <ul>
        {retired.map((r) => (
          <li key={r.id}>
            {r.title !== r.id && <strong>{r.title}</strong>} <code>{r.id}</code> — {STATUS_LABELS[r.answer.status ?? 'none']}
            {r.answer.note && <span>: {r.answer.note}</span>}
            <br />
            <span className="pj-hint">{r.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
