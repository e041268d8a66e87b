import type { ProjectsActions } from '@/features/projects/store';
import type { AssessmentRow } from '@/features/projects/walkthrough-rows';
import { ItemCard } from './item-card';
import type { HandoffContext } from './item-handoff';

interface Props {
  projectId: string;
  rows: readonly AssessmentRow[];
  actions: ProjectsActions;
  handoff: HandoffContext | undefined;
}

/** The listed items: cards, and items that do not apply collapsed with the reason. */
export function WalkthroughItems({ projectId, rows, actions, handoff }: Props) {
  if (rows.length === 0) return <p>No item matches these filters.</p>;
  return rows.map(({ item, answer, reason }) =>
    reason === null ? (
      <ItemCard key={item.id} projectId={projectId} item={item} answer={answer} actions={actions} handoff={handoff} />
    ) : (
      <details key={item.id} className="pj-not-applicable">
        <summary>
          <strong>{item.title}</strong> — Not applicable to your architecture: {reason}
        </summary>
        <ItemCard projectId={projectId} item={item} answer={answer} actions={actions} handoff={handoff} />
      </details>
    ),
  );
}
