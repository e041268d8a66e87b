import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { getItem } from '@/entities/checklist/content';

/** A link to a checklist item's reference page, named by its title. */
export function ItemLink({ id }: { id: string }) {
  return <Link to={paths.checklistItem.getHref(id)}>{getItem(id)?.title ?? id}</Link>;
}
