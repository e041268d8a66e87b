import { useCallback, useState } from 'react';
import { getOwn } from '@/lib/dict';
import { getProjectsView } from './projects-view';
import type { ProjectsStore } from './store';
import type { Project } from '@/entities/project/types';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; message: string }
  | { kind: 'confirm'; store: ProjectsStore; projects: Project[]; conflicts: { incoming: Project; existingName: string }[] }
  | { kind: 'done'; imported: { id: string; name: string }[] };

/**
 * Import flow shared by the file input and drag-and-drop: size check before reading, schema check,
 * then either import or ask what to do when a project with the same id exists (copy by default;
 * replace only when the user confirms).
 */
export function useProjectImport() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const commit = useCallback((store: ProjectsStore, projects: Project[], mode: 'copy' | 'replace') => {
    // One write for the whole file: other tabs never see half of it imported.
    const ids = store.getState().importProjects(projects, mode);
    const stored = store.getState().projects;
    const imported = ids.map((id, i) => ({ id, name: getOwn(stored, id)?.name ?? projects[i]?.name ?? id }));
    setState({ kind: 'done', imported });
  }, []);

  const importFiles = useCallback(
    async (files: FileList | readonly File[] | null) => {
      const file = files?.[0];
      if (!file) return;
      // The file format (schema, redaction) and the store load on the first import: the page shows without them.
      const loaded = await Promise.all([import('./project-file'), getProjectsView().loadStore()]).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
      if (loaded instanceof Error) {
        setState({ kind: 'error', message: `“${file.name}” was not imported: the import code could not be loaded (${loaded.message}). Reload the page and try again.` });
        return;
      }
      const [format, store] = loaded;
      const tooBig = format.checkImportSize(file.size);
      if (tooBig) {
        setState({ kind: 'error', message: `“${file.name}” was not imported. ${tooBig}` });
        return;
      }
      setState({ kind: 'reading' });
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        setState({ kind: 'error', message: `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const evidence = format.handOverIfEvidenceFile(text, file.name);
      if (evidence !== null) return setState({ kind: 'error', message: evidence });
      const result = format.parseProjectFile(text);
      if (!result.ok) {
        setState({ kind: 'error', message: `“${file.name}” was not imported. ${result.error}` });
        return;
      }
      const existing = store.getState().projects;
      const conflicts = result.value.projects.flatMap((incoming) => {
        const found = getOwn(existing, incoming.id);
        return found ? [{ incoming, existingName: found.name }] : [];
      });
      const { projects } = result.value;
      if (conflicts.length) setState({ kind: 'confirm', store, projects, conflicts });
      else commit(store, projects, 'copy');
    },
    [commit],
  );

  const resolve = useCallback(
    (mode: 'copy' | 'replace' | 'cancel') => {
      if (state.kind !== 'confirm') return;
      if (mode === 'cancel') setState({ kind: 'idle' });
      else commit(state.store, state.projects, mode);
    },
    [commit, state],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, importFiles, resolve, dismiss };
}

export type ProjectImport = ReturnType<typeof useProjectImport>;
