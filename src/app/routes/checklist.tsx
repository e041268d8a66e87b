import { useParams } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { ChecklistReference } from '@/features/checklist/components/checklist-reference';
import { ItemDetail } from '@/features/checklist/components/item-detail';

export default function ChecklistPage() {
  const { itemId } = useParams();
  if (itemId) return <ItemDetail itemId={itemId} />;
  return (
    <>
      <PageTitle title="Checklist" />
      <ChecklistReference />
    </>
  );
}
