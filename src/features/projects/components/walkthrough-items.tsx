import { useState } from 'react';
import type { ProjectsActions } from '@/features/projects/store';
import type { AssessmentRow } from '@/features/projects/walkthrough-rows';
import { ItemCard } from './item-card';
import type { HandoffContext } from './item-handoff';

interface Props {
  projectId: string;
  rows: readonly AssessmentRow[];
  actions: ProjectsActions;
  handoff: HandoffContext | undefined;
  /** The item a focus request (a deep link, "What to fix next") is about: its card renders even when collapsed. */
  focusItemId?: string | undefined;
}

type RowProps = Omit<Props, 'rows' | 'focusItemId'> & AssessmentRow & { reason: string; focused: boolean };

/**
 * An item that does not apply, collapsed with the reason. Its card renders once the item is opened
 * (or asked for by a focus request): a section can hold many such items, and their cards, form
 * controls and texts are work the first view does not show.
 */
function NotApplicableItem({ projectId, item, answer, reason, actions, handoff, focused }: RowProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="pj-not-applicable" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <strong>{item.title}</strong> — Not applicable to your architecture: {reason}
      </summary>
      {(opened || focused) && <ItemCard projectId={projectId} item={item} answer={answer} actions={actions} handoff={handoff} />}
    </details>
  );
}

/** The listed items: cards, and items that do not apply collapsed with the reason. */
export function WalkthroughItems({ projectId, rows, actions, handoff, focusItemId }: Props) {
  if (rows.length === 0) return <p>No item matches these filters.</p>;
  return rows.map(({ item, answer, reason }) =>
    reason === null ? (
      <ItemCard key={item.id} projectId={projectId} item={item} answer={answer} actions={actions} handoff={handoff} />
    ) : (
      <NotApplicableItem
        key={item.id}
        projectId={projectId}
        item={item}
        answer={answer}
        reason={reason}
        actions={actions}
        handoff={handoff}
        focused={item.id === focusItemId}
      />
    ),
  );
}
