import { useState } from 'react';
import { answerEvidenceState, evidenceOutcome, STALE_AFTER_DAYS } from '@/entities/project/evidence-rules';
import { EVIDENCE_KIND_NOUNS } from '@/entities/project/evidence-labels';
import type { Answer } from '@/entities/project/types';
import { formatDay } from '@/lib/format-date';


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
              {i > 0 && '; '}the {EVIDENCE_KIND_NOUNS[e.kind]} of {formatDay(e.date)} failed ({e.label})
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
              {EVIDENCE_KIND_NOUNS[e.kind]} of {formatDay(e.date)}
              {evidenceOutcome(e) ? ` (${evidenceOutcome(e)})` : ''} is older than {STALE_AFTER_DAYS[e.kind]} days
            </span>
          ))}
          . It is shown but not counted.
        </p>
      )}
    </>
  );
}
