import { sectionOutline } from '@/entities/checklist/outline-index';
import type { SectionProgress } from '@/entities/checklist/scoring';
import { answeredShare } from '@/features/projects/overview-model';

interface Props {
  sections: readonly SectionProgress[];
  /** Opens the section in the walkthrough (scrolled to, heading focused). */
  onOpenSection: (sectionId: string) => void;
}

/** "Progress per section": one row per section; on a narrow screen each row reflows into a labelled block. */
export function SectionProgressTable({ sections, onOpenSection }: Props) {
  return (
    <>
      <h3>Progress per section</h3>
      <table className="pj-sections pj-reflow">
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Answered</th>
            <th scope="col">Score</th>
            <th scope="col">Failing</th>
            <th scope="col">Open critical</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => {
            const done = answeredShare(s);
            return (
              <tr key={s.sectionId}>
                <th scope="row">
                  <button type="button" className="pj-link-button" onClick={() => onOpenSection(s.sectionId)}>
                    {sectionOutline(s.sectionId)?.title ?? s.sectionId}
                  </button>
                </th>
                <td data-label="Answered">
                  {s.answered}/{s.applicable}
                  {done === null ? (
                    <span className="pj-hint"> none apply</span>
                  ) : (
                    <span className="pj-bar" aria-hidden="true">
                      <span style={{ width: `${done}%` }} />
                    </span>
                  )}
                </td>
                <td data-label="Score">{s.percent === null ? '—' : `${s.percent}%`}</td>
                <td data-label="Failing">{s.failing}</td>
                <td data-label="Open critical" className={s.openCritical ? 'pj-critical-count' : ''}>
                  {s.openCritical}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
