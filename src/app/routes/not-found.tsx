import { useLocation } from '@/lib/router';
import { Link } from '@/components/ui/link';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Page not found" />
      <h1 id="page-heading">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. Check the address for a typo, or go to the{' '}
        <Link to={paths.home.getHref()}>projects</Link> or the{' '}
        <Link to={paths.checklist.getHref()}>checklist</Link>.
      </p>
    </section>
  );
}
