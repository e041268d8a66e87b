import { PageTitle } from '@/components/ui/page-title';
import { CoturnAnalyzer } from '@/features/coturn-config/components/coturn-analyzer';
import { AttachFindings } from './coturn/attach-findings';

export default function CoturnPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="coturn config analyzer" />
      <h1 id="page-heading">coturn configuration analyzer</h1>
      <CoturnAnalyzer attach={AttachFindings} />
    </section>
  );
}
