/**
 * The checklist content (55 KB gzip), loaded when the reference needs the items as data: a filter, the
 * CSV download, a page rendered in the browser. The prerendered, unfiltered page hydrates without it
 * (its items stay the prerendered HTML). One request, shared; a failed load is retried on the next call.
 */
import type { ChecklistContent } from '@/entities/checklist/types';

let pending: Promise<ChecklistContent> | null = null;

export function loadChecklistContent(): Promise<ChecklistContent> {
  pending ??= import('@/entities/checklist/content').then(
    (m) => m.checklist,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
