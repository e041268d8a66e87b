import { checklist } from '@/entities/checklist/content';
import { SEVERITIES, type SectionId, type Severity } from '@/entities/checklist/types';
import type { WalkthroughView } from '@/features/projects/assessment-view';

const STATUS_OPTIONS = [
  ['all', 'All items'],
  ['unanswered', 'Unanswered'],
  ['failing', 'Failing (No or Partial)'],
] as const;

interface Props {
  view: WalkthroughView;
  onViewChange: (patch: Partial<WalkthroughView>) => void;
}

/** Section, status and severity filters of the walkthrough. */
export function WalkthroughFilters({ view, onViewChange }: Props) {
  return (
    <div className="pj-filters no-print" role="group" aria-label="Filters">
      <div className="field">
        <label htmlFor="pj-filter-section">Section</label>
        <select id="pj-filter-section" value={view.section} onChange={(e) => onViewChange({ section: e.target.value as SectionId | 'all' })}>
          {checklist.sections.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
          <option value="all">All sections</option>
        </select>
      </div>
      <fieldset>
        <legend>Show</legend>
        {STATUS_OPTIONS.map(([value, label]) => (
          <label key={value} className="pj-option">
            <input type="radio" name="pj-filter-status" value={value} checked={view.status === value} onChange={() => onViewChange({ status: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="pj-filter-severity">Severity</label>
        <select id="pj-filter-severity" value={view.severity} onChange={(e) => onViewChange({ severity: e.target.value as Severity | 'all' })}>
          <option value="all">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s[0]?.toUpperCase()}
              {s.slice(1)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
