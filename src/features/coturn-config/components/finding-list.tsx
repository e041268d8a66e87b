import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { getItem } from '@/entities/checklist/content';
import type { MappedFinding } from '@/features/coturn-config/analyze';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';

const HEADINGS: Readonly<Record<string, string>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Notes' };

/** Findings grouped by severity, each with its lines, open ranges, fix and checklist items. */
export function FindingList({
  findings,
  mask,
  maskFix,
}: {
  findings: readonly MappedFinding[];
  mask: (text: string) => string;
  maskFix: (text: string) => string;
}) {
  return (
    <>
      {FINDING_SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`ca-group ca-${severity}`} aria-labelledby={`ca-group-${severity}`}>
            <h3 id={`ca-group-${severity}`}>
              {HEADINGS[severity]} ({group.length})
            </h3>
            <ul className="ca-findings">
              {group.map((f, i) => (
                <li key={`${f.rule}-${i}`} className="ca-finding">
                  <p className="ca-finding-head">
                    <code>{f.rule}</code>
                    {f.lines.length > 0 && <span className="ca-lines">{f.lines.length === 1 ? `line ${f.lines[0]}` : `lines ${f.lines.join(', ')}`}</span>}
                  </p>
                  <p>{mask(f.message)}</p>
                  <p className="ca-why">{mask(f.why)}</p>
                  {f.openRanges !== undefined && f.openRanges.length > 0 && (
                    <details>
                      <summary>Ranges still open ({f.openRanges.length})</summary>
                      <ul className="ca-ranges">
                        {f.openRanges.map((r) => (
                          <li key={r}>
                            <code>{r}</code>
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                  <pre className="ca-fix" aria-label={`Fix for ${f.rule}`}>
                    {maskFix(f.fix)}
                  </pre>
                  {f.items.length > 0 && (
                    <p className="ca-items">
                      Evidence for:{' '}
                      {f.items.map((itemId, k) => (
                        <span key={itemId}>
                          {k > 0 && ', '}
                          <Link to={paths.checklistItem.getHref(itemId)}>{getItem(itemId)?.title ?? itemId}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
