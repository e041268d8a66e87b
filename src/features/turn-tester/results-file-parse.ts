/**
 * Reads a results file back (`webrtc-security-checklist/turn-test`, version 1): the browser tester's
 * "Download results (JSON)" and `npm run probe -- … --json`. Used by "Import TURN probe results" on
 * /turn and "Attach results file to project". Format: docs/file-formats.md.
 *
 * Never throws. A bad file gives one message naming the field and what is wrong, e.g.
 * `checks[3].verdict: expected pass, warn, fail or skipped, got "ok"` (values quoted through
 * lib/echo.ts: short, never secret-looking). Check ids this app does not know (a newer probe) are
 * left out and named in `notes`; anything that looks like a credential (a contractor's file with a
 * password in a detail) is replaced with `[redacted]` (lib/redaction.ts) and counted.
 *
 * valibot is fine here: the module loads only when a file is chosen, never with the /turn page.
 */
import * as v from 'valibot';
import { CHECK_IDS, type CheckId } from '@/entities/checklist/turn-check-ids';
import { echoValue } from '@/lib/echo';
import { parseJsonFile } from '@/lib/json-file';
import { redactSecrets } from '@/lib/redaction';
import { fail, ok, type Result } from '@/lib/result';
import { RESULTS_FORMAT, RESULTS_TOOLS, RESULTS_VERSION, type ResultsTool } from './results-file';
import { checkResultsFileSize } from './results-file-size';
import { makeCheck, type Check, type CheckScope } from './verdicts';

const MAX_URLS = 200;
const MAX_CHECKS = 2000;
const MAX_URL = 2000;
const MAX_DETAIL = 5000;
/** How many unknown check ids a note names (the rest are counted). */
const NAMED_UNKNOWN = 5;

export interface ImportedResults {
  readonly tool: ResultsTool;
  /** ISO 8601, as in the file: when the run was taken. */
  readonly startedAt: string;
  readonly urls: readonly string[];
  /** The checks this app knows, in file order, with their scope (url, server or run) restored. */
  readonly checks: readonly Check[];
  /** Distinct check ids the file has that this app does not know. */
  readonly unknownIds: readonly string[];
  /** How many strings had something credential-looking replaced with [redacted]. */
  readonly redacted: number;
  /** Sentences for the user about what was left out or changed ([] for a clean file). */
  readonly notes: readonly string[];
}

/** A message that quotes what it got: "expected …, got "x"". */
const expected = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${echoValue(issue.input)}`;

function words(list: readonly string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

const text = (max: number) => v.pipe(v.string(expected('a string')), v.maxLength(max, `expected at most ${max} characters`));

const VERDICTS = ['pass', 'warn', 'fail', 'skipped'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const checkSchema = v.object(
  {
    id: v.pipe(text(100), v.regex(/^[a-z0-9][a-z0-9-]*$/, expected('a check id such as "allocation" (a-z, 0-9 and "-")'))),
    url: text(MAX_URL),
    verdict: v.picklist(VERDICTS, expected(words(VERDICTS))),
    ms: v.pipe(v.number(expected('a number of milliseconds')), v.finite(expected('a finite number')), v.minValue(0, expected('a duration ≥ 0')), v.maxValue(86_400_000, expected('at most a day in milliseconds'))),
    errorCode: v.optional(
      v.nullable(v.pipe(v.number(expected('an error code (a whole number) or null')), v.integer(expected('a whole number')), v.minValue(0, expected('a code from 0 to 999')), v.maxValue(999, expected('a code from 0 to 999')))),
      null,
    ),
    detail: text(MAX_DETAIL),
    severity: v.optional(v.picklist(SEVERITIES, expected(words(SEVERITIES)))),
  },
  expected('an object'),
);

const fileSchema = v.object(
  {
    format: v.literal(RESULTS_FORMAT, expected(`"${RESULTS_FORMAT}"`)),
    version: v.literal(RESULTS_VERSION, expected(`${RESULTS_VERSION} (this app reads version ${RESULTS_VERSION} results files)`)),
    tool: v.optional(v.picklist(RESULTS_TOOLS, expected(words(RESULTS_TOOLS.map((t) => `"${t}"`))))),
    startedAt: v.pipe(text(100), v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), expected('an ISO 8601 date and time such as "2026-01-15T09:00:00.000Z"'))),
    urls: v.pipe(v.array(text(MAX_URL), expected('an array of URLs')), v.maxLength(MAX_URLS, `expected at most ${MAX_URLS} URLs`)),
    checks: v.pipe(v.array(checkSchema, expected('an array of checks')), v.maxLength(MAX_CHECKS, `expected at most ${MAX_CHECKS} checks`)),
  },
  expected('a results file (a JSON object)'),
);

type ParsedCheck = v.InferOutput<typeof checkSchema>;

const URL_CHECKS: ReadonlySet<CheckId> = new Set(['allocation', 'tls']);
const RUN_CHECKS: ReadonlySet<CheckId> = new Set(['transport-coverage', 'credential-lifetime', 'endpoint']);

/** What a check's `url` names (docs/file-formats.md): the file does not say, the id does. */
function scopeOf(id: CheckId): CheckScope {
  if (URL_CHECKS.has(id)) return 'url';
  return RUN_CHECKS.has(id) ? 'run' : 'server';
}

const isCheckId = (id: string): id is CheckId => (CHECK_IDS as readonly string[]).includes(id);

function toCheck(c: ParsedCheck & { id: CheckId }, clean: (s: string) => string): Check {
  return makeCheck({
    id: c.id,
    scope: scopeOf(c.id),
    target: clean(c.url),
    verdict: c.verdict,
    ms: c.ms,
    detail: clean(c.detail),
    errorCode: c.errorCode ?? undefined,
    severity: c.severity,
  });
}

function notesFor(unknownIds: readonly string[], redacted: number): string[] {
  const notes: string[] = [];
  if (unknownIds.length > 0) {
    const named = unknownIds.slice(0, NAMED_UNKNOWN).map((id) => echoValue(id));
    const more = unknownIds.length > NAMED_UNKNOWN ? ` and ${unknownIds.length - NAMED_UNKNOWN} more` : '';
    notes.push(
      `${unknownIds.length === 1 ? 'A check' : `${unknownIds.length} checks`} this app does not know ${unknownIds.length === 1 ? 'was' : 'were'} left out (${named.join(', ')}${more}); a newer version of the probe may have written ${unknownIds.length === 1 ? 'it' : 'them'}.`,
    );
  }
  if (redacted > 0) {
    notes.push(
      redacted === 1
        ? '1 value that looked like a credential was replaced by [redacted].'
        : `${redacted} values that looked like credentials were replaced by [redacted].`,
    );
  }
  return notes;
}

function fromFile(file: v.InferOutput<typeof fileSchema>): Result<ImportedResults> {
  let redacted = 0;
  const clean = (s: string): string => {
    const r = redactSecrets(s);
    if (r !== s) redacted += 1;
    return r;
  };
  const unknown = new Set<string>();
  const checks: Check[] = [];
  for (const c of file.checks) {
    if (isCheckId(c.id)) checks.push(toCheck({ ...c, id: c.id }, clean));
    else unknown.add(c.id);
  }
  if (checks.length === 0) {
    return fail(unknown.size > 0 ? `checks: none of the ${file.checks.length} checks is one this app knows (ids such as ${echoValue([...unknown][0])})` : 'checks: the file has no checks');
  }
  const urls = file.urls.map(clean);
  const unknownIds = [...unknown];
  return ok({ tool: file.tool ?? 'browser', startedAt: file.startedAt, urls, checks, unknownIds, redacted, notes: notesFor(unknownIds, redacted) });
}

/**
 * Parses a TURN results file written by the browser tester or the command-line probe. The error
 * is "<field path>: <what is wrong>", or a sentence for a file that is not JSON or too large.
 */
export function parseResultsFile(input: string): Result<ImportedResults> {
  return parseJsonFile(input, { name: 'TURN results file', noun: 'results file', tooBig: checkResultsFileSize }, fileSchema, fromFile);
}
