import { memo } from 'react';
import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { CHECK_INFO } from '@/entities/checklist/turn-check-info';
import { turnRelatedItems as RELATED } from '@/entities/checklist/turn-related-index';
import { CHECK_IDS } from '@/features/turn-tester/verdicts';

/** What each check means, with links to the checklist items its result is evidence for. */
export const CheckGuide = memo(function CheckGuide() {
  return (
    <section className="tt-guide" aria-labelledby="tt-guide-heading">
      <h2 id="tt-guide-heading">What the checks mean</h2>
      <dl>
        {CHECK_IDS.map((id) => {
          const info = CHECK_INFO[id];
          const items = RELATED[id];
          return (
            <div key={id} id={`check-${id}`} className="tt-guide-entry" tabIndex={-1}>
              <dt>
                {info.title} <code className="tt-check-id">{id}</code>
              </dt>
              <dd>
                <p>
                  {info.explanation} {info.when !== undefined && <span className="tt-hint">{info.when}</span>}
                </p>
                {items.length > 0 && (
                  <p className="tt-related">
                    Evidence for:{' '}
                    {items.map((item, i) => (
                      <span key={item.id}>
                        {i > 0 && '; '}
                        <Link to={paths.checklistItem.getHref(item.id)}>{item.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="notice">
        <strong>What a browser cannot test.</strong> Whether the server relays to private, loopback or cloud-metadata
        addresses (SSRF through TURN), port scans and parser bugs need a command-line tool such as stunner run against
        your server; see the{' '}
        <Link to={paths.checklistItem.getHref('turn-deny-special-purpose-peers')}>peer deny-list item</Link> of the
        checklist.
      </p>
    </section>
  );
});
