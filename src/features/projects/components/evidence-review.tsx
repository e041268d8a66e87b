import { contradictionText, type EvidenceReview } from '@/entities/project/evidence-rules';
import type { ChecklistItemOutline } from '@/entities/checklist/types';

interface Props {
  review: EvidenceReview<ChecklistItemOutline>;
  onOpenItem: (sectionId: string, itemId: string) => void;
}

/** In the overview: answers that evidence contradicts, and items whose evidence is stale. */
export function EvidenceReviewPanel({ review, onOpenItem }: Props) {
  const contradicted = contradictionText(review.contradicted.length);
  if (!contradicted && review.stale.length === 0) return null;
  return (
    <div className="pj-evidence-review">
      {contradicted && (
        <p>
          <strong>{contradicted}</strong>: answered Yes while fresh evidence failed.{' '}
          <ItemButtons items={review.contradicted} onOpenItem={onOpenItem} />
        </p>
      )}
      {review.stale.length > 0 && (
        <p className="pj-stale">
          <strong>
            {review.stale.length} item{review.stale.length === 1 ? ' has' : 's have'} stale evidence, re-test:
          </strong>{' '}
          <ItemButtons items={review.stale} onOpenItem={onOpenItem} />
        </p>
      )}
    </div>
  );
}

/** The items as buttons that open them in the walkthrough, comma-separated. */
function ItemButtons({ items, onOpenItem }: { items: readonly { item: ChecklistItemOutline }[]; onOpenItem: Props['onOpenItem'] }) {
  return items.map(({ item }, i) => (
    <span key={item.id}>
      {i > 0 && ', '}
      <button type="button" className="pj-link-button" onClick={() => onOpenItem(item.section, item.id)}>
        {item.title}
      </button>
    </span>
  ));
}
