/** One stored project with 80 answers, for figures that need a project page or a non-empty home. */
import type { Page } from '@playwright/test';
import { checklist } from '../src/entities/checklist/content/index.ts';
import { encodeSeed, seedProjects } from '../src/testing/projects.ts';
import { STORAGE_KEYS } from '../src/lib/storage.ts';

/** The id seedProjects gives the first project (src/testing/projects.ts); the benches check the page shows it. */
export const BENCH_PROJECT_ID = 'seed-000';
export const BENCH_PROJECT_NAME = 'Product 1 — initial assessment';

export function answeredProjectSeed(): { key: string; value: string } {
  return { key: STORAGE_KEYS.projects, value: encodeSeed(seedProjects(1, 80, checklist.items.map((i) => i.id))) };
}

export async function seedAnsweredProject(page: Page): Promise<void> {
  const { key, value } = answeredProjectSeed();
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
}
