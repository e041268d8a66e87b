/** One stored project with 80 answers, for figures that need a project page or a non-empty home. */
import type { Page } from '@playwright/test';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { encodeSeed, seedProjects } from '../src/testing/projects.ts';
import { STORAGE_KEYS } from '../src/lib/storage.ts';

const SEED = seedProjects(1, 80, checklist.items.map((i) => i.id));
const [SEEDED] = Object.values(SEED.projects);
if (!SEEDED) throw new Error('bench seed: no project');

/** The seeded project's id and name, read from the seed (a hard-coded id once pointed at "Project not found"). */
export const BENCH_PROJECT_ID = SEEDED.id;
export const BENCH_PROJECT_NAME = SEEDED.name;

export function answeredProjectSeed(): { key: string; value: string } {
  return { key: STORAGE_KEYS.projects, value: encodeSeed(SEED) };
}

export async function seedAnsweredProject(page: Page): Promise<void> {
  const { key, value } = answeredProjectSeed();
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
}
