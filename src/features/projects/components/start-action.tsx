import type { ChecklistItemOutline } from '@/entities/checklist/types';

interface Props {
  /** The first applicable item without an answer, or null when all are answered. */
  next: ChecklistItemOutline | null;
  /** Whether any item has an answer yet ("Start" before, "Continue" after). */
  started: boolean;
  applicable: number;
  onGo: (item: ChecklistItemOutline) => void;
}

/** The page's primary action: start the assessment, or continue at the next unanswered item. */
export function StartAction({ next, started, applicable, onGo }: Props) {
  if (!next) {
    return (
      <p className="pj-start pj-start-done no-print" role="note">
        All {applicable} applicable items are answered. Review the overview below, or start a new round when you re-assess.
      </p>
    );
  }
  return (
    <div className="pj-start no-print">
      <button type="button" className="primary pj-start-button" onClick={() => onGo(next)}>
        {started ? `Continue: ${next.title}` : 'Start assessment'}
      </button>
      <span className="pj-hint">{started ? 'Takes you to the next unanswered item.' : `${applicable} items apply to your architecture; answers save as you go.`}</span>
    </div>
  );
}
