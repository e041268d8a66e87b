import { useId } from 'react';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { PackFile } from '@/features/onboarding/pack-file';

interface Props {
  pack: PackFile;
  index: number;
  onIndex: (index: number) => void;
  understood: ReadonlySet<string>;
  onUnderstood: (key: string, on: boolean) => void;
  questions: Readonly<Record<string, string>>;
  onQuestion: (key: string, text: string) => void;
}

/** The house rules one at a time: why, fix, the team's note, "I understand" and a question field. */
export function RuleWalkthrough({ pack, index, onIndex, understood, onUnderstood, questions, onQuestion }: Props) {
  const id = useId();
  const rules = pack.content.rules;
  const rule = rules[index];
  if (!rule) return null;
  const note = pack.content.notes.find((n) => n.itemId === rule.itemId)?.note;
  return (
    <section aria-labelledby="ob-rules-heading" className="ob-walkthrough">
      <h2 id="ob-rules-heading">House rules</h2>
      <p role="status">
        {understood.size} of {rules.length} understood
      </p>
      <article aria-labelledby={`${id}-title`} className="ob-rule">
        <h3 id={`${id}-title`}>
          Rule {index + 1} of {rules.length}: {rule.title}
        </h3>
        {rule.severity ? <SeverityBadge severity={rule.severity} /> : <p className="pj-hint">A rule of {pack.content.team}.</p>}
        {rule.why && (
          <p>
            <strong>Why:</strong> {rule.why}
          </p>
        )}
        {rule.fix && (
          <p>
            <strong>How:</strong> {rule.fix}
          </p>
        )}
        {note && (
          <p>
            <strong>Note from the team:</strong> {note}
          </p>
        )}
        <label className="check">
          <input type="checkbox" checked={understood.has(rule.key)} onChange={(e) => onUnderstood(rule.key, e.target.checked)} />I understand
        </label>
        <div className="field">
          <label htmlFor={`${id}-question`}>Question about this rule (optional)</label>
          <textarea id={`${id}-question`} rows={2} maxLength={1000} value={questions[rule.key] ?? ''} onChange={(e) => onQuestion(rule.key, e.target.value)} />
        </div>
      </article>
      <div className="ob-nav" role="group" aria-label="Rules">
        <button type="button" onClick={() => onIndex(index - 1)} disabled={index === 0}>
          Previous rule
        </button>
        <button type="button" onClick={() => onIndex(index + 1)} disabled={index === rules.length - 1}>
          Next rule
        </button>
      </div>
    </section>
  );
}
