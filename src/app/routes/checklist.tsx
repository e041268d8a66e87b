import { useParams } from '@/app/route-params';
import { PageTitle } from '@/components/ui/page-title';
import { ChecklistReference } from '@/features/checklist-reference/components/checklist-reference';
import { ItemDetail } from '@/features/checklist-reference/components/item-detail';
import { PosterDownload } from '@/features/pdf/components/poster-download';

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
