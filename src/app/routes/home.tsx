import { PageTitle } from '@/components/ui/page-title';

export default function HomePage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Projects" />
      <h1 id="page-heading">Projects</h1>
      <p>Assess a WebRTC product against the checklist. Projects are kept in this browser only.</p>
    </section>
  );
}
