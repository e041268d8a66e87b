import { Link } from '@/components/ui/link';
import { useParams } from '@/app/route-params';
import { PageTitle } from '@/components/ui/page-title';
import { DisplayText } from '@/components/ui/display-text';
import { paths } from '@/config/paths';
import { OnboardingWorkspace } from '@/features/onboarding/components/onboarding-workspace';
import { useProject, useProjectActions } from '@/features/projects/use-projects';
import { AttachInventory } from './onboarding/attach-inventory';
import { ProjectMissing } from './onboarding/project-missing';

/** A project's contractor onboarding: composes the onboarding feature with the project's data and store. */
export default function ProjectOnboardingPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const actions = useProjectActions();
  if (!project) return <ProjectMissing />;
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title={`${project.name} · Contractor onboarding`} />
      <nav className="pj-breadcrumb" aria-label="Breadcrumb">
        <Link to={paths.home.getHref()}>Projects</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={paths.project.getHref(project.id)}>
          <DisplayText text={project.name} />
        </Link>{' '}
        <span aria-hidden="true">›</span>
      </nav>
      <h1 id="page-heading">Contractor onboarding</h1>
      <p>
        Hand a contractor, in one file, how the system is laid out and which rules are not negotiable, and know that they read
        them. The <Link to={paths.projectBrief.getHref(project.id)}>contractor brief</Link> prints the same.
      </p>
      <OnboardingWorkspace
        project={project}
        onUpdate={(change) => actions.updateOnboarding(project.id, change)}
        attachFindings={(outcomes) => <AttachInventory project={project} outcomes={outcomes} />}
      />
    </section>
  );
}
