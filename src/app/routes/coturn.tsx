import { PageTitle } from '@/components/ui/page-title';

export default function CoturnPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="coturn config analyzer" />
      <h1 id="page-heading">coturn configuration analyzer</h1>
      <p>
        Paste a <code>turnserver.conf</code> to check it against the hardening items of the
        checklist. This analyzer is not available yet.
      </p>
    </section>
  );
}
