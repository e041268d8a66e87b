import { memo, useId } from 'react';
import { InlineText } from '@/components/ui/inline-text';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { ChecklistItem } from '@/entities/checklist/types';
import { createId } from '@/features/projects/model';
import { LIMITS, type ProjectsActions } from '@/features/projects/store';
import type { Answer, AnswerStatus } from '@/entities/project/types';
import { EvidenceList } from './evidence-list';
import { ItemHandoff, type HandoffContext } from './item-handoff';

export const ANSWER_OPTIONS: readonly { value: AnswerStatus; label: string; keys: string }[] = [
  { value: 'yes', label: 'Yes', keys: 'y or 1' },
  { value: 'partial', label: 'Partial', keys: 'p or 2' },
  { value: 'no', label: 'No', keys: 'n or 3' },
  { value: 'na', label: 'N/A', keys: 'a or 4' },
];

interface Props {
  projectId: string;
  item: ChecklistItem;
  answer: Answer | undefined;
  actions: ProjectsActions;
  /** Project name and tracker for "Copy as Markdown" and "Open issue" (absent: no hand-off actions). */
  handoff?: HandoffContext | undefined;
}

/**
 * One checklist item with its answer. The radio group is named by the item title; every field
 * saves on change (no Save button).
 */
export const ItemCard = memo(function ItemCard({ projectId, item, answer, actions, handoff }: Props) {
  const id = useId();
  const titleId = `${id}-title`;
  const status = answer?.status ?? null;
  const update = (patch: Parameters<ProjectsActions['updateAnswer']>[2]) => actions.updateAnswer(projectId, item.id, patch);

  return (
    <article className={`pj-item status-${status ?? 'none'}`} aria-labelledby={titleId} tabIndex={-1} data-item-id={item.id} id={`item-${item.id}`}>
      <header className="pj-item-header">
        <h4 id={titleId}>{item.title}</h4>
        <SeverityBadge severity={item.severity} />
      </header>
      <p className="pj-item-why">
        <InlineText text={item.why} />
      </p>
      <details className="pj-item-more">
        <summary>How to verify</summary>
        <p>
          <InlineText text={item.verify} />
        </p>
      </details>
      <details className="pj-item-more">
        <summary>How to fix</summary>
        <p>
          <InlineText text={item.fix} />
        </p>
      </details>
      {item.references.length > 0 && (
        <details className="pj-item-more">
          <summary>References</summary>
          <ul>
            {item.references.map((r) => (
              <li key={r.url}>
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="pj-answer">
        <div role="radiogroup" aria-labelledby={titleId} className="pj-answer-options">
          {ANSWER_OPTIONS.map((o) => (
            <label key={o.value} className={`pj-answer-option answer-${o.value}`}>
              <input type="radio" name={`${id}-status`} value={o.value} checked={status === o.value} onChange={() => update({ status: o.value })} />
              {o.label}
            </label>
          ))}
          {status !== null && (
            <button type="button" className="pj-link-button no-print" onClick={() => update({ status: null })}>
              Clear answer
            </button>
          )}
        </div>

        {status === 'na' && (
          <div className="field pj-na-reason">
            <label htmlFor={`${id}-na`}>Reason for N/A</label>
            <textarea
              id={`${id}-na`}
              rows={2}
              value={answer?.naReason ?? ''}
              maxLength={LIMITS.naReason}
              aria-describedby={`${id}-na-hint`}
              onChange={(e) => update({ naReason: e.target.value })}
            />
            <span className="hint" id={`${id}-na-hint`}>
              Why this does not apply to your product. Kept with the answer and exported.
            </span>
          </div>
        )}
        <div className="pj-answer-fields">
          <div className="field pj-note">
            <label htmlFor={`${id}-note`}>Note</label>
            <textarea id={`${id}-note`} rows={2} value={answer?.note ?? ''} maxLength={LIMITS.note} onChange={(e) => update({ note: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-owner`}>Owner</label>
            <input id={`${id}-owner`} type="text" value={answer?.owner ?? ''} maxLength={LIMITS.owner} onChange={(e) => update({ owner: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>Due date</label>
            <input id={`${id}-due`} type="date" value={answer?.due ?? ''} onChange={(e) => update({ due: e.target.value })} />
          </div>
        </div>
        <EvidenceList
          evidence={answer?.evidence ?? []}
          onAdd={(url, label) =>
            actions.attachEvidence(projectId, item.id, { id: createId('e'), kind: 'link', label, url, date: new Date().toISOString() })
          }
          onRemove={(evidenceId) => actions.removeEvidence(projectId, item.id, evidenceId)}
        />
        {handoff && <ItemHandoff item={item} answer={answer} context={handoff} />}
      </div>
    </article>
  );
});
