import { Link } from '@/components/ui/link';
import { InlineText } from '@/components/ui/inline-text';
import { paths } from '@/config/paths';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import { scopeReason } from '@/entities/checklist/scope-reason';
import type { ArchitectureProfile, ChecklistItem } from '@/entities/checklist/types';
import type { SectionGroup } from '@/features/checklist-reference/reference-view';
import { SearchMatch } from './search-match';

/** Links to each section with how many items it shows. */
export function SectionIndex({ groups }: { groups: readonly SectionGroup[] }) {
  return (
    <nav aria-label="Sections" className="section-index no-print">
      <ol>
        {groups.map(({ section, applicable: a, notApplicable: n }) => (
          <li key={section.id}>
            <a href={`#section-${section.id}`}>
              {section.title} <span className="count">({a.length + n.length})</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The sections that show items; the items that do not apply to the architecture fold away, with why. */
interface SectionListProps {
  groups: readonly SectionGroup[];
  profile: ArchitectureProfile;
  /** The filters as a query string, carried to the item pages. */
  search: string;
  /** The search words, to show where each item matched. */
  query: string;
}

export function SectionList({ groups, profile, search, query }: SectionListProps) {
  return (
    <>
      {groups.map(({ section, applicable: a, notApplicable: n }) =>
        a.length + n.length === 0 ? null : (
          <section key={section.id} id={`section-${section.id}`} aria-labelledby={`h-${section.id}`} className="checklist-section">
            <h2 id={`h-${section.id}`}>{section.title}</h2>
            <p className="section-summary">{section.summary}</p>
            <ul className="item-list">
              {a.map((item) => (
                <ItemRow key={item.id} item={item} search={search} query={query} />
              ))}
            </ul>
            {n.length > 0 && (
              <details className="not-applicable">
                <summary>
                  Not applicable to this architecture ({n.length})
                </summary>
                <ul className="item-list">
                  {n.map((item) => (
                    <ItemRow key={item.id} item={item} search={search} query={query} notApplicable={scopeReason(item, profile)} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        ),
      )}
    </>
  );
}

function ItemRow({ item, search, query, notApplicable }: { item: ChecklistItem; search: string; query: string; notApplicable?: string | null }) {
  const href = paths.checklistItem.getHref(item.id) + (search ? `?${search}` : '');
  return (
    <li className={notApplicable ? 'item-row is-na' : 'item-row'}>
      <article aria-labelledby={`t-${item.id}`}>
        <h3 id={`t-${item.id}`} className="item-title">
          <Link to={href}>{item.title}</Link>
        </h3>
        <p className="item-meta">
          <SeverityBadge severity={item.severity} />
          {item.standards.map((s) => (
            <span key={s.id} className="asvs-chip" title={`OWASP ASVS 5.0 requirement ${s.id}, level ${s.level}`}>
              ASVS {s.id} · L{s.level}
            </span>
          ))}
        </p>
        <p className="item-why">
          <InlineText text={item.why} />
        </p>
        <SearchMatch item={item} query={query} />
        {notApplicable && <p className="na-reason">Not applicable: {notApplicable}</p>}
      </article>
    </li>
  );
}

