import { useState } from 'react';
import { answerEvidenceState, evidenceOutcome, STALE_AFTER_DAYS } from '@/entities/project/evidence-rules';
import type { Answer, EvidenceKind } from '@/entities/project/types';

const KIND_TEXT: Record<EvidenceKind, string> = { link: 'link', 'turn-test': 'TURN test', 'coturn-config': 'coturn config review', inventory: 'architecture inventory' };

function day(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/**
 * On an item: a warning when the answer is Yes but fresh evidence failed, and a note when evidence
 * is stale (shown, never counted).
 */
export function EvidenceAgreement({ answer }: { answer: Answer | undefined }) {
  // When the page opened: staleness is counted in days, a re-render need not move it.
  const [now] = useState(() => Date.now());
  const { contradicting, stale } = answerEvidenceState(answer, now);
  if (contradicting.length === 0 && stale.length === 0) return null;
  return (
    <>
      {contradicting.length > 0 && (
        <p className="pj-contradiction">
          <strong>Contradicted by evidence:</strong> answered Yes, but{' '}
          {contradicting.map((e, i) => (
            <span key={e.id}>
              {i > 0 && '; '}the {KIND_TEXT[e.kind]} of {day(e.date)} failed ({e.label})
            </span>
          ))}
          . Re-check the answer, or fix and re-test.
        </p>
      )}
      {stale.length > 0 && (
        <p className="pj-stale">
          <strong>Stale evidence, re-test:</strong>{' '}
          {stale.map((e, i) => (
            <span key={e.id}>
              {i > 0 && '; '}
              {KIND_TEXT[e.kind]} of {day(e.date)}
              {evidenceOutcome(e) ? ` (${evidenceOutcome(e)})` : ''} is older than {STALE_AFTER_DAYS[e.kind]} days
            </span>
          ))}
          . It is shown but not counted.
        </p>
      )}
    </>
  );
}
