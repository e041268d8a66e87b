import { lazy } from 'react';
import { useParams } from '@/app/route-params';
import { PageTitle } from '@/components/ui/page-title';
import { ChecklistReference } from '@/features/checklist-reference/components/checklist-reference';
import { PosterDownload } from '@/features/pdf/components/poster-download';

// An item's page shows its texts, from the whole content: the reference (prerendered, hydrated without
// the content) does not load it for them.
const ItemDetail = lazy(() => import('@/features/checklist-reference/components/item-detail').then((m) => ({ default: m.ItemDetail })));

export default function ChecklistPage() {
  const { itemId } = useParams();
  if (itemId) return <ItemDetail itemId={itemId} />;
  return (
    <>
      <PageTitle title="Checklist" />
      <ChecklistReference poster={<PosterDownload />} />
    </>
  );
}
