import type { AcknowledgementRecord, IssuedPack } from '@/entities/onboarding/types';
import { ackStanding } from '@/features/onboarding/acknowledgement-file';
import { shortDigest } from '@/features/onboarding/digest';
import type { OffboardingTask } from '@/features/onboarding/offboarding';

interface Props {
  records: readonly AcknowledgementRecord[];
  currentDigest: string | null;
  packs: readonly IssuedPack[];
  tasks: readonly OffboardingTask[];
  onTick: (recordId: string, taskId: string, done: boolean) => void;
}

const STANDING_TEXT = {
  current: 'Acknowledged the current rules.',
  older: 'Acknowledged an older version of the rules: send the current pack again.',
  unknown: 'Acknowledged a pack this project never exported.',
} as const;

/** Who acknowledged which pack, whether it is still the current one, and their offboarding list. */
export function AckList({ records, currentDigest, packs, tasks, onTick }: Props) {
  if (records.length === 0) return <p>No acknowledgement recorded yet.</p>;
  return (
    <ul className="ob-acks" aria-label="Acknowledgements">
      {records.map((r) => {
        const standing = currentDigest === null ? null : ackStanding(r, currentDigest, packs);
        const done = new Set(r.offboarded);
        return (
          <li key={r.id} className="ob-ack">
            <h4>
              {r.name}
              {r.company ? `, ${r.company}` : ''} — signed {r.date}
            </h4>
            {r.integrity === 'tampered' && (
              <p className="field-error">Tampered: this acknowledgement was changed after the contractor exported it (its digest does not match).</p>
            )}
            {standing && <p className={standing === 'current' ? '' : 'field-error'}>{STANDING_TEXT[standing]}</p>}
            <p className="pj-hint">
              Pack exported {r.packExportedAt.slice(0, 10)} ({shortDigest(r.packDigest)}), {r.ruleCount} rules; imported{' '}
              {new Date(r.importedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC.
            </p>
            {r.questions.length > 0 && (
              <>
                <p>Questions:</p>
                <ul>
                  {r.questions.map((q) => (
                    <li key={q.rule}>
                      <strong>{q.rule}:</strong> {q.text}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <fieldset>
              <legend>
                Offboarding {r.name}: {tasks.filter((t) => done.has(t.id)).length} of {tasks.length} done
              </legend>
              {tasks.map((t) => (
                <label key={t.id} className="check">
                  <input type="checkbox" checked={done.has(t.id)} onChange={(e) => onTick(r.id, t.id, e.target.checked)} />
                  {t.text}
                </label>
              ))}
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}
