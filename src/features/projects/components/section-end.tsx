import type { Ref } from 'react';
import { checklist } from '@/entities/checklist/content';
import type { SectionId } from '@/entities/checklist/types';
import { sectionEndText, type PoolCounts } from '@/features/projects/walkthrough-rows';

const SECTION_IDS = checklist.sections.map((s) => s.id);

interface Props {
  ref: Ref<HTMLElement>;
  sectionIndex: number;
  counts: PoolCounts;
  onGo: (section: SectionId) => void;
}

/**
 * The step after a section's last item (j reaches it): where the team stands in this section and
 * the way on to the next one.
 */
export function SectionEnd({ ref, sectionIndex, counts, onGo }: Props) {
  const prev = SECTION_IDS[sectionIndex - 1];
  const next = SECTION_IDS[sectionIndex + 1];
  const nextSection = next ? checklist.sections.find((s) => s.id === next) : undefined;
  const text = sectionEndText({ index: sectionIndex, count: SECTION_IDS.length }, counts, nextSection ? `${sectionIndex + 2}. ${nextSection.title}` : null);
  return (
    <nav ref={ref} tabIndex={-1} className="pj-section-nav no-print" aria-label="Sections">
      <p id="pj-section-end" className="pj-section-end">
        {text}
      </p>
      <div className="pj-section-nav-buttons">
        <button type="button" disabled={!prev} onClick={() => prev && onGo(prev)}>
          <span aria-hidden="true">←</span> Previous section
        </button>
        <button type="button" className="primary" disabled={!next} aria-describedby="pj-section-end" onClick={() => next && onGo(next)}>
          Next section <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}
