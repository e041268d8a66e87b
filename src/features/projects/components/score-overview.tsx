import type { ReactNode } from 'react';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import { SCORE_FORMULA_TEXT, type ProjectScore } from '@/entities/checklist/scoring';
import type { ChecklistItemOutline } from '@/entities/checklist/types';
import type { OpenItem } from '@/entities/project/assessment';
import { STATUS_LABELS } from '@/features/projects/findings-csv';
import { SectionProgressTable } from './section-progress';

interface Props {
  score: ProjectScore;
  fixNext: readonly OpenItem<ChecklistItemOutline>[];
  overdue: readonly OpenItem<ChecklistItemOutline>[];
  onOpenSection: (sectionId: string) => void;
  onOpenItem: (sectionId: string, itemId: string) => void;
  /** Shown under the score: evidence that disagrees with answers, the score trend. */
  children?: ReactNode;
}

function statusLabel(item: OpenItem<ChecklistItemOutline>): string {
  return STATUS_LABELS[item.answer?.status ?? 'none'];
}

/** Score, grade and formula; progress per section; what to fix next; overdue items. */
export function ScoreOverview({ score, fixNext, overdue, onOpenSection, onOpenItem, children }: Props) {
  return (
    <section aria-labelledby="pj-overview-heading" className="pj-overview">
      <h2 id="pj-overview-heading">Overview</h2>
      <div className="pj-score-row">
        <div className="pj-score-card" role="group" aria-label="Score">
          <div className={`pj-grade grade-${score.grade ?? 'none'}`} aria-hidden="true">
            {score.grade ?? '—'}
          </div>
          <div>
            <p className="pj-score-value">
              {score.percent === null ? (
                'No score yet'
              ) : (
                <>
                  Score <strong>{score.percent}%</strong>, grade <strong>{score.grade}</strong>
                </>
              )}
            </p>
            {score.capped && (
              <p className="pj-cap">
                Capped at C: {score.openCritical} open critical item{score.openCritical === 1 ? '' : 's'} (grade {score.uncappedGrade} without the cap).
              </p>
            )}
            <p className="pj-hint">
              {score.answered} of {score.applicable} applicable items answered · {score.failing} failing · {score.openCritical} open critical ·{' '}
              {score.openHigh} open high
              {score.total > score.applicable && <> · {score.total - score.applicable} not applicable to your architecture</>}
            </p>
          </div>
        </div>
        <details className="pj-formula" open>
          <summary>How the score is computed</summary>
          <p>{SCORE_FORMULA_TEXT}</p>
        </details>
      </div>

      {children}
      <SectionProgressTable sections={score.sections} onOpenSection={onOpenSection} />

      <div className="pj-overview-lists">
        <div>
          <h3 id="pj-fix-next">What to fix next</h3>
          {fixNext.length === 0 ? (
            <p className="pj-hint">Nothing open: every applicable item is answered Yes or N/A.</p>
          ) : (
            <ol aria-labelledby="pj-fix-next" className="pj-fix-list">
              {fixNext.map((o) => (
                <li key={o.item.id}>
                  <SeverityBadge severity={o.item.severity} />{' '}
                  <button type="button" className="pj-link-button" onClick={() => onOpenItem(o.item.section, o.item.id)}>
                    {o.item.title}
                  </button>{' '}
                  <span className="pj-hint">({statusLabel(o)})</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3 id="pj-overdue">Overdue</h3>
          {overdue.length === 0 ? (
            <p className="pj-hint">No open item is past its due date.</p>
          ) : (
            <ul aria-labelledby="pj-overdue" className="pj-fix-list">
              {overdue.map((o) => (
                <li key={o.item.id}>
                  <span className="pj-overdue-date">{o.answer?.due}</span>{' '}
                  <button type="button" className="pj-link-button" onClick={() => onOpenItem(o.item.section, o.item.id)}>
                    {o.item.title}
                  </button>
                  {o.answer?.owner && <span className="pj-hint"> · {o.answer.owner}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
