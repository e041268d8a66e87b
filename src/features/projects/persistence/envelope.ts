/**
 * Cheap checks of the stored projects value that need no schema library, so the app-level guard
 * can run them in the initial bundle before any page renders: valid JSON, the `{ version, state }`
 * envelope, and a version this app can read. The full read (migrations, shape, content upgrade)
 * runs in restore.ts, which reuses this parse.
 *
 * One tiny import (no dependencies): the guard, the store and the Node seeders all load this file.
 */
import { jsonErrorSummary } from '@/lib/json-error';


/** Version of the stored format. Bump it and add a step to MIGRATIONS in migrations.ts for any change (a test fails otherwise). */
export const STORAGE_SCHEMA_VERSION = 1;

export type StoredDataProblem =
  | { kind: 'invalid-json'; message: string }
  | { kind: 'wrong-shape'; message: string }
  | { kind: 'future-version'; message: string; version: number };

export type QuickCheckResult = { ok: true; state: unknown; version: number } | { ok: false; problem: StoredDataProblem };

let last: { raw: string; result: QuickCheckResult } | null = null;

/** JSON, envelope and version. The last result is kept, so the full decode does not parse again. */
export function quickCheck(raw: string): QuickCheckResult {
  if (last && last.raw === raw) return last.result;
  const result = check(raw);
  last = { raw, result };
  return result;
}

function check(raw: string): QuickCheckResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: { kind: 'invalid-json', message: `The stored value is not valid JSON (${jsonErrorSummary(error)}).` } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: { kind: 'wrong-shape', message: 'The stored value is not an object with "version" and "state".' } };
  }
  const { version, state } = json as { version?: unknown; state?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: { kind: 'wrong-shape', message: 'version: expected a whole number ≥ 0 (the storage format version).' } };
  }
  if (version > STORAGE_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'future-version',
        version,
        message: `The data was saved by a newer version of this app (storage format version ${version}; this version reads up to ${STORAGE_SCHEMA_VERSION}).`,
      },
    };
  }
  return { ok: true, state, version };
}
