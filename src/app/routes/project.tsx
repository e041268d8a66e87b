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
import { lazy, Suspense } from 'react';

// The results-file parsers (valibot schemas for three formats) load after the page: the control shows at once.
const AttachResultsFile = lazy(() => import('./project/attach-results-file').then((m) => ({ default: m.AttachResultsFile })));

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const name = useProject(projectId)?.name;
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
        evidenceFiles={(project) => (
          <Suspense fallback={<p className="pj-hint">Loading…</p>}>
            <AttachResultsFile projectId={project.id} />
          </Suspense>
        )}
      />
    </>
  );
}
