import { useState, type Ref } from 'react';
import { Link } from '@/components/ui/link';
import { DisplayText } from '@/components/ui/display-text';
import { paths } from '@/config/paths';
import type { Project } from '@/entities/project/types';
import type * as Exports from '@/features/projects/exports';
import { ExportMessage, useExportMessage } from './export-message';

interface Props {
  project: Project;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Breadcrumb, the project name and the project's exports. */
export function ProjectHeader({ project, headingRef }: Props) {
  const exported = useExportMessage();
  // The exports' code (project file schema, CSV and Markdown writers) loads with the first click.
  const exportWith = (download: (exports: typeof Exports) => number) => {
    import('@/features/projects/exports').then((exports) => exported.show(download(exports)), exported.fail);
  };
  const [allFindings, setAllFindings] = useState(false);
  return (
    <>
      <nav className="pj-breadcrumb no-print" aria-label="Breadcrumb">
        <Link to={paths.home.getHref()}>Projects</Link> <span aria-hidden="true">›</span>
      </nav>
      <div className="pj-page-header">
        <h1 id="page-heading" ref={headingRef} tabIndex={-1}>
          <DisplayText text={project.name} />
        </h1>
        <div className="pj-toolbar no-print" role="group" aria-label="Project actions">
          <button type="button" onClick={() => exportWith((e) => e.downloadProject(project))}>
            Export project
          </button>
          <button type="button" onClick={() => exportWith((e) => e.downloadMarkdown(project))}>
            Export Markdown
          </button>
          <button type="button" onClick={() => exportWith((e) => e.downloadFindings(project, allFindings ? 'all' : 'open'))}>
            Export findings (CSV)
          </button>
          <label className="check">
            <input type="checkbox" checked={allFindings} onChange={(e) => setAllFindings(e.target.checked)} />
            Include closed and N/A items
          </label>
          <button type="button" onClick={() => exportWith((e) => e.downloadJiraCsv(project))}>
            Export for Jira (CSV)
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <ExportMessage state={exported} />
    </>
  );
}

/** Shown for an address with no project in this browser. */
export function ProjectNotFound() {
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">Project not found</h1>
      <p>
        There is no project with this address in this browser. It may have been deleted (possibly in another tab), or it was created in
        another browser: export it there and import it here.
      </p>
      <p>
        <Link to={paths.home.getHref()}>Back to the projects</Link>
      </p>
    </section>
  );
}
