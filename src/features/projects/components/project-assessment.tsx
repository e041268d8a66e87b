import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { DisplayText } from '@/components/ui/display-text';
import { paths } from '@/config/paths';
import { checklist, CHECKLIST_ITEM_IDS } from '@/entities/checklist/content';
import { PROFILE_KEYS } from '@/entities/checklist/scope';
import { scoreProject } from '@/entities/checklist/scoring';
import { SECTION_IDS, SEVERITIES, type SectionId, type Severity } from '@/entities/checklist/types';
import { fixNext, overdueItems, retiredAnswers, todayIso, type StatusFilter } from '@/entities/project/assessment';
import { downloadFindings, downloadJiraCsv, downloadMarkdown, downloadProject } from '@/features/projects/exports';
import type { Project } from '@/entities/project/types';
import { useProject, useProjectActions } from '@/features/projects/use-projects';
import type { HandoffContext } from './item-handoff';
import { ContentUpdateNotice } from './content-update-notice';
import { ExportMessage, useExportMessage } from './export-message';
import { ProfileForm } from './profile-form';
import { PrintProfile } from './print-assessment';
import { formatDateTime } from './project-list';
import { RetiredAnswers } from './retired-answers';
import { ScoreOverview } from './score-overview';
import { StorageStatus } from './storage-status';
import { TrackerSettings } from './tracker-settings';
import { Walkthrough, type WalkthroughView } from './walkthrough';
import './projects.css';

function readView(params: URLSearchParams): WalkthroughView {
  const section = params.get('section');
  const status = params.get('show');
  const severity = params.get('severity');
  return {
    section: section === 'all' || (SECTION_IDS as readonly string[]).includes(section ?? '') ? (section as SectionId | 'all') : (SECTION_IDS[0] as SectionId),
    status: status === 'unanswered' || status === 'failing' ? (status as StatusFilter) : 'all',
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : 'all',
  };
}

interface Props {
  projectId: string;
  /** Extra downloads for the project (the route passes the PDF report and poster). */
  downloads?: (project: Project) => ReactNode;
}

/** The project page: overview, architecture profile, the guided walkthrough and retired answers. */
export function ProjectAssessment({ projectId, downloads }: Props) {
  const project = useProject(projectId);
  const actions = useProjectActions();
  const exported = useExportMessage();
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from "Create project": focus the new project's heading (instead of leaving it on <body>).
  const focusHeading = (useLocation().state as { focusHeading?: boolean } | null)?.focusHeading === true;
  const found = project !== undefined;
  useEffect(() => {
    if (focusHeading && found) heading.current?.focus();
  }, [focusHeading, found]);
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // The view lives in the URL (shareable, back/forward), mirrored in state so controls update at
  // once: router updates are transitions, and a controlled radio would flick back until they commit.
  const [local, setLocal] = useState(() => ({ urlSearch: search, search, view: readView(params), item: params.get('item') }));
  if (search !== local.urlSearch) {
    // The URL changed: either our own update committed, or back/forward or a link moved it.
    setLocal(search === local.search ? { ...local, urlSearch: search } : { urlSearch: search, search, view: readView(params), item: params.get('item') });
  }
  const { view, item: focusItem } = local;

  const setView = useCallback(
    (patch: Partial<WalkthroughView>, item?: string) => {
      // Start from the URL itself (history is updated synchronously), so quick successive changes all stick.
      const next = { ...readView(new URLSearchParams(window.location.search)), ...patch };
      const p = new URLSearchParams();
      if (next.section !== SECTION_IDS[0]) p.set('section', next.section);
      if (next.status !== 'all') p.set('show', next.status);
      if (next.severity !== 'all') p.set('severity', next.severity);
      if (item) p.set('item', item);
      setLocal((prev) => ({ ...prev, search: p.toString(), view: next, item: item ?? null }));
      setParams(p, { replace: !item });
    },
    [setParams],
  );
  const onViewChange = useCallback((patch: Partial<WalkthroughView>) => setView(patch), [setView]);
  const [allFindings, setAllFindings] = useState(false);
  const projectName = project?.name ?? '';
  const tracker = project?.tracker?.setting ?? null;
  const handoff = useMemo<HandoffContext>(() => ({ projectName, tracker }), [projectName, tracker]);

  const score = useMemo(() => (project ? scoreProject(checklist.items, project.profile, project.answers) : null), [project]);
  const lists = useMemo(() => {
    if (!project) return null;
    return {
      fixNext: fixNext(checklist.items, project.profile, project.answers),
      overdue: overdueItems(checklist.items, project.profile, project.answers, todayIso()),
      retired: retiredAnswers(project.answers, CHECKLIST_ITEM_IDS, checklist.retired),
    };
  }, [project]);

  if (!project || !score || !lists) {
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">Project not found</h1>
        <p>
          There is no project with this address in this browser. It may have been deleted (possibly in another tab), or it was
          created in another browser: export it there and import it here.
        </p>
        <p>
          <Link to={paths.home.getHref()}>Back to the projects</Link>
        </p>
      </section>
    );
  }

  const answeredProfile = PROFILE_KEYS.filter((k) => project.profile[k] !== 'unknown' && project.profile[k] !== null).length;

  return (
    <section aria-labelledby="page-heading" className="pj-project">
      <nav className="pj-breadcrumb no-print" aria-label="Breadcrumb">
        <Link to={paths.home.getHref()}>Projects</Link> <span aria-hidden="true">›</span>
      </nav>
      <div className="pj-page-header">
        <h1 id="page-heading" ref={heading} tabIndex={-1}>
          <DisplayText text={project.name} />
        </h1>
        <div className="pj-toolbar no-print" role="group" aria-label="Project actions">
          <button type="button" onClick={() => exported.show(downloadProject(project))}>
            Export project
          </button>
          <button type="button" onClick={() => exported.show(downloadMarkdown(project))}>
            Export Markdown
          </button>
          <button type="button" onClick={() => exported.show(downloadFindings(project, allFindings ? 'all' : 'open'))}>
            Export findings (CSV)
          </button>
          <label className="check">
            <input type="checkbox" checked={allFindings} onChange={(e) => setAllFindings(e.target.checked)} />
            Include closed and N/A items
          </label>
          <button type="button" onClick={() => exported.show(downloadJiraCsv(project))}>
            Export for Jira (CSV)
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <ExportMessage state={exported} />
      <p className="pj-meta">
        Last change {formatDateTime(project.updatedAt)} · checklist {checklist.version}
        {project.contentVersion !== checklist.version && <> (project last worked on with {project.contentVersion})</>}
      </p>
      <ContentUpdateNotice project={project} />
      <StorageStatus />

      <ScoreOverview
        score={score}
        fixNext={lists.fixNext}
        overdue={lists.overdue}
        onOpenSection={(section) => setView({ section: section as SectionId, status: 'all', severity: 'all' })}
        onOpenItem={(section, item) => setView({ section: section as SectionId, status: 'all', severity: 'all' }, item)}
      />

      {downloads && (
        <section aria-labelledby="pj-downloads-heading" className="pj-downloads no-print">
          <h2 id="pj-downloads-heading">Reports</h2>
          {downloads(project)}
        </section>
      )}

      <section aria-labelledby="pj-handoff-heading" className="pj-handoff-settings no-print">
        <h2 id="pj-handoff-heading">Hand-off</h2>
        <TrackerSettings key={project.id} setting={tracker} onSave={(s) => actions.setTracker(project.id, s)} />
      </section>

      <section aria-labelledby="pj-profile-heading" className="pj-profile">
        <h2 id="pj-profile-heading">Architecture profile</h2>
        <details className="no-print">
          <summary>
            {answeredProfile} of {PROFILE_KEYS.length} questions answered — edit the profile
          </summary>
          <p className="pj-hint">Changes apply at once: items that no longer apply are collapsed and leave the score.</p>
          <ProfileForm value={project.profile} onChange={(profile) => actions.setProfile(project.id, profile)} />
        </details>
        <PrintProfile profile={project.profile} />
      </section>

      <Walkthrough project={project} actions={actions} view={view} onViewChange={onViewChange} focusItem={focusItem} handoff={handoff} />
      <RetiredAnswers retired={lists.retired} />
    </section>
  );
}
