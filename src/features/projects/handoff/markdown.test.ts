import { Lexer, marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile, EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeEvidence, makeProject } from '@/testing/projects';
import { fullyAnsweredProject } from '@/testing/report-project';
import { itemMarkdown, mdContent, mdLink, mdText, projectMarkdown } from './markdown';

/** Every token, depth first (tables: header and row cells too). */
function walk(tokens: readonly Token[], out: Token[] = []): Token[] {
  for (const t of tokens) {
    out.push(t);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) walk(children, out);
    if (t.type === 'table') {
      const table = t as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, out);
    }
    if (t.type === 'list') walk((t as Tokens.List).items, out);
  }
  return out;
}

const lex = (md: string) => new Lexer({ gfm: true }).lex(md);
const html = (md: string) => marked.parse(md, { gfm: true, async: false });

const HOSTILE = [
  '| broken | table |',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click me](https://evil.example/phish)',
  '![x](https://evil.example/t.png)',
  '<https://evil.example>',
  'https://evil.example/bare and www.evil.example and mail@evil.example',
  '# not a heading',
  '- not a list',
  '1. not a list',
  '> not a quote',
  '`code` *em* _em_ ~~del~~ &amp; &#60;',
  '---',
  'line one\nline two\n\n# after a blank line',
];

describe('mdText', () => {
  it.each(HOSTILE)('keeps %j as plain text in a paragraph', (text) => {
    const tokens = walk(lex(mdText(text)));
    const types = new Set(tokens.map((t) => t.type));
    for (const bad of ['html', 'link', 'image', 'heading', 'list', 'blockquote', 'hr', 'codespan', 'em', 'strong', 'del', 'table']) {
      expect(types.has(bad), `${bad} in ${JSON.stringify(text)}`).toBe(false);
    }
    // What a reader sees is the text itself (line breaks aside).
    const rendered = html(mdText(text))
      .replace(/<br>\n?/g, '\n')
      .replace(/<\/?p>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
    expect(rendered.replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'));
  });

  it.each(HOSTILE)('keeps %j inside one table cell', (text) => {
    const md = `| a | b |\n| --- | --- |\n| ${mdText(text, true)} | end |`;
    const table = lex(md).find((t) => t.type === 'table') as Tokens.Table | undefined;
    expect(table).toBeDefined();
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]).toHaveLength(2);
    expect(table!.rows[0]![1]!.text).toBe('end');
    const types = new Set(walk(lex(md)).map((t) => t.type));
    expect(types.has('html') || types.has('link') || types.has('image')).toBe(false);
  });

  it('keeps checklist code spans, escaping the rest; pipes inside code spans cannot split a cell', () => {
    expect(mdContent('Set `static-auth-secret` <now>')).toBe('Set `static-auth-secret` \\<now\\>');
    const md = `| a |\n| --- |\n| ${mdContent('Use `a|b` here', true)} |`;
    const table = lex(md).find((t) => t.type === 'table') as Tokens.Table;
    expect(table.rows[0]).toHaveLength(1);
    expect(html(md)).toContain('<code>a|b</code>');
  });

  it('links only http(s) URLs, and a URL cannot break out of the link', () => {
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    const md = mdLink('Report ](evil)', 'https://wiki.example.com/a b)(c');
    const links = walk(lex(md)).filter((t): t is Tokens.Link => t.type === 'link');
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://wiki.example.com/a%20b%29%28c');
    expect(links[0]!.text).toBe('Report \\]\\(evil\\)'.replace(/\\/g, ''));
  });
});

describe('projectMarkdown', () => {
  const options = { date: '2026-12-01', appUrl: 'https://app.example' };

  it('renders headings and tables intact for a fully answered project with Unicode', () => {
    const project = fullyAnsweredProject(checklist);
    const md = projectMarkdown(checklist, project, options);
    const tokens = lex(md);
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings[0]).toMatchObject({ depth: 1, text: expect.stringContaining('Équipe Ωmega — Łódź') as unknown });
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text.replace(/ \(\d+\)$/, ''))).toEqual([
      'Summary',
      'What to fix next',
      'Open findings',
      'Evidence on file',
    ]);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables).toHaveLength(4);
    expect(tables[0]!.header.map((c) => c.text)).toEqual(['Score', 'Grade', 'Answered', 'Open critical', 'Open high']);
    expect(tables[1]!.rows).toHaveLength(checklist.sections.length);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    // One h3 per open finding.
    const open = checklist.items.filter((i) => {
      const s = project.answers[i.id]?.status;
      return appliesToProfile(i, project.profile) && (s === 'no' || s === 'partial');
    });
    expect(headings.filter((h) => h.depth === 3 && /^\d+\. /.test(h.text))).toHaveLength(open.length);
    expect(walk(tokens).some((t) => t.type === 'html')).toBe(false);
  });

  it('is stable: the same project gives the same text', () => {
    const project = fullyAnsweredProject(checklist);
    expect(projectMarkdown(checklist, project, options)).toBe(projectMarkdown(checklist, structuredClone(project), options));
  });

  it('escapes a hostile project name and notes, and redacts secrets', () => {
    const item = checklist.items.find((i) => i.severity === 'critical' && !i.appliesTo)!;
    const project = makeProject({
      name: '| x | <b>bold</b> [a](https://evil.example)',
      profile: EMPTY_PROFILE,
      answers: {
        [item.id]: makeAnswer({
          status: 'no',
          owner: 'Ops | team',
          note: '<script>alert(1)</script>\npassword: hunter2',
          evidence: [makeEvidence({ label: 'Review', url: 'https://wiki.example.com/review?token=abc123def' })],
        }),
      },
    });
    const md = projectMarkdown(checklist, project, options);
    expect(md).not.toContain('hunter2');
    expect(md).not.toContain('abc123def');
    const tokens = walk(lex(md));
    expect(tokens.some((t) => t.type === 'html')).toBe(false);
    const hrefs = tokens.filter((t): t is Tokens.Link => t.type === 'link').map((l) => l.href);
    expect(hrefs).not.toContain('https://evil.example');
    expect(hrefs).toContain('https://wiki.example.com/review?token=[redacted]');
    const fixNext = lex(md).filter((t): t is Tokens.Table => t.type === 'table')[2]!;
    const row = fixNext.rows.find((r) => r[2]!.text.includes(item.id))!;
    expect(row[4]!.text).toBe('Ops | team');
  });

  it('lists open findings in fix-next order with why, fix and verify', () => {
    const [a, b] = checklist.items.filter((i) => i.severity === 'critical');
    const low = checklist.items.find((i) => i.severity === 'low')!;
    const project = makeProject({
      profile: EMPTY_PROFILE,
      answers: { [low.id]: makeAnswer({ status: 'no' }), [b!.id]: makeAnswer({ status: 'partial' }), [a!.id]: makeAnswer({ status: 'no' }) },
    });
    const md = projectMarkdown(checklist, project, options);
    const iA = md.indexOf(`### 1. Critical: ${mdContent(a!.title)}`);
    const iB = md.indexOf(`### 2. Critical: ${mdContent(b!.title)}`);
    expect(iA).toBeGreaterThan(0);
    expect(iB).toBeGreaterThan(iA);
    expect(md).toContain(`**Why it matters:** ${mdContent(a!.why)}`);
    expect(md).toContain(`**How to fix:** ${mdContent(a!.fix)}`);
    expect(md).toContain(`**How to verify:** ${mdContent(a!.verify)}`);
  });
});

describe('itemMarkdown', () => {
  it('gives one heading with the item and its answer', () => {
    const item = checklist.items[3]!;
    const md = itemMarkdown(checklist, item, makeAnswer({ status: 'partial', owner: 'Łukasz', due: '2027-01-31' }));
    const tokens = lex(md);
    expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(1);
    expect(md).toContain('**Status:** Partial · **Owner:** Łukasz · **Due:** 2027-01-31');
    expect(md).toContain(`\`${item.id}\``);
  });
});
