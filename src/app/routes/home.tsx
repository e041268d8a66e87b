import { Link } from '@/components/ui/link';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { ProjectsHome } from '@/features/projects/components/projects-home';

export default function HomePage() {
  return (
    <>
      <PageTitle title="Projects" />
      <ProjectsHome />
      <p className="no-print">
        A team sent you an onboarding pack? <Link to={paths.onboard.getHref()}>Open it as a contractor</Link>.
      </p>
    </>
  );
}
