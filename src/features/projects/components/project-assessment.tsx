import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { AfterPaint } from '@/components/ui/after-paint';
import { useLocation } from '@/lib/router';
import { checklistOutline as checklist } from '@/entities/checklist/outline';
import { OUTLINE_ITEM_IDS } from '@/entities/checklist/outline-index';
import { scoreProject } from '@/entities/checklist/scoring';
import type { ChecklistItem, SectionId } from '@/entities/checklist/types';
import { fixNext, nextUnanswered, overdueItems, retiredAnswers, todayIso } from '@/entities/project/assessment';
import { reviewEvidence } from '@/entities/project/evidence-rules';
import { scoreTrend, trendText } from '@/entities/project/rounds';
import type { Project } from '@/entities/project/types';
import { useAssessmentView } from '@/features/projects/use-assessment-view';
import { useProject, useProjectActions } from '@/features/projects/use-projects';
import { EvidenceReviewPanel } from './evidence-review';
import type { HandoffContext } from './item-handoff';
import { ContentUpdateNotice } from './content-update-notice';
import { ProfileSection } from './profile-section';
import { ProjectHeader, ProjectNotFound } from './project-header';
import { formatDateTime } from '@/lib/format-date';
import { RetiredAnswers } from './retired-answers';
import { RoundsPanel } from './rounds-panel';
import { ScoreOverview } from './score-overview';
import { StartAction } from './start-action';
import { StorageStatus } from './storage-status';
import { TrackerSettings } from './tracker-settings';
import './projects.css';

// The walkthrough shows every item's texts (the whole checklist content): it loads after the overview.
const Walkthrough = lazy(() => import('./walkthrough').then((m) => ({ default: m.Walkthrough })));

interface Props {
  projectId: string;
  /** Extra downloads for the project (the route passes the PDF report and poster). */
  downloads?: (project: Project) => ReactNode;
  /** "Attach results file to project" (the route composes it: the files come from other features). */
  evidenceFiles?: (project: Project) => ReactNode;
}

function assess(project: Project) {
  return {
    score: scoreProject(checklist.items, project.profile, project.answers),
    fixNext: fixNext(checklist.items, project.profile, project.answers),
    overdue: overdueItems(checklist.items, project.profile, project.answers, todayIso()),
    retired: retiredAnswers(project.answers, OUTLINE_ITEM_IDS, checklist.retired),
    next: nextUnanswered(checklist.items, project.profile, project.answers),
    started: Object.values(project.answers).some((a) => a.status !== null),
    evidence: reviewEvidence(checklist.items, project.profile, project.answers, Date.now()),
  };
}

/** The project page: start/continue, overview, architecture profile, the guided walkthrough and retired answers. */
export function ProjectAssessment({ projectId, downloads, evidenceFiles }: Props) {
  const project = useProject(projectId);
  const actions = useProjectActions();
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from "Create project": focus the new project's heading (instead of leaving it on <body>).
  const focusHeading = (useLocation().state as { focusHeading?: boolean } | null)?.focusHeading === true;
  const found = project !== undefined;
  useEffect(() => {
    if (focusHeading && found) heading.current?.focus();
  }, [focusHeading, found]);
  const { view, focus, setView } = useAssessmentView();
  const projectName = project?.name ?? '';
  const tracker = project?.tracker?.setting ?? null;
  const handoff = useMemo<HandoffContext>(() => ({ projectName, tracker }), [projectName, tracker]);
  const lists = useMemo(() => (project ? assess(project) : null), [project]);
  const openItem = useCallback((item: Pick<ChecklistItem, 'id' | 'section'>) => setView({ section: item.section, status: 'all', severity: 'all' }, { kind: 'item', id: item.id }), [setView]);

  if (!project || !lists) return <ProjectNotFound />;

  return (
    <section aria-labelledby="page-heading" className="pj-project">
      <ProjectHeader project={project} headingRef={heading} />
      <p className="pj-meta">
        Last change {formatDateTime(project.updatedAt)} · checklist {checklist.version}
        {project.contentVersion !== checklist.version && <> (project last worked on with {project.contentVersion})</>}
      </p>
      <ContentUpdateNotice project={project} />
      <StartAction next={lists.next} started={lists.started} applicable={lists.score.applicable} onGo={openItem} />
      <StorageStatus />

      <ScoreOverview
        score={lists.score}
        fixNext={lists.fixNext}
        overdue={lists.overdue}
        onOpenSection={(section) => setView({ section: section as SectionId, status: 'all', severity: 'all' }, { kind: 'section' })}
        onOpenItem={(section, id) => openItem({ section: section as SectionId, id })}
      >
        {project.rounds?.length ? <p className="pj-trend">Score trend: {trendText(scoreTrend(project.rounds, lists.score))}</p> : null}
        <EvidenceReviewPanel review={lists.evidence} onOpenItem={(section, id) => openItem({ section: section as SectionId, id })} />
      </ScoreOverview>
      {/* Below the overview: mounted after it has painted, so the first commit and layout hold only the
          overview (simulated LCP of a project page 1.99–2.15 s → 1.63–1.86 s, Lighthouse mobile). */}
      <AfterPaint fallback={null}>
        <RoundsPanel project={project} score={lists.score} onStartRound={() => actions.startRound(project.id)} />

        {downloads && (
          <section aria-labelledby="pj-downloads-heading" className="pj-downloads no-print">
            <h2 id="pj-downloads-heading">Reports</h2>
            {downloads(project)}
          </section>
        )}

        {evidenceFiles && (
          <section aria-labelledby="pj-evidence-files-heading" className="pj-evidence-files no-print">
            <h2 id="pj-evidence-files-heading">Results files</h2>
            {evidenceFiles(project)}
          </section>
        )}

        <section aria-labelledby="pj-handoff-heading" className="pj-handoff-settings no-print">
          <h2 id="pj-handoff-heading">Hand-off</h2>
          <TrackerSettings key={project.id} setting={tracker} onSave={(s) => actions.setTracker(project.id, s)} />
        </section>

        <ProfileSection profile={project.profile} onChange={(profile) => actions.setProfile(project.id, profile)} />
        {/* Already after the paint (the AfterPaint around it): a plain boundary while its code loads. */}
        <Suspense
          fallback={
            <p className="page-loading" role="status">
              Loading the checklist…
            </p>
          }
        >
          <Walkthrough project={project} actions={actions} view={view} onViewChange={setView} focus={focus} handoff={handoff} />
        </Suspense>
        <RetiredAnswers retired={lists.retired} />
      </AfterPaint>
    </section>
  );
}
