/**
 * React adapters for the projects store. Components and other features use these hooks; actions
 * can also be called outside React with `getProjectsStore().getState().attachEvidence(…)`.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { getOwn } from '@/lib/dict';
import { getProjectsStore, selectActions, type ProjectsActions, type ProjectsState } from './store';
import { byLastChange } from './summaries';
import type { Project } from '@/entities/project/types';

function useProjectsStore<T>(selector: (state: ProjectsState) => T): T {
  return useStore(getProjectsStore(), selector);
}

export function useProject(projectId: string): Project | undefined {
  // getOwn: the id comes from the URL (`/projects/constructor` is a project id like any other).
  return useProjectsStore((s) => getOwn(s.projects, projectId));
}

let actions: ProjectsActions | null = null;

/** All actions, as one stable object (the functions are created once with the store). */
export function useProjectActions(): ProjectsActions {
  actions ??= selectActions(getProjectsStore().getState());
  return actions;
}

export interface ProjectOption {
  id: string;
  name: string;
  updatedAt: number;
}

const optionCache = new WeakMap<Project, ProjectOption>();
function toOption(p: Project): ProjectOption {
  let option = optionCache.get(p);
  if (!option) {
    option = { id: p.id, name: p.name, updatedAt: p.updatedAt };
    optionCache.set(p, option);
  }
  return option;
}

/** Projects for a "choose a project" picker (e.g. the TURN tester), most recently changed first. */
export function useProjectOptions(): ProjectOption[] {
  return useProjectsStore(useShallow((s) => Object.values(s.projects).map(toOption).sort(byLastChange)));
}
