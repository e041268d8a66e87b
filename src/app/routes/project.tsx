import { useParams } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Project" />
      <h1 id="page-heading">Project</h1>
      <p>Project {projectId}</p>
    </section>
  );
}
