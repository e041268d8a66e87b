import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { itemOutline } from '@/entities/checklist/outline-index';

/** A link to a checklist item's reference page, named by its title. */
export function ItemLink({ id }: { id: string }) {
  return <Link to={paths.checklistItem.getHref(id)}>{itemOutline(id)?.title ?? id}</Link>;
}
