import { useMemo, useState } from 'react';
import { checklistOutline as checklist } from '@/entities/checklist/outline';
import { itemOutline } from '@/entities/checklist/outline-index';
import { compareWithRound, roundScoreText } from '@/entities/project/rounds';
import type { AssessmentRound, Project } from '@/entities/project/types';
import { RoundComparisonView } from './round-comparison';
import { RoundHistory } from './round-history';

interface Props {
  project: Project;
  score: Pick<AssessmentRound, 'percent' | 'grade'>;
  onStartRound: () => void;
}

/** Re-assessment: start a new round (the current one becomes read-only), compare with the last round, earlier rounds. */
export function RoundsPanel({ project, score, onStartRound }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const rounds = useMemo(() => project.rounds ?? [], [project.rounds]);
  const current = rounds.length + 1;
  const last = rounds[rounds.length - 1];
  const comparison = useMemo(
    () => (last ? compareWithRound(last, project, checklist.items, (id) => checklist.retired.find((r) => r.id === id)?.title ?? itemOutline(id)?.title ?? id) : null),
    [last, project],
  );
  const start = () => {
    onStartRound();
    setConfirming(false);
    setMessage(`Round ${current} closed and kept read-only; round ${current + 1} started from its answers.`);
  };
  return (
    <section aria-labelledby="pj-rounds-heading" className="pj-rounds">
      <h2 id="pj-rounds-heading">Assessment rounds</h2>
      <p>
        {rounds.length === 0 ? 'This is the first assessment round.' : `This is round ${current}.`} Re-assess regularly: starting a new round keeps
        this one read-only (answers, score {roundScoreText(score)}, date) and shows what changed since.
      </p>
      {confirming ? (
        <div className="pj-round-confirm no-print" role="group" aria-label="Start a new assessment round">
          <p>Close round {current} and start round {current + 1}? Your current answers are the starting point of the new round.</p>
          <button type="button" className="primary" onClick={start}>
            Start round {current + 1}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="no-print" onClick={() => setConfirming(true)}>
          Start a new assessment round
        </button>
      )}
      <p role="status" className="pj-hint">
        {message}
      </p>
      {comparison && last && <RoundComparisonView comparison={comparison} roundLabel={`round ${rounds.length}`} />}
      {rounds.length > 0 && <RoundHistory rounds={rounds} />}
    </section>
  );
}
