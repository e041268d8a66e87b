import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { makeAnswer, makeProject } from '@/testing/projects';
import type { TrackerSetting } from '@/entities/project/types';
import { issueLink, issueTitle, jiraText, MAX_ISSUE_URL } from './issue-links';
import { parseTrackerSetting } from './tracker-setting';
import { jiraCsv, JIRA_CSV_HEADER } from './jira-csv';

const item = checklist.items.find((i) => i.severity === 'critical' && !i.appliesTo)!;
const project = makeProject({
  id: 'p1',
  name: 'Acme & Co <video> #1',
  profile: EMPTY_PROFILE,
  answers: {
    [item.id]: makeAnswer({ status: 'no', owner: 'Zoë & Ops', due: '2027-01-31', note: 'Secret? password: hunter2 & more #tag\nsecond line' }),
  },
});
const appUrl = 'https://checklist.example';

function ok(input: Parameters<typeof parseTrackerSetting>[0]): TrackerSetting {
  const r = parseTrackerSetting(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseTrackerSetting', () => {
  it('normalises pasted GitHub, GitLab and Jira addresses', () => {
    expect(ok({ kind: 'github', url: ' https://github.com/acme/webrtc.git ' })).toEqual({ kind: 'github', url: 'https://github.com/acme/webrtc' });
    expect(ok({ kind: 'github', url: 'https://github.com/acme/webrtc/issues/12' })).toEqual({ kind: 'github', url: 'https://github.com/acme/webrtc' });
    expect(ok({ kind: 'gitlab', url: 'https://gitlab.com/acme/media/sfu/-/issues' })).toEqual({ kind: 'gitlab', url: 'https://gitlab.com/acme/media/sfu' });
    expect(ok({ kind: 'jira', url: 'https://jira.acme.example/jira/browse/SEC-1', projectId: '10000', issueTypeId: '10001' })).toEqual({
      kind: 'jira',
      url: 'https://jira.acme.example/jira',
      projectId: '10000',
      issueTypeId: '10001',
    });
  });

  it.each([
    [{ kind: 'github', url: 'http://github.com/a/b' }, /use https/],
    [{ kind: 'github', url: 'javascript:alert(1)' }, /must start with https/],
    [{ kind: 'github', url: 'htps//github.com/a/b' }, /not a web address.*typo/],
    [{ kind: 'github', url: 'https://gihub.com/a/b' }, /typo of github\.com/],
    [{ kind: 'gitlab', url: 'https://gitlab.cmo/a/b' }, /typo of gitlab\.com/],
    [{ kind: 'github', url: 'https://githubcom/a/b' }, /not a full host name/],
    [{ kind: 'github', url: 'https://github.com/acme' }, /owner and repository/],
    [{ kind: 'gitlab', url: 'https://gitlab.com/acme' }, /group and project/],
    [{ kind: 'github', url: 'https://user:pw@github.com/a/b' }, /user name and password/],
    [{ kind: 'github', url: '' }, /enter the GitHub address/],
    [{ kind: 'jira', url: 'https://acme.atlassian.net', projectId: 'SEC', issueTypeId: '1' }, /numeric id of the project/],
    [{ kind: 'jira', url: 'https://acme.atlassian.net', projectId: '1', issueTypeId: '' }, /numeric id of the issue type/],
  ] as const)('rejects %j with a clear message', (input, message) => {
    const r = parseTrackerSetting(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('issueLink', () => {
  const trackers: Record<string, TrackerSetting> = {
    github: { kind: 'github', url: 'https://github.com/acme/webrtc' },
    gitlab: { kind: 'gitlab', url: 'https://gitlab.com/acme/media/sfu' },
    jira: { kind: 'jira', url: 'https://acme.atlassian.net', projectId: '10000', issueTypeId: '10001' },
  };

  it('opens GitHub’s new-issue form with title and body', () => {
    const { url, truncated } = issueLink(trackers.github!, checklist, { name: project.name, answer: project.answers[item.id] }, item, appUrl);
    expect(truncated).toBe(false);
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe('https://github.com/acme/webrtc/issues/new');
    expect([...u.searchParams.keys()]).toEqual(['title', 'body']);
    expect(u.searchParams.get('title')).toBe(issueTitle(item));
    const body = u.searchParams.get('body')!;
    expect(body).toContain(`**Item:** \`${item.id}\``);
    expect(body).toContain('**Why it matters:**');
    expect(body).toContain('**How to fix:**');
    expect(body).toContain('**How to verify:**');
    expect(body).toContain('Zoë \\& Ops');
    expect(body).toContain('Acme \\& Co \\<video\\> \\#1');
    expect(body).not.toContain('hunter2');
    // Everything that is not unreserved is percent-encoded: & # and spaces cannot end the parameter.
    expect(url).not.toMatch(/[ #<>"]/);
    expect(url.split('&')).toHaveLength(2);
  });

  it('opens GitLab’s form with issue[title] and issue[description]', () => {
    const u = new URL(issueLink(trackers.gitlab!, checklist, { name: project.name, answer: project.answers[item.id] }, item, appUrl).url);
    expect(u.origin + u.pathname).toBe('https://gitlab.com/acme/media/sfu/-/issues/new');
    expect([...u.searchParams.keys()]).toEqual(['issue[title]', 'issue[description]']);
    expect(u.searchParams.get('issue[description]')).toContain(item.id);
  });

  it('opens Jira’s create screen with pid, issuetype, summary and description', () => {
    const u = new URL(issueLink(trackers.jira!, checklist, { name: project.name, answer: project.answers[item.id] }, item, appUrl).url);
    expect(u.origin + u.pathname).toBe('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa');
    expect(Object.fromEntries(u.searchParams)).toMatchObject({ pid: '10000', issuetype: '10001', summary: issueTitle(item) });
    const description = u.searchParams.get('description')!;
    expect(description).toContain(`{{${item.id}}}`);
    expect(description).toContain('*Note:* Secret? password: \\[redacted\\] & more #tag second line');
  });

  it('shortens long bodies to fit the cap, with a note where the full text is', () => {
    const long = makeProject({ ...project, answers: { [item.id]: makeAnswer({ status: 'no', note: 'Ł'.repeat(20_000) }) } });
    for (const tracker of Object.values(trackers)) {
      const { url, truncated } = issueLink(tracker, checklist, { name: long.name, answer: long.answers[item.id] }, item, appUrl);
      expect(truncated).toBe(true);
      expect(url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
      expect(url.length).toBeGreaterThan(MAX_ISSUE_URL - 200);
      const params = new URL(url).searchParams;
      const body = params.get('body') ?? params.get('issue[description]') ?? params.get('description')!;
      expect(body).toMatch(new RegExp(`shortened to fit a link: the full text is in checklist item ${item.id}\\)$`));
    }
  });

  it('escapes Jira wiki markup in user text', () => {
    expect(jiraText('[x|https://evil] {code} *b* !img.png!\nh1. heading')).toBe('\\[x\\|https://evil\\] \\{code\\} \\*b\\* \\!img.png\\! h1. heading');
  });
});

describe('jiraCsv', () => {
  it('has one row per open finding with priority, labels and the due date', () => {
    const csv = jiraCsv(checklist, project, appUrl);
    const [head, first] = csv.split('\r\n');
    expect(head).toBe(JIRA_CSV_HEADER.join(','));
    expect(first!.startsWith(`${issueTitle(item).includes(',') ? `"${issueTitle(item)}"` : issueTitle(item)},Task,Highest,`)).toBe(true);
    expect(first).toContain(`webrtc-security,checklist-${item.id},2027-01-31,,Zoë & Ops`);
    expect(csv).not.toContain('hunter2');
  });

  it('follows Atlassian\'s CSV rules: a Summary column, no punctuation in the header, every column on every row', () => {
    expect(JIRA_CSV_HEADER).toContain('Summary');
    for (const name of JIRA_CSV_HEADER) expect(name).toMatch(/^[A-Za-z ]+$/);
    const rows = jiraCsv(checklist, project, appUrl).split('\r\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(1);
  });

  it('puts an owner that is an email address into Assignee (Jira matches users by email), a team name only into Owner', () => {
    const withEmail = { ...project, answers: { ...project.answers, [item.id]: { ...project.answers[item.id]!, owner: ' alice@example.com ' } } };
    const first = jiraCsv(checklist, withEmail, appUrl).split('\r\n')[1]!;
    expect(first).toContain(`checklist-${item.id},2027-01-31,alice@example.com, alice@example.com `);
  });
});
