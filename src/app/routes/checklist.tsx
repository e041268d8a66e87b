import { PageTitle } from '@/components/ui/page-title';

export default function ChecklistPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Checklist" />
      <h1 id="page-heading">WebRTC security checklist</h1>
    </section>
  );
}
