/**
 * Reading a JSON file from outside (a project file, an onboarding pack or acknowledgement, a results
 * or findings file a contractor sends back): size limit, BOM, JSON syntax, "an array is not a file",
 * then the valibot schema whose first issue names the field. Never throws: whatever goes wrong
 * becomes a message.
 */
import * as v from 'valibot';
import { formatIssue } from '@/lib/issue-path';
import { jsonErrorSummary } from '@/lib/json-error';
import { fail, type Result } from '@/lib/result';

export interface JsonFileKind {
  /** E.g. "TURN results file", in "This is not a TURN results file: …" ("an" before a vowel). */
  readonly name: string;
  /** E.g. "results file", in "expected a results file (a JSON object), got an array". */
  readonly noun: string;
  /** The message for a file of this many characters that is too large, or null. */
  readonly tooBig: (chars: number) => string | null;
  /** Put before the schema's (or the array) message, e.g. "This project file cannot be imported: ". */
  readonly refused?: string;
}

/** "a TURN results file", "an onboarding pack": the names are fixed English words, so the first letter decides. */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

export function parseJsonFile<S extends v.GenericSchema, T>(
  input: string,
  kind: JsonFileKind,
  schema: S,
  then: (file: v.InferOutput<S>) => Result<T>,
): Result<T> {
  try {
    if (typeof input !== 'string') return fail('The file could not be read as text.');
    const tooBig = kind.tooBig(input.length);
    if (tooBig !== null) return fail(tooBig);
    let json: unknown;
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail(`This is not ${withArticle(kind.name)}: it is not valid JSON (${jsonErrorSummary(error)}).`);
    }
    const refused = kind.refused ?? '';
    // valibot's object() takes an array as an object (whose fields are all missing): say what it is.
    if (Array.isArray(json)) return fail(`${refused}expected ${withArticle(kind.noun)} (a JSON object), got an array`);
    const parsed = v.safeParse(schema, json, { abortEarly: true });
    if (!parsed.success) return fail(`${refused}${formatIssue(parsed.issues[0])}`);
    return then(parsed.output);
  } catch (error) {
    // Defensive: the schema should make this unreachable, and a parser of outside input never throws.
    return fail(`The file could not be read (${error instanceof Error ? error.name : 'unknown error'}).`);
  }
}
