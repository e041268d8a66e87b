/**
 * React adapter for the projects view (projects-view.ts): the home page's list without the store,
 * and its actions, which load the store on first use.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ProjectsData } from '@/entities/project/types';
import { emptyData } from './persistence/codec';
import { getProjectsView } from './projects-view';
import type { ProjectsActions } from './store';
import { byLastChange, summarize, type ProjectSummary } from './summaries';

const SERVER_SNAPSHOT: ProjectsData = emptyData();
/** The prerendered page and its hydration show no projects (the server has no storage); the list follows at once. */
const serverSnapshot = () => SERVER_SNAPSHOT;

/** Name, last change and score of every project, most recently changed first. */
export function useListedProjects(): ProjectSummary[] {
  const view = getProjectsView();
  const { projects } = useSyncExternalStore(view.subscribe, view.get, serverSnapshot);
  return useMemo(() => Object.values(projects).map(summarize).sort(byLastChange), [projects]);
}

/** Runs an action once the store is loaded (at once when it is). Rejects when its code cannot be loaded. */
export function useWithProjectActions(): <R>(action: (actions: ProjectsActions) => R) => Promise<R> {
  return useCallback(<R,>(action: (actions: ProjectsActions) => R) => getProjectsView().loadStore().then((store) => action(store.getState())), []);
}

/** Starts loading the store (on pointer or focus near a control that needs it), so the click finds it loaded. */
export function preloadProjectsStore(): void {
  void getProjectsView().loadStore().catch(() => undefined);
}
