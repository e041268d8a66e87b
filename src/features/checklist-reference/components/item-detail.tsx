import { useEffect, useRef } from 'react';
import { Navigate, useLocation } from '@/lib/router';
import { Link } from '@/components/ui/link';
import { InlineText } from '@/components/ui/inline-text';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { checklist, getItem, getSection } from '@/entities/checklist/content';
import { successorOf } from '@/entities/checklist/successors';
import { appliesToText } from '@/entities/checklist/publication';
import { useReferenceState } from '@/features/checklist-reference/use-checklist-filter';
import { evidenceSourceLabel } from '@/entities/checklist/turn-check-info';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import './checklist.css';

/** A link to an id that is not (or no longer) a checklist item. */
function MissingItem({ itemId, back }: { itemId: string; back: string }) {
  const retired = checklist.retired.find((r) => r.id === itemId);
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Checklist item not found" />
      <h1 id="page-heading">{retired ? `Retired item: ${retired.title}` : 'Checklist item not found'}</h1>
      <p>
        {retired ? (
          <>
            This item was retired in version {retired.retiredIn}: {retired.reason}
          </>
        ) : (
          <>
            There is no checklist item with the id <code>{itemId}</code>. Check the link for a typo.
          </>
        )}
      </p>
      <p>
        <Link to={back}>Back to the checklist</Link>
      </p>
    </section>
  );
}

export function ItemDetail({ itemId }: { itemId: string }) {
  const { search } = useReferenceState();
  const item = getItem(itemId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [itemId]);
  const back = paths.checklist.getHref() + (search ? `?${search}` : '');
  const mergedFrom = (useLocation().state as { mergedFrom?: unknown } | null)?.mergedFrom;
  const successor = item ? undefined : successorOf(checklist, itemId);

  // A retired id that was merged: published links keep working.
  if (successor) return <Navigate replace to={paths.checklistItem.getHref(successor) + (search ? `?${search}` : '')} state={{ mergedFrom: itemId }} />;
  if (!item) return <MissingItem itemId={itemId} back={back} />;

  const section = getSection(item.section);
  const siblings = checklist.items.filter((i) => i.section === item.section);
  const index = siblings.findIndex((i) => i.id === item.id);
  const prev = siblings[index - 1];
  const next = siblings[index + 1];

  return (
    <article className="item-detail" aria-labelledby="page-heading">
      <PageTitle title={item.title} />
      <p className="breadcrumb no-print">
        <Link to={back}>← Checklist</Link> / {section?.title}
      </p>
      <h1 id="page-heading" ref={heading} tabIndex={-1}>
        {item.title}
      </h1>
      {typeof mergedFrom === 'string' && (
        <p className="notice" role="status">
          The link you followed pointed to <code>{mergedFrom}</code>, which was merged into this item in checklist{' '}
          {checklist.retired.find((r) => r.id === mergedFrom)?.retiredIn ?? checklist.version}.
        </p>
      )}
      <p className="item-meta">
        <SeverityBadge severity={item.severity} />
        <span className="item-id">
          id <code>{item.id}</code>
        </span>
        {item.standards.map((s) => (
          <span key={s.id} className="asvs-chip">
            OWASP ASVS {s.id} · L{s.level}
          </span>
        ))}
      </p>
      <h2>Why it matters</h2>
      <p>
        <InlineText text={item.why} />
      </p>
      <h2>How to verify</h2>
      <p className="prewrap">
        <InlineText text={item.verify} />
      </p>
      <h2>How to fix</h2>
      <p className="prewrap">
        <InlineText text={item.fix} />
      </p>
      <h2>Applies to</h2>
      <p>{item.appliesTo ? appliesToText(item.appliesTo) : 'Every architecture.'}</p>
      {item.evidence.length > 0 && (
        <>
          <h2>Automated evidence</h2>
          <ul>
            {item.evidence.map((e) => (
              <li key={e}>{evidenceSourceLabel(e)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>References</h2>
      <ul className="references">
        {item.references.map((r) => (
          <li key={r.url + r.title}>
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
            </a>
          </li>
        ))}
      </ul>
      {item.tags.length > 0 && (
        <p className="tags">
          Tags:{' '}
          {item.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </p>
      )}
      <nav className="pager no-print" aria-label="Items in this section">
        {prev ? (
          <Link to={paths.checklistItem.getHref(prev.id) + (search ? `?${search}` : '')} rel="prev">
            ← Previous: {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={paths.checklistItem.getHref(next.id) + (search ? `?${search}` : '')} rel="next">
            Next: {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
