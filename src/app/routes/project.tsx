import { Link } from '@/components/ui/link';
import { useParams } from '@/app/route-params';
import { paths } from '@/config/paths';
import { PageTitle } from '@/components/ui/page-title';
import { PosterDownload } from '@/features/pdf/components/poster-download';
import { ReportDownload } from '@/features/pdf/components/report-download';
import { slugify } from '@/lib/slug';
import { roundScores } from '@/entities/project/rounds';
import { ProjectAssessment } from '@/features/projects/components/project-assessment';
import { useProject } from '@/features/projects/use-projects';
import { useHydrated } from '@/lib/use-hydrated';
import { AttachResultsFile } from './project/attach-results-file';

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const name = useProject(projectId)?.name;
  const hydrated = useHydrated();
  // The prerendered skeleton (one HTML file for every project id): the project is in this browser's
  // storage, so it shows once the page has hydrated.
  if (!hydrated) return <ProjectSkeleton />;
  return (
    <>
      <PageTitle title={name ? `${name} · Project` : 'Project not found'} />
      <ProjectAssessment
        projectId={projectId}
        downloads={(project) => (
          <>
            <ReportDownload project={project} />
            <ReportDownload project={project} kind="executive" previousRounds={roundScores(project.rounds)} />
            <PosterDownload project={project} projectSlug={slugify(project.name)} />
            <p>
              <Link to={paths.turn.getHref(project.id)}>Test your TURN servers against this project</Link>: the TURN tester judges what
              you block on purpose (the profile&rsquo;s TURN question) as intended.
            </p>
            <p>
              <Link to={paths.projectOnboarding.getHref(project.id)}>Contractor onboarding</Link>: architecture inventory, house rules,
              onboarding pack and acknowledgements.
            </p>
          </>
        )}
        evidenceFiles={(project) => <AttachResultsFile projectId={project.id} />}
      />
    </>
  );
}

function ProjectSkeleton() {
  return (
    <section aria-labelledby="page-heading" className="project-skeleton">
      <PageTitle title="Project" />
      <h1 id="page-heading">Project</h1>
      <p className="page-loading" role="status">
        Opening the project saved in this browser…
      </p>
    </section>
  );
}
