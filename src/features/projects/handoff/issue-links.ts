/**
 * "Open issue" links: a URL that opens the tracker's new-issue form prefilled with one finding.
 * Nothing is sent anywhere — the user opens the link and submits the form themselves.
 *
 * - GitHub: `<repo>/issues/new?title=…&body=…` (GitHub docs, "Creating an issue from a URL query").
 * - GitLab: `<project>/-/issues/new?issue[title]=…&issue[description]=…` (GitLab docs, "Using a URL
 *   with prefilled values").
 * - Jira: `<base>/secure/CreateIssueDetails!init.jspa?pid=…&issuetype=…&summary=…&description=…`
 *   (Atlassian, "Creating issues via direct HTML links": pid and issuetype are the numeric ids of
 *   the project and the issue type).
 *
 * URLs longer than `MAX_ISSUE_URL` are cut in the body, with a note saying where the full text is:
 * trackers and proxies reject very long request lines (8 KB is a common limit).
 */
import type { ChecklistContent, ChecklistItem } from '@/entities/checklist/types';
import { redactSecrets } from '@/lib/redaction';
import type { Answer, TrackerSetting } from '@/entities/project/types';
import { findingFor, SEVERITY_LABELS, type Finding } from './findings';
import { issueMarkdown } from './markdown';

/** Longest URL we produce; longer bodies are truncated with a note. */
export const MAX_ISSUE_URL = 8000;

export function issueTitle(item: ChecklistItem): string {
  return `WebRTC security (${SEVERITY_LABELS[item.severity].toLowerCase()}): ${item.title}`;
}

/** Jira wiki markup escapes: characters that would start formatting, links or macros. */
export function jiraText(text: string): string {
  // One line: a line starting with "#", "*" or "h1." would become a list or a heading.
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\{}[\]|*_^~!]/g, (c) => `\\${c}`);
}

/** Checklist text: `code` becomes {{code}}, the rest is escaped. */
function jiraContent(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((p, i) => (i % 2 === 1 ? `{{${p.slice(1, -1).replace(/[{}]/g, '')}}}` : jiraText(p)))
    .join('');
}

/** Body for Jira (wiki markup), same content as the Markdown body. */
export function jiraDescription(content: ChecklistContent, f: Finding, projectName: string, appUrl: string): string {
  const { item, answer } = f;
  const lines: string[] = [];
  lines.push(`*Severity:* ${SEVERITY_LABELS[item.severity]} · *Section:* ${jiraText(f.sectionTitle)} · *Item:* {{${item.id}}}`);
  const meta = [`*Status:* ${answer.statusText}`];
  if (answer.owner) meta.push(`*Owner:* ${jiraText(answer.owner)}`);
  if (answer.due) meta.push(`*Due:* ${jiraText(answer.due)}`);
  lines.push(meta.join(' · '));
  lines.push(`*Why it matters:* ${jiraContent(item.why)}`);
  lines.push(`*How to fix:* ${jiraContent(item.fix)}`);
  lines.push(`*How to verify:* ${jiraContent(item.verify)}`);
  if (answer.note) lines.push(`*Note:* ${jiraText(answer.note)}`);
  for (const e of answer.evidence) lines.push(`*Evidence:* ${jiraText(e.label)}${e.url ? ` ${e.url}` : ''} (${jiraText(e.summary)})`);
  for (const r of item.references) lines.push(`*Reference:* [${jiraText(r.title)}|${r.url}]`);
  lines.push('----');
  lines.push(`From the WebRTC Security Checklist v${content.version}, item {{${item.id}}}, project “${jiraText(redactSecrets(projectName))}” (${appUrl}).`);
  return lines.join('\n\n');
}

const TRUNCATION_NOTE = (id: string) => `\n\n… (shortened to fit a link: the full text is in checklist item ${id})`;

/**
 * Builds the URL from `make(body)`, cutting the body (at a line or word break where possible)
 * until the whole URL fits in `max` characters.
 */
function fitBody(body: string, id: string, make: (body: string) => string, max: number): { url: string; truncated: boolean } {
  const full = make(body);
  if (full.length <= max) return { url: full, truncated: false };
  const note = TRUNCATION_NOTE(id);
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (make(body.slice(0, mid) + note).length <= max) lo = mid;
    else hi = mid - 1;
  }
  let cut = body.slice(0, lo);
  // Never leave half a surrogate pair or half a word.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const breakAt = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (breakAt > cut.length * 0.8) cut = cut.slice(0, breakAt);
  return { url: make(cut.trimEnd() + note), truncated: true };
}

/** Query string with %20 for spaces (some trackers do not decode "+"). */
function query(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export interface IssueLink {
  url: string;
  /** True when the body was shortened to fit `MAX_ISSUE_URL`. */
  truncated: boolean;
}

/** The prefilled new-issue URL for one item of a project (`answer` is the project's answer to it). */
export function issueLink(
  tracker: TrackerSetting,
  content: ChecklistContent,
  project: { name: string; answer: Answer | undefined },
  item: ChecklistItem,
  appUrl: string,
  max = MAX_ISSUE_URL,
): IssueLink {
  const title = issueTitle(item);
  const f = findingFor(content, item, project.answer);
  switch (tracker.kind) {
    case 'github':
      return fitBody(issueMarkdown(content, f, project.name, appUrl), item.id, (body) => `${tracker.url}/issues/new?${query([['title', title], ['body', body]])}`, max);
    case 'gitlab':
      return fitBody(
        issueMarkdown(content, f, project.name, appUrl),
        item.id,
        (body) => `${tracker.url}/-/issues/new?${query([['issue[title]', title], ['issue[description]', body]])}`,
        max,
      );
    case 'jira': {
      return fitBody(
        jiraDescription(content, f, project.name, appUrl),
        item.id,
        (body) =>
          `${tracker.url}/secure/CreateIssueDetails!init.jspa?${query([
            ['pid', tracker.projectId],
            ['issuetype', tracker.issueTypeId],
            ['summary', title],
            ['description', body],
          ])}`,
        max,
      );
    }
  }
}
