import { PageTitle } from '@/components/ui/page-title';
import { ProjectsHome } from '@/features/projects/components/projects-home';

export default function HomePage() {
  return (
    <>
      <PageTitle title="Projects" />
      <ProjectsHome />
    </>
  );
}
