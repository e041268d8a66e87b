/**
 * Property tests for what the app reads from an address (issue 18: every parser of outside input):
 * the path of any link (route table, its decoding of ids), the checklist view's query string
 * (filters and architecture scope), and the issue-tracker address typed in settings or carried by
 * an imported project file. 10 000 cases each: nothing throws; every path reaches a page, a query
 * string has one canonical form, a tracker address is normalised https or one message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { referenceCodec } from '@/features/checklist-reference/reference-params';
import { parseTrackerSetting, TRACKER_KINDS } from '@/features/projects/handoff/tracker-setting';
import { canonicalSearch } from '@/lib/url-state';
import { matchRoute, ROUTES } from './router';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;

const PATH_PIECES = ['/', '//', 'projects', 'checklist', 'turn', 'coturn', 'about', 'onboard', 'onboarding', 'brief', '%', '%2F', '%E0%A4%A', '%25', '..', '.', '?', '#', '*', ':projectId', 'é', '\u202e', ' ', 'turn-cred-ephemeral'];
const pathLike = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => `/${s}`),
  fc.array(fc.oneof(fc.constantFrom(...PATH_PIECES), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((a) => `/${a.join('/')}`),
);

describe('links (property)', () => {
  it('matchRoute never throws: any path reaches a page of the route table', () => {
    fc.assert(
      fc.property(pathLike, (pathname) => {
        expect(ROUTES).toContain(matchRoute(pathname).route);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('a project or checklist item id of any text comes back from its link unchanged', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (id) => {
        expect(matchRoute(paths.project.getHref(id))).toMatchObject({ route: { path: paths.project.path }, params: { projectId: id } });
        expect(matchRoute(paths.checklistItem.getHref(id))).toMatchObject({ route: { path: paths.checklistItem.path }, params: { itemId: id } });
      }),
      RUNS,
    );
  }, TIMEOUT);
});

const QUERY_PIECES = ['q=', 'severity=', 'asvs=', 'profile=', 'critical', 'high', 'low', 'medium', ',', '&', '=', '%', '%2C', '+', '0', '1', '3', '4', 'topology:sfu', 'turn:own', 'turn:true', 'x:y', ':', '__proto__:1', 'constructor:x', '#'];
const queryLike = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...QUERY_PIECES), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((a) => `?${a.join('')}`),
);

describe('the checklist view’s query string (property)', () => {
  it('never throws; what it reads writes back to a canonical form that reads the same', () => {
    fc.assert(
      fc.property(queryLike, (search) => {
        const state = referenceCodec.parse(new URLSearchParams(search));
        expect([0, 1, 2, 3]).toContain(state.filter.asvsLevel);
        const canonical = canonicalSearch(referenceCodec, search);
        expect(canonicalSearch(referenceCodec, canonical)).toBe(canonical);
        expect(referenceCodec.parse(new URLSearchParams(canonical))).toEqual(state);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

const URL_PIECES = ['https://', 'http://', 'ftp://', 'javascript:', 'github.com', 'gihub.com', 'gitlab.com', 'example.atlassian.net', 'localhost', 'user:pw@', '/', 'owner', 'repo', 'repo.git', '-', 'issues', '?x=1', '#frag', ':443', ':99999', '%', '[::1]', ' ', 'é'];
const urlLike = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.webUrl(),
  fc.array(fc.oneof(fc.constantFrom(...URL_PIECES), fc.string({ maxLength: 6 })), { maxLength: 10 }).map((a) => a.join('')),
);

describe('the issue-tracker address (property)', () => {
  it('never throws; an accepted address is https without credentials, query or fragment, and a message names the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRACKER_KINDS), urlLike, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (kind, url, projectId, issueTypeId) => {
        const r = parseTrackerSetting({ kind, url, ...(projectId === undefined ? {} : { projectId }), ...(issueTypeId === undefined ? {} : { issueTypeId }) });
        if (!r.ok) {
          expect(r.error).toMatch(/^[A-Z][\w ]+: /);
          return;
        }
        const parsed = new URL(r.value.url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.username + parsed.password + parsed.search + parsed.hash).toBe('');
        expect(r.value.kind).toBe(kind);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
