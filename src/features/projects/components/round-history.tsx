import { itemOutline } from '@/entities/checklist/outline-index';
import { roundScoreText } from '@/entities/project/rounds';
import type { AnswerStatus, AssessmentRound } from '@/entities/project/types';
import { STATUS_LABELS } from '@/features/projects/findings-csv';
import { formatDateTime } from '@/lib/format-date';

/** Closed rounds, newest first, each read-only: date, score, checklist version and every answer. */
export function RoundHistory({ rounds }: { rounds: readonly AssessmentRound[] }) {
  return (
    <>
      <h3 id="pj-round-history">Previous rounds</h3>
      <ul aria-labelledby="pj-round-history" className="pj-round-history">
        {rounds
          .map((r, i) => ({ r, n: i + 1 }))
          .reverse()
          .map(({ r, n }) => {
            const answered = Object.entries(r.statuses);
            return (
              <li key={r.id}>
                <details>
                  <summary>
                    Round {n} · closed {formatDateTime(r.closedAt)} · score {roundScoreText(r)} · checklist {r.contentVersion} · {answered.length} of{' '}
                    {r.applicable.length} answered
                  </summary>
                  <p className="pj-hint">Read-only: this is what the team answered in round {n}.</p>
                  <ul className="pj-round-answers">
                    {answered.map(([id, status]) => (
                      <li key={id}>
                        {itemOutline(id)?.title ?? id}: {STATUS_LABELS[status as AnswerStatus]}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
      </ul>
    </>
  );
}
