import { Link } from '@/components/ui/link';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

export function ProjectMissing() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Project not found" />
      <h1 id="page-heading">Project not found</h1>
      <p>There is no project with this address in this browser.</p>
      <p>
        <Link to={paths.home.getHref()}>Back to the projects</Link>
      </p>
    </section>
  );
}
