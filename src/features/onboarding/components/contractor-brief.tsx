import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { BriefContent } from '@/features/onboarding/brief-content';
import { InventoryDiagram } from './inventory-diagram';
import { ServerTable } from './server-table';
import './onboarding.css';

/** The contractor brief on screen (the PDF prints the same content). */
export function ContractorBrief({ brief }: { brief: BriefContent }) {
  return (
    <div className="ob-brief">
      <p>
        Prepared by {brief.team}. Read it whole, then sign the acknowledgement at the end (or import the onboarding pack in the app and
        send back the acknowledgement file).
      </p>
      <section aria-labelledby="ob-brief-arch">
        <h2 id="ob-brief-arch">Architecture</h2>
        <ServerTable rows={brief.servers} />
        <InventoryDiagram layout={brief.diagram} />
      </section>
      <section aria-labelledby="ob-brief-rules">
        <h2 id="ob-brief-rules">House rules</h2>
        <ol className="ob-brief-rules">
          {brief.rules.map((r, i) => (
            <li key={i}>
              <strong>{r.title}</strong> {r.severity && <SeverityBadge severity={r.severity} />}
              {r.why && <p>Why: {r.why}</p>}
              {r.fix && <p>How: {r.fix}</p>}
            </li>
          ))}
        </ol>
      </section>
      {brief.contacts && (
        <section aria-labelledby="ob-brief-contacts">
          <h2 id="ob-brief-contacts">Contacts</h2>
          <p>{brief.contacts}</p>
        </section>
      )}
      <section aria-labelledby="ob-brief-ack">
        <h2 id="ob-brief-ack">Acknowledgement</h2>
        <p>
          I have read this brief and understood the {brief.rules.length} house rules above, and I will follow them while working for{' '}
          {brief.team}.
        </p>
        <p className="ob-signature">Name: ____________ Company: ____________ Date: ____________ Signature: ____________</p>
      </section>
    </div>
  );
}
