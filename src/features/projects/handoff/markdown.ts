/**
 * GitHub-flavoured Markdown of a project (for a pull-request description or a wiki page) and of one
 * item ("Copy as Markdown"). Stable: the same project gives the same text, in "fix next" order.
 *
 * User text (names, notes, owners, evidence labels) is escaped so it stays text: it cannot close a
 * table cell, start a heading or list, write HTML, or become a link (Markdown links, <autolinks>,
 * bare URLs and e-mail addresses that GFM would link). Secret-looking values are redacted first.
 * Checklist text is ours and keeps its `code spans`.
 */
import { scoreProject } from '@/entities/checklist/scoring';
import type { ChecklistContent, ChecklistItem } from '@/entities/checklist/types';
import { redactSecrets } from '@/lib/redaction';
import type { Answer, Project } from '@/entities/project/types';
import { findingFor, itemsWithEvidence, openFindings, safeUrl, SEVERITY_LABELS, type Finding } from './findings';

/** Characters with a meaning in (GFM) Markdown inline text or HTML. */
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|!~&$]/g;

/**
 * Escapes text for a Markdown paragraph or table cell. `cell` also folds line breaks (a table row is
 * one line); otherwise they become hard line breaks.
 */
export function mdText(text: string, cell = false): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const escaped = lines.map((line) =>
    line
      .trim()
      .replace(INLINE_SPECIAL, '\\$&')
      // GFM's extended autolinks: scheme://…, www.…, and e-mail addresses.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // A line that would start a list, quote, heading underline or ordered list.
      .replace(/^([-+=>])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2'),
  );
  if (cell) return escaped.filter((l) => l !== '').join(' ');
  // Hard breaks inside a paragraph; blank lines stay paragraph breaks.
  return escaped.reduce((out, line, i) => (i === 0 ? line : out + (line === '' || escaped[i - 1] === '' ? '\n' : '\\\n') + line), '');
}

/** Checklist text: `code spans` stay as they are, the rest is escaped like user text. */
export function mdContent(text: string, cell = false): string {
  const spans: string[] = [];
  // Placeholders (private-use characters, untouched by mdText) keep the spans out of the escaping.
  const masked = text.replace(/`[^`\n]+`/g, (span) => `\uE000${spans.push(span) - 1}\uE001`);
  const out = mdText(masked, cell).replace(/\uE000(\d+)\uE001/g, (_, i: string) => spans[Number(i)] ?? '');
  // In a GFM table a pipe splits the cell even inside a code span.
  return cell ? out.replace(/(?<!\\)\|/g, '\\|') : out;
}

/** A link target that cannot break out of `(…)`: only http(s), with spaces and brackets encoded. */
function mdHref(url: string): string {
  return url.replace(/[()<>\s"'\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function mdLink(label: string, url: string | null): string {
  const safe = safeUrl(url ?? undefined);
  const text = mdText(label || url || '', true) || 'link';
  return safe ? `[${text}](${mdHref(safe)})` : text;
}

function table(head: readonly string[], align: readonly ('l' | 'r' | 'c')[], rows: readonly (readonly string[])[]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : '---'));
  return [head, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export interface MarkdownOptions {
  /** YYYY-MM-DD */
  date: string;
  /** Where the app lives, for the back-reference line. */
  appUrl: string;
  /** How many rows "What to fix next" shows. */
  fixNextLimit?: number;
}

function itemBody(f: Finding, includeVerify = true): string[] {
  const { item, answer } = f;
  const out: string[] = [];
  const meta = [`**Status:** ${answer.statusText}`];
  if (answer.owner) meta.push(`**Owner:** ${mdText(answer.owner, true)}`);
  if (answer.due) meta.push(`**Due:** ${mdText(answer.due, true)}`);
  out.push(`**Severity:** ${SEVERITY_LABELS[item.severity]} · **Section:** ${mdText(f.sectionTitle, true)} · **Item:** \`${item.id}\``);
  out.push(meta.join(' · '));
  out.push(`**Why it matters:** ${mdContent(item.why)}`);
  out.push(`**How to fix:** ${mdContent(item.fix)}`);
  if (includeVerify) out.push(`**How to verify:** ${mdContent(item.verify)}`);
  if (answer.note) out.push(`**Note:** ${mdText(answer.note)}`);
  if (answer.status === 'na' || answer.naReason) out.push(`**Reason for N/A:** ${mdText(answer.naReason || '(no reason given)')}`);
  if (answer.evidence.length) {
    out.push(['**Evidence:**', '', ...answer.evidence.map((e) => `- ${mdLink(e.label, e.url)} — ${mdText(e.summary, true)}`)].join('\n'));
  }
  if (item.references.length) {
    out.push(['**References:**', '', ...item.references.map((r) => `- ${mdLink(r.title, r.url)}`)].join('\n'));
  }
  return out;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}

/** One item as Markdown, for "Copy as Markdown" (a heading, then the same blocks as the report). */
export function itemMarkdown(content: ChecklistContent, item: ChecklistItem, answer: Answer | undefined, level = 2): string {
  const f = findingFor(content, item, answer);
  return [heading(level, `${SEVERITY_LABELS[item.severity]}: ${mdContent(item.title)}`), ...itemBody(f)].join('\n\n') + '\n';
}

/** Body of an issue for one finding (GitHub / GitLab Markdown), with a back-reference to the item. */
export function issueMarkdown(content: ChecklistContent, f: Finding, projectName: string, appUrl: string): string {
  return [
    ...itemBody(f),
    '---',
    `From the WebRTC Security Checklist v${mdText(content.version, true)}, item \`${f.item.id}\`, project “${mdText(redactSecrets(projectName), true)}” (${mdText(appUrl, true)}).`,
  ].join('\n\n');
}

/** The whole project as one Markdown document. */
export function projectMarkdown(content: ChecklistContent, project: Project, options: MarkdownOptions): string {
  const name = mdText(redactSecrets(project.name), true);
  const score = scoreProject(content.items, project.profile, project.answers);
  const open = openFindings(content, project);
  const blocks: string[] = [];
  blocks.push(heading(1, `WebRTC security report: ${name}`));
  blocks.push(`Checklist v${mdText(content.version, true)} (${content.date}) · exported ${options.date}`);

  blocks.push(heading(2, 'Summary'));
  blocks.push(
    table(
      ['Score', 'Grade', 'Answered', 'Open critical', 'Open high'],
      ['r', 'c', 'r', 'r', 'r'],
      [[score.percent === null ? '—' : `${score.percent} %`, score.grade ?? '—', `${score.answered} of ${score.applicable}`, String(score.openCritical), String(score.openHigh)]],
    ),
  );
  if (score.capped) blocks.push(`The grade is capped at C while a critical item is open (it would be ${score.uncappedGrade ?? '—'}).`);
  const sectionTitle = new Map(content.sections.map((s) => [s.id, s.title]));
  blocks.push(heading(3, 'Progress per section'));
  blocks.push(
    table(
      ['Section', 'Answered', 'Score'],
      ['l', 'r', 'r'],
      score.sections.map((s) => [
        mdText(sectionTitle.get(s.sectionId) ?? s.sectionId, true),
        `${s.answered} of ${s.applicable}`,
        s.percent === null ? 'not applicable' : `${s.percent} %`,
      ]),
    ),
  );

  const limit = options.fixNextLimit ?? 10;
  blocks.push(heading(2, 'What to fix next'));
  if (open.length === 0) blocks.push('No open item. Keep the answers current as the architecture changes.');
  else {
    blocks.push(
      table(
        ['#', 'Severity', 'Item', 'Status', 'Owner', 'Due'],
        ['r', 'l', 'l', 'l', 'l', 'l'],
        open.slice(0, limit).map((f, i) => [
          String(i + 1),
          SEVERITY_LABELS[f.item.severity],
          `${mdContent(f.item.title, true)} (\`${f.item.id}\`)`,
          f.answer.statusText,
          mdText(f.answer.owner, true) || '—',
          mdText(f.answer.due, true) || '—',
        ]),
      ),
    );
    if (open.length > limit) blocks.push(`${open.length - limit} more open item${open.length - limit === 1 ? '' : 's'} below.`);
  }

  blocks.push(heading(2, `Open findings (${open.length})`));
  open.forEach((f, i) => {
    blocks.push(heading(3, `${i + 1}. ${SEVERITY_LABELS[f.item.severity]}: ${mdContent(f.item.title)}`));
    blocks.push(...itemBody(f));
  });

  const evidence = itemsWithEvidence(content, project);
  blocks.push(heading(2, 'Evidence on file'));
  if (evidence.length === 0) blocks.push('No evidence attached yet.');
  else {
    blocks.push(
      table(
        ['Item', 'Status', 'Evidence', 'Kind, verdict, date'],
        ['l', 'l', 'l', 'l'],
        evidence.flatMap((f) =>
          f.answer.evidence.map((e) => [`${mdContent(f.item.title, true)} (\`${f.item.id}\`)`, f.answer.statusText, mdLink(e.label, e.url), mdText(e.summary, true)]),
        ),
      ),
    );
  }
  blocks.push(`Generated by the WebRTC Security Checklist (${mdText(options.appUrl, true)}). Nothing was sent anywhere: this file was made in the browser.`);
  return blocks.join('\n\n') + '\n';
}

/** How many user-text values `projectMarkdown` redacts (for the "N values … were replaced" message). */
export function markdownRedactedCount(content: ChecklistContent, project: Project): number {
  const ids = new Set([...openFindings(content, project), ...itemsWithEvidence(content, project)].map((f) => f.item.id));
  const texts = [project.name];
  for (const id of ids) {
    const a = project.answers[id];
    if (!a) continue;
    texts.push(a.owner, a.note, a.naReason, ...a.evidence.flatMap((e) => [e.label, e.url ?? '']));
  }
  return texts.filter((t) => t && redactSecrets(t) !== t).length;
}
