import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { getItem } from '@/entities/checklist/content';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { InventoryFinding, RuleOutcome } from '@/features/onboarding/inventory-rules';

interface Props {
  outcomes: readonly RuleOutcome[];
  findings: readonly InventoryFinding[];
}

/** Findings of the inventory rules, each with the checklist items it concerns; then what passed. */
export function InventoryFindings({ outcomes, findings }: Props) {
  const passed = outcomes.filter((o) => o.applicable && o.findings.length === 0);
  return (
    <div className="ob-findings">
      {findings.length === 0 ? (
        <p>{outcomes.some((o) => o.applicable) ? 'No finding: the inventory follows every rule that applies to it.' : 'Add servers to check the architecture.'}</p>
      ) : (
        <ul className="ob-finding-list" aria-label="Inventory findings">
          {findings.map((f) => (
            <li key={f.id}>
              <SeverityBadge severity={f.severity} /> <strong>{f.title}</strong>
              <p>{f.detail}</p>
              <p className="pj-hint">
                Checklist:{' '}
                {f.itemIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <Link to={paths.checklistItem.getHref(id)}>{getItem(id)?.title ?? id}</Link>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details>
          <summary>
            {passed.length} {passed.length === 1 ? 'rule passes' : 'rules pass'}
          </summary>
          <ul>
            {passed.map((o) => (
              <li key={o.rule}>{o.summary}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
