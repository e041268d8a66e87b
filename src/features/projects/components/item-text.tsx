import { InlineText } from '@/components/ui/inline-text';
import type { ChecklistItem } from '@/entities/checklist/types';
import { LIMITS } from '@/features/projects/store';

/** An item's why, and (collapsed) how to verify, how to fix and its references. */
export function ItemText({ item }: { item: ChecklistItem }) {
  return (
    <>
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
    </>
  );
}

interface NaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/** The reason for N/A: asked for (a visible prompt while empty), never required. */
export function NaReasonField({ id, value, onChange }: NaProps) {
  const missing = value.trim() === '';
  return (
    <div className={`field pj-na-reason${missing ? ' pj-na-missing' : ''}`}>
      <label htmlFor={id}>Reason for N/A</label>
      <textarea id={id} rows={2} value={value} maxLength={LIMITS.naReason} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} />
      <span className="hint" id={`${id}-hint`}>
        {missing
          ? 'No reason yet: why does this not apply to your product? A reason helps the next reviewer (optional).'
          : 'Why this does not apply to your product. Kept with the answer and exported.'}
      </span>
    </div>
  );
}
