/**
 * The per-project issue tracker setting: which tracker, and its address normalised (https, no
 * credentials, a GitHub repository, GitLab project or Jira site with numeric project and issue type
 * ids). Used by the settings form and by project-file import; apart from issue-links.ts so the project
 * list (import) does not load the hand-off text builders.
 */
import type { TrackerSetting } from '@/entities/project/types';
import type { Result } from '@/lib/result';

export const TRACKER_KINDS = ['github', 'gitlab', 'jira'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const TRACKER_LABELS: Record<TrackerKind, string> = { github: 'GitHub', gitlab: 'GitLab', jira: 'Jira' };

export interface TrackerInput {
  kind: TrackerKind;
  url: string;
  projectId?: string;
  issueTypeId?: string;
}

const EXAMPLES: Record<TrackerKind, string> = {
  github: 'https://github.com/owner/repository',
  gitlab: 'https://gitlab.com/group/project',
  jira: 'https://your-company.atlassian.net',
};

/** Well-known hosts, to catch a typo such as "gihub.com". */
const KNOWN_HOSTS: Partial<Record<TrackerKind, string>> = { github: 'github.com', gitlab: 'gitlab.com' };

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** Validates and normalises the tracker setting; the message names the field and the fix. */
export function parseTrackerSetting(input: TrackerInput): Result<TrackerSetting> {
  const raw = input.url.trim();
  const example = EXAMPLES[input.kind];
  if (!raw) return { ok: false, error: `Tracker address: enter the ${TRACKER_LABELS[input.kind]} address, e.g. ${example}.` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: `Tracker address: “${raw.slice(0, 100)}” is not a web address. Check for a typo; it should look like ${example}.` };
  }
  if (url.protocol === 'http:') return { ok: false, error: 'Tracker address: use https:// (an http:// link would send the issue text unencrypted).' };
  if (url.protocol !== 'https:') return { ok: false, error: `Tracker address: it must start with https:// (got “${url.protocol}”), e.g. ${example}.` };
  if (url.username || url.password) return { ok: false, error: 'Tracker address: remove the user name and password from the address.' };
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') && host !== 'localhost') {
    return { ok: false, error: `Tracker address: “${host}” is not a full host name. Check for a typo; it should look like ${example}.` };
  }
  const known = KNOWN_HOSTS[input.kind];
  if (known && host !== known && editDistance(host, known) <= 2) {
    return { ok: false, error: `Tracker address: “${host}” looks like a typo of ${known}.` };
  }
  if (url.search || url.hash) return { ok: false, error: `Tracker address: remove the “?…” or “#…” part; the address should look like ${example}.` };
  const segments = url.pathname.split('/').filter(Boolean);
  const base = `https://${url.host}`;
  switch (input.kind) {
    case 'github': {
      // Accept a pasted issues URL or clone URL: github.com/owner/repo(.git)(/issues…)
      const [owner, repo] = segments;
      if (!owner || !repo) return { ok: false, error: `Tracker address: give the repository, e.g. ${example} (owner and repository name).` };
      return { ok: true, value: { kind: 'github', url: `${base}/${owner}/${repo.replace(/\.git$/, '')}` } };
    }
    case 'gitlab': {
      // Groups nest: gitlab.com/group/subgroup/project(/-/issues…)
      const dash = segments.indexOf('-');
      const path = (dash >= 0 ? segments.slice(0, dash) : segments).map((s, i, all) => (i === all.length - 1 ? s.replace(/\.git$/, '') : s));
      if (path.length < 2) return { ok: false, error: `Tracker address: give the project, e.g. ${example} (group and project name).` };
      return { ok: true, value: { kind: 'gitlab', url: `${base}/${path.join('/')}` } };
    }
    case 'jira': {
      // Jira Server may live under a context path (https://example.com/jira).
      const secure = segments.indexOf('secure');
      const browse = segments.indexOf('browse');
      const cut = [secure, browse].filter((i) => i >= 0);
      const path = cut.length ? segments.slice(0, Math.min(...cut)) : segments;
      const projectId = (input.projectId ?? '').trim();
      const issueTypeId = (input.issueTypeId ?? '').trim();
      if (!/^\d{1,18}$/.test(projectId)) {
        return { ok: false, error: 'Jira project id: enter the numeric id of the project (e.g. 10000), not its key; Jira shows it in the project settings or in /rest/api/2/project/<KEY>.' };
      }
      if (!/^\d{1,18}$/.test(issueTypeId)) {
        return { ok: false, error: 'Jira issue type id: enter the numeric id of the issue type (e.g. 10001 for a Task in many Jira Cloud sites).' };
      }
      return { ok: true, value: { kind: 'jira', url: [base, ...path].join('/'), projectId, issueTypeId } };
    }
  }
}
