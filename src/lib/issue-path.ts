/**
 * Turns a valibot issue into one readable sentence that names the field, e.g.
 * `project.answers["turn-x"].status: expected one of yes, partial, no, na`.
 */
import type { BaseIssue, IssuePathItem } from 'valibot';
import { echoValue } from '@/lib/echo';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function formatIssuePath(path: readonly IssuePathItem[] | undefined, root = ''): string {
  let out = root;
  for (const item of path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= 40 && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${echoKey(String(key))}]`;
  }
  return out;
}

/** A key in a path, quoted; long or secret-looking keys are shortened like any echoed value. */
export function echoKey(key: string): string {
  return echoValue(key);
}

function describe(issue: BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  if (issue.type === 'object' && last?.origin === 'key' && issue.received === 'undefined') return 'is missing';
  // Messages we wrote ourselves start in lower case ("expected …"); valibot's defaults start with
  // "Invalid …" and are rephrased from their expected / received parts.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  // Never `issue.received`: valibot quotes a received string whole, at any size.
  return `expected ${issue.expected ?? 'a valid value'}, got ${echoValue(issue.input)}`;
}

/** "path: what is wrong" for the first issue, the path prefixed with `root` (e.g. "project"). */
export function formatIssue(issue: BaseIssue<unknown>, root = ''): string {
  const path = formatIssuePath(issue.path, root);
  return path ? `${path}: ${describe(issue)}` : describe(issue);
}
