import { PageTitle } from '@/components/ui/page-title';
import { ChecklistChangelog } from '@/features/checklist-reference/components/checklist-changelog';

export default function AboutPage() {
  return (
    <section aria-labelledby="page-heading" className="prose">
      <PageTitle title="About" />
      <h1 id="page-heading">About this tool</h1>
      <p>
        WebRTC encrypts media and data by default, but the parts left to you are where services get
        breached: TURN credentials that never expire, media-server control APIs reachable from the
        Internet, architectures nobody can draw any more, and backups left on public hosts. This
        tool walks your team through a checklist scoped to your architecture, tests your TURN
        server from the browser, and prints the result.
      </p>
      <h2>Your data stays here</h2>
      <ul>
        <li>Projects, answers and notes are stored in this browser&rsquo;s local storage only.</li>
        <li>The app makes no third-party requests: no analytics, fonts or CDNs.</li>
        <li>
          TURN passwords and shared secrets you enter in the tester are kept in memory for the test
          and never written to storage, logs or exports.
        </li>
      </ul>
      <ChecklistChangelog />
    </section>
  );
}
