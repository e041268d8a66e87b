import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { serverRows } from '@/features/onboarding/brief-content';
import { layoutDiagram } from '@/features/onboarding/diagram-model';
import type { PackFile } from '@/features/onboarding/pack-file';
import { InventoryDiagram } from './inventory-diagram';
import { ServerTable } from './server-table';

/** "You are being onboarded by <team>": what the app is, what to read, what to send back and how. */
export function ContractorLanding({ pack }: { pack: PackFile }) {
  const { content } = pack;
  return (
    <section aria-labelledby="ob-landing-heading">
      <h2 id="ob-landing-heading">You are being onboarded by {content.team}</h2>
      <p>
        This app is the WebRTC Security Checklist: it runs entirely in your browser and sends nothing anywhere. {content.team} uses it
        for “{content.project}” and sent you this pack: how the system is laid out and the {content.rules.length} rules that are not
        negotiable.
      </p>
      <ol>
        <li>Read the architecture below, then go through the rules one by one and confirm each with “I understand”; ask a question on any rule.</li>
        <li>Enter your name, company and the date, and export your acknowledgement. Send that file back to {content.team}.</li>
        <li>
          If you run tests for them, send the results files too: the <Link to={paths.turn.getHref()}>TURN tester</Link>’s results file (or
          the command-line probe’s, <code>npm run probe -- … --json results.json</code>) and the{' '}
          <Link to={paths.coturn.getHref()}>coturn analyzer</Link>’s findings file: {content.team} attaches them to the project as evidence (“Attach results file to project”). The files hold URLs and verdicts, never your passwords or secrets.
        </li>
      </ol>
      <p className="pj-hint">Nothing you type here is stored: close the tab and it is gone. Only the acknowledgement file you export carries it.</p>
      {content.contacts && (
        <p>
          <strong>Contacts:</strong> {content.contacts}
        </p>
      )}
      <h3>Architecture</h3>
      <ServerTable rows={serverRows(content.inventory)} />
      <InventoryDiagram layout={layoutDiagram(content.inventory)} />
    </section>
  );
}
