import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from '@/lib/router';
import { paths } from '@/config/paths';
import { stripBidiControls } from '@/lib/display-text';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { ProjectsActions } from '@/features/projects/store';
import { useProjectImport } from '@/features/projects/use-project-import';
import { preloadProjectsStore, useListedProjects, useWithProjectActions } from '@/features/projects/use-projects-view';
import { ExportMessage, useExportMessage } from './export-message';
import { ImportMessages, ImportProjectButton } from './import-project';
import { ProjectList, type ProjectListActions } from './project-list';
import { StorageStatus } from './storage-status';
import { UndoToast, type UndoItem } from './undo-toast';
import './projects.css';

// The form and its profile questions load when "New project" is pressed (or pointed at, or focused):
// the list paints without them.
const loadNewProjectForm = () =>
  import('./new-project-form').then(
    (m) => ({ default: m.NewProjectForm }),
    (error: unknown) => ({
      default: () => (
        <p className="pj-hint" role="alert">
          The new-project form could not be loaded ({error instanceof Error ? error.message : String(error)}). Reload the page and try again.
        </p>
      ),
    }),
  );
const NewProjectForm = lazy(loadNewProjectForm);
const preloadNewProjectForm = () => {
  void loadNewProjectForm();
  preloadProjectsStore();
};

/**
 * Drag and drop anywhere on the page (the whole document, header and footer included) while the
 * home page is shown, as the hint says. Returns whether files are being dragged over it.
 */
function useFileDrop(importFiles: (files: FileList | null) => Promise<void>): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      // Leaving the window: no related target.
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void importFiles(e.dataTransfer?.files ?? null);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);
  return dragging;
}

const storeLoadFailed = (error: unknown) =>
  `The change was not made: the projects code could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`;

/**
 * The home page body: the projects list, create, import (button and drag-and-drop), export all.
 * The list comes from the projects view; the store loads on the first action (use-projects-view.ts).
 */
export function ProjectsHome() {
  useState(() => performance.mark('projects:home-mount'));
  const projects = useListedProjects();
  const withActions = useWithProjectActions();
  const [actionError, setActionError] = useState<string | null>(null);
  const importer = useProjectImport();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [undo, setUndo] = useState<UndoItem | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);

  const create = (name: string, profile: ArchitectureProfile) => {
    withActions((a) => a.createProject({ name, profile })).then(
      // The project page focuses its heading (focus would otherwise be left on <body>).
      (id) => navigate(paths.project.getHref(id), { state: { focusHeading: true } }),
      (error: unknown) => setActionError(storeLoadFailed(error)),
    );
  };

  const listActions = useMemo<ProjectListActions>(() => {
    const run = (action: (a: ProjectsActions) => unknown) => withActions(action).catch((error: unknown) => setActionError(storeLoadFailed(error)));
    return {
      rename: (id, name) => void run((a) => a.renameProject(id, name)),
      duplicate: (id) => void run((a) => a.duplicateProject(id)),
      remove: (id) =>
        void run((a) => {
          const deleted = a.deleteProject(id);
          if (deleted)
            setUndo({ key: Date.now(), message: `Deleted “${stripBidiControls(deleted.name)}”.`, undo: () => a.restoreProject(deleted) });
        }),
    };
  }, [withActions]);

  const exported = useExportMessage();
  const { importFiles } = importer;

  const dragging = useFileDrop(importFiles);

  return (
    <section aria-labelledby="page-heading" className={`pj-home${dragging ? ' is-dragging' : ''}`}>
      <div className="pj-page-header">
        <h1 id="page-heading" tabIndex={-1}>
          Projects
        </h1>
        <div className="pj-toolbar" role="group" aria-label="Project actions">
          <button
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
            onPointerEnter={preloadNewProjectForm}
            onFocus={preloadNewProjectForm}
            aria-expanded={creating}
          >
            New project
          </button>
          <ImportProjectButton importer={importer} />
          <button type="button" onClick={exported.exportAll} disabled={projects.length === 0}>
            Export all projects
          </button>
        </div>
      </div>
      <ExportMessage state={exported} />
      {actionError && (
        <p className="pj-hint" role="alert">
          {actionError}
        </p>
      )}
      <StorageStatus />
      <ImportMessages importer={importer} />
      {creating && (
        <Suspense
          fallback={
            <p className="pj-hint" role="status">
              Loading the form…
            </p>
          }
        >
          <NewProjectForm onCreate={create} onCancel={() => setCreating(false)} />
        </Suspense>
      )}

      {projects.length === 0 ? (
        <div className="pj-empty">
          <h2>Assess your WebRTC product</h2>
          <p>
            A project tracks your answers to the security checklist for one product: what is done, what is missing, who owns
            it and by when. It lives in this browser only, so export it to share or keep a copy.
          </p>
          {!creating && (
            <p>
              <button type="button" className="primary" onClick={() => setCreating(true)} onPointerEnter={preloadNewProjectForm} onFocus={preloadNewProjectForm}>
                Create your first project
              </button>{' '}
              or drop a project file here.
            </p>
          )}
        </div>
      ) : (
        <ProjectList projects={projects} actions={listActions} />
      )}
      <p className="pj-hint pj-drop-hint">Tip: drop a project file anywhere on this page to import it.</p>
      <div className="pj-drop-overlay" aria-hidden="true">
        Drop the project file to import it
      </div>
      <UndoToast item={undo} onDone={clearUndo} />
    </section>
  );
}
