/**
 * Validating a record keyed by outside data (answers by item id, tombstones by project id).
 * valibot's `record` skips `__proto__`, `prototype` and `constructor` (a deny-list), so a stored
 * answer or tombstone under such a key would vanish; here every own key is kept, in a
 * null-prototype record (lib/dict.ts), and the first bad key or value is named.
 */
import * as v from 'valibot';
import { emptyDict, setEntry, type Dict } from '@/lib/dict';
import type { Result } from '@/lib/result';
import { echoKey, formatIssue } from './issue-path';

export interface KeyRule {
  readonly pattern: RegExp;
  readonly message: string;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `path` names the record in messages, e.g. `project.answers` → `project.answers["x"].status: …`. */
export function parseDict<S extends v.GenericSchema>(
  input: unknown,
  valueSchema: S,
  path: string,
  key?: KeyRule,
): Result<Dict<v.InferOutput<S>>> {
  if (!isPlainObject(input)) return { ok: false, error: `${path}: expected an object` };
  const out = emptyDict<v.InferOutput<S>>();
  for (const k of Object.keys(input)) {
    // The path is only built for a message: quoting a key (echoKey scans it for secrets) for every
    // entry cost ~40 ms of a project page's load with 80 answers.
    const at = () => `${path}[${echoKey(k)}]`;
    if (key && !key.pattern.test(k)) return { ok: false, error: `${at()}: ${key.message}` };
    const parsed = v.safeParse(valueSchema, input[k], { abortEarly: true });
    if (!parsed.success) return { ok: false, error: formatIssue(parsed.issues[0], at()) };
    setEntry(out, k, parsed.output);
  }
  return { ok: true, value: out };
}
