/**
 * Reading the stored projects value as it is now, through the one read path (restore.ts), and
 * reporting what stops it: shared by the repository (hydration, other-tab merge, the re-read before
 * every write) and the projects view (the home page's list before the store loads).
 */
import { safeGetItem, type StorageLike } from '@/lib/storage';
import type { ProjectsData } from '@/entities/project/types';
import type { StoredDataProblem } from './envelope';
import { storageHealth, type SaveProblem } from './health';
import { decodePersisted } from './restore';

export type ReadStoredResult =
  | { ok: true; data: ProjectsData | null; raw: string | null }
  | { ok: false; reason: 'unavailable'; message: string }
  | { ok: false; reason: 'corrupt'; problem: StoredDataProblem; raw: string };

export function readStoredProjects(storage: StorageLike | null, key: string): ReadStoredResult {
  const got = safeGetItem(storage, key);
  if (!got.ok) return { ok: false, reason: 'unavailable', message: got.message };
  if (got.value === null) return { ok: true, data: null, raw: null };
  const decoded = decodePersisted(got.value);
  if (!decoded.ok) return { ok: false, reason: 'corrupt', problem: decoded.problem, raw: got.value };
  return { ok: true, data: decoded.data, raw: got.value };
}

/** Unreadable data goes to the recovery screen (backed up first); no storage at all is a save problem. */
export function reportReadProblem(storage: StorageLike | null, result: Exclude<ReadStoredResult, { ok: true }>): void {
  if (result.reason === 'corrupt') storageHealth.reportCorrupt(storage, result.problem, result.raw);
  else storageHealth.reportSaveProblem(saveProblemFor('unavailable', result.message));
}

export function saveProblemFor(reason: 'quota' | 'unavailable' | 'error', message: string): SaveProblem {
  if (reason === 'quota')
    return {
      kind: 'quota',
      message:
        'Your last change could not be saved because this browser’s storage for the app is full. It is kept in this tab until you close or reload it.',
    };
  if (reason === 'unavailable')
    return {
      kind: 'unavailable',
      message: 'This browser does not let the app use local storage, so changes are kept in this tab only until you close or reload it.',
    };
  return { kind: 'error', message: `Your last change could not be saved (${message}). It is kept in this tab until you close or reload it.` };
}
