import { useMemo } from 'react';
import { Link } from '@/components/ui/link';
import { useParams } from '@/app/route-params';
import { DisplayText } from '@/components/ui/display-text';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { briefContent } from '@/features/onboarding/brief-content';
import { ContractorBrief } from '@/features/onboarding/components/contractor-brief';
import { BriefDownload } from '@/features/pdf/components/brief-download';
import { useProject } from '@/features/projects/use-projects';
import type { Project } from '@/entities/project/types';
import { ProjectMissing } from './onboarding/project-missing';

/** The contractor brief of a project: on screen, and as a PDF (composes onboarding and pdf). */
export default function ProjectBriefPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  if (!project) return <ProjectMissing />;
  return <Brief project={project} />;
}

function Brief({ project }: { project: Project }) {
  const brief = useMemo(() => briefContent(project), [project]);
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title={`${project.name} · Contractor brief`} />
      <nav className="pj-breadcrumb no-print" aria-label="Breadcrumb">
        <Link to={paths.project.getHref(project.id)}>
          <DisplayText text={project.name} />
        </Link>{' '}
        <span aria-hidden="true">›</span> <Link to={paths.projectOnboarding.getHref(project.id)}>Contractor onboarding</Link>{' '}
        <span aria-hidden="true">›</span>
      </nav>
      <h1 id="page-heading">
        Contractor brief: <DisplayText text={project.name} />
      </h1>
      <BriefDownload brief={brief} />
      <ContractorBrief brief={brief} />
    </section>
  );
}
