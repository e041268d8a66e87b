import { memo, useId } from 'react';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { ChecklistItem } from '@/entities/checklist/types';
import { createId } from '@/features/projects/model';
import { LIMITS, type ProjectsActions } from '@/features/projects/store';
import type { Answer, AnswerStatus } from '@/entities/project/types';
import { EvidenceAgreement } from './evidence-agreement';
import { EvidenceList } from './evidence-list';
import { ItemText, NaReasonField } from './item-text';
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
      <ItemText item={item} />

      <EvidenceAgreement answer={answer} />
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

        {status === 'na' && <NaReasonField id={`${id}-na`} value={answer?.naReason ?? ''} onChange={(naReason) => update({ naReason })} />}
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
