import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { projectArb, textArb } from '@/testing/arbitraries';
import { makeAnswer, makeEvidence, makeProject } from '@/testing/projects';
import {
  checkImportSize,
  countRedactedFields,
  createProjectFile,
  createProjectsFile,
  MAX_IMPORT_BYTES,
  parseProjectFile,
  PROJECT_FILE_FORMAT,
  serializeFile,
  toExportedProject,
} from './project-file';
import { redactSecrets } from '@/lib/redaction';
import type { Project } from '@/entities/project/types';

const NOW = Date.UTC(2026, 1, 1);

function fileFor(project: Project) {
  return serializeFile(createProjectFile(project, '1.0.0', new Date(NOW)));
}

function goodFile() {
  return JSON.parse(
    fileFor(
      makeProject({
        id: 'proj-1',
        name: 'Acme',
        answers: { 'turn-x': makeAnswer({ status: 'yes', note: 'ok', updatedAt: 7 }) },
      }),
    ),
  );
}

function errorFor(mutate: (file: ReturnType<typeof goodFile>) => void): string {
  const file = goodFile();
  mutate(file);
  const result = parseProjectFile(JSON.stringify(file), NOW);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('export', () => {
  it('writes exactly the documented shape', () => {
    const file = createProjectFile(
      makeProject({
        id: 'p1',
        name: 'Acme',
        profile: { ...EMPTY_PROFILE, turn: 'own' },
        answers: { b: makeAnswer({ status: 'na', naReason: 'No DC', updatedAt: 2 }), a: makeAnswer({ status: 'yes', evidence: [makeEvidence()], updatedAt: 1 }) },
      }),
      '1.2.0',
      new Date(NOW),
    );
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'contentVersion', 'project']);
    expect(file).toMatchObject({ format: PROJECT_FILE_FORMAT, version: 1, exportedAt: '2026-02-01T00:00:00.000Z', contentVersion: '1.2.0' });
    expect(Object.keys(file.project)).toEqual(['id', 'name', 'profile', 'answers']);
    expect(Object.keys(file.project.answers)).toEqual(['a', 'b']);
    expect(Object.keys(file.project.answers.a ?? {})).toEqual(['status', 'note', 'naReason', 'owner', 'due', 'evidence', 'updatedAt']);
    expect(file.project.profile).toEqual({ ...EMPTY_PROFILE, turn: 'own' });
  });

  it('never writes fields outside the schema or credentials', () => {
    const sneaky = {
      ...makeProject({
        answers: {
          a: makeAnswer({
            note: 'TURN secret: static-auth-secret=hunter2hunter2',
            evidence: [makeEvidence({ url: 'https://admin:pa55@turn.example.com/x?token=abc' })],
          }),
        },
      }),
      password: 'top-secret',
    } as Project;
    const text = fileFor(sneaky);
    expect(text).not.toMatch(/top-secret|hunter2|pa55|abc/);
    expect(text).not.toMatch(/createdAt|nameUpdatedAt|"password"/);
  });

  it('exports all projects in one file', () => {
    const file = createProjectsFile([makeProject({ id: 'a' }), makeProject({ id: 'b' })], '1.0.0', new Date(NOW));
    expect(file.format).toBe('webrtc-security-checklist/projects');
    const result = parseProjectFile(serializeFile(file), NOW);
    expect(result.ok && result.value.projects.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('import', () => {
  it('redacts credentials in imported text before it reaches storage', () => {
    const file = goodFile();
    file.project.answers['imported-with-secrets'] = {
      status: 'no',
      note: 'coturn static-auth-secret=S3cr3tValue123, password: hunter2',
      naReason: '',
      owner: '',
      due: '',
      evidence: [
        {
          id: 'e-secret',
          kind: 'turn-test',
          label: 'user=alice:Pa55word',
          url: 'https://admin:hunter2@wiki.example.com/page?token=abcdef123456',
          date: '2026-01-15T09:00:00.000Z',
          checks: [{ id: 'allocation', url: 'turn:bob:Pa55word@turn.example.com', verdict: 'pass', ms: 3, detail: 'Bearer abcdefghijklmnop' }],
        },
      ],
      updatedAt: 3,
    };
    const result = parseProjectFile(JSON.stringify(file), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = JSON.stringify(result.value.projects[0]);
    for (const secret of ['S3cr3tValue123', 'hunter2', 'Pa55word', 'abcdef123456', 'abcdefghijklmnop']) expect(stored).not.toContain(secret);
    expect(stored).toContain('[redacted]');
  });

  it('accepts a good file and keeps answers to unknown item ids (shown as retired)', () => {
    const file = goodFile();
    file.project.answers['retired-or-future-item'] = { status: 'no', note: '', naReason: '', owner: '', due: '', evidence: [], updatedAt: 3 };
    const result = parseProjectFile(JSON.stringify(file), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('project');
    expect(result.value.projects[0]?.answers['retired-or-future-item']?.status).toBe('no');
    expect(result.value.projects[0]?.contentVersion).toBe('1.0.0');
  });

  it('names the first bad field by its path', () => {
    expect(errorFor((f) => (f.project.answers['turn-x'].status = 'maybe'))).toContain(
      'project.answers["turn-x"].status: expected one of yes, partial, no, na',
    );
    expect(errorFor((f) => (f.project.answers['turn-x'].due = '31/12/2026'))).toContain('project.answers["turn-x"].due: expected a date as YYYY-MM-DD');
    expect(errorFor((f) => delete f.project.name)).toContain('project.name: is missing');
    expect(errorFor((f) => (f.project.profile.turn = 'maybe'))).toContain('project.profile.turn: expected one of own, provider, none, unknown');
    expect(errorFor((f) => (f.project.answers['turn-x'].evidence = [{ id: 'e', kind: 'photo', label: '', date: '' }]))).toContain(
      'project.answers["turn-x"].evidence[0].kind: expected one of link, turn-test, coturn-config',
    );
    expect(errorFor((f) => (f.format = 'something-else'))).toContain('format: expected "webrtc-security-checklist/project"');
    expect(errorFor((f) => (f.version = 2))).toContain('version: expected 1');
    expect(errorFor((f) => (f.project.answers = { 'bad id!': f.project.answers['turn-x'] }))).toContain('project.answers["bad id!"]: expected an item id');
  });

  it('says when the file is not JSON', () => {
    const result = parseProjectFile('name,status\nx,yes', NOW);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/not valid JSON/);
  });

  it('says an array is not a project file (not "format: …" of a file that is not one)', () => {
    expect(parseProjectFile('[{"format":"webrtc-security-checklist/project"}]', NOW)).toEqual({ ok: false, error: 'This project file cannot be imported: expected a project file (a JSON object), got an array' });
  });

  it('refuses files over 50 MB', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/over 50 MB/);
    const result = parseProjectFile(' '.repeat(MAX_IMPORT_BYTES + 1), NOW);
    expect(!result.ok && result.error).toMatch(/over 50 MB/);
  });

  it('never throws, whatever the input (random JSON values)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProjectFile(JSON.stringify(value) ?? 'null', NOW);
        expect(typeof (result.ok ? result.value : result.error)).toBe(result.ok ? 'object' : 'string');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever the input (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseProjectFile(text, NOW);
        expect(result.ok || typeof result.error === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid file with one value replaced by anything', () => {
    const paths = [['format'], ['version'], ['project'], ['project', 'id'], ['project', 'name'], ['project', 'profile'], ['project', 'profile', 'e2ee'], ['project', 'answers'], ['project', 'answers', 'turn-x'], ['project', 'answers', 'turn-x', 'status'], ['project', 'answers', 'turn-x', 'evidence'], ['project', 'answers', 'turn-x', 'updatedAt']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const file = goodFile();
        let target = file;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1] as string] = value;
        const result = parseProjectFile(JSON.stringify(file), NOW);
        if (!result.ok) expect(result.error).toMatch(/^This project file cannot be imported: |not valid JSON/);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips export → import exactly (secrets aside)', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const text = fileFor(project);
        // Parsed after every timestamp of the arbitraries (up to 2100): none is clamped to "now".
        const result = parseProjectFile(text, Date.UTC(2101, 0, 1));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const imported = result.value.projects[0] as Project;
        // Everything in the file comes back as exported…
        expect(toExportedProject(imported)).toEqual(toExportedProject(project));
        // …and exporting again gives the same bytes.
        expect(fileFor(imported)).toBe(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('carries the issue tracker setting: written when set, re-imported exactly, absent when removed', () => {
    const jira = { kind: 'jira', url: 'https://acme.atlassian.net/jira', projectId: '10000', issueTypeId: '10001' } as const;
    const withTracker = makeProject({ id: 'p1', tracker: { setting: jira, updatedAt: 5 } });
    const file = createProjectFile(withTracker, '1.0.0', new Date(NOW));
    expect(Object.keys(file.project)).toEqual(['id', 'name', 'profile', 'tracker', 'answers']);
    expect(file.project.tracker).toEqual(jira);
    const back = parseProjectFile(serializeFile(file), NOW);
    expect(back.ok && back.value.projects[0]?.tracker).toEqual({ setting: jira, updatedAt: NOW });
    const removed = createProjectFile(makeProject({ tracker: { setting: null, updatedAt: 5 } }), '1.0.0', new Date(NOW));
    expect('tracker' in removed.project).toBe(false);
    const none = parseProjectFile(fileFor(makeProject()), NOW);
    expect(none.ok && 'tracker' in (none.value.projects[0] ?? {})).toBe(false);
  });

  it('checks an imported tracker like the settings form does, naming the field', () => {
    const withTracker = (tracker: unknown) => errorFor((f) => Object.assign(f.project, { tracker }));
    expect(withTracker({ kind: 'github', url: 'http://github.com/a/b' })).toContain('project.tracker: Tracker address: use https://');
    expect(withTracker({ kind: 'jira', url: 'https://acme.atlassian.net', projectId: 'ACME', issueTypeId: '1' })).toContain('project.tracker: Jira project id');
    expect(withTracker({ kind: 'bitbucket', url: 'https://bitbucket.org/a/b' })).toContain('project.tracker.kind: expected one of github, gitlab, jira');
    const secret = withTracker({ kind: 'gitlab', url: 'https://deploy:s3cr3t-pw@gitlab.com/a/b' });
    expect(secret).toBe('This project file cannot be imported: project.tracker.url: expected a tracker address without credentials in it');
    // A pasted issues URL is normalised as in the form.
    const file = goodFile();
    file.project.tracker = { kind: 'github', url: 'https://github.com/acme/webrtc.git' };
    const ok = parseProjectFile(JSON.stringify(file), NOW);
    expect(ok.ok && ok.value.projects[0]?.tracker?.setting).toEqual({ kind: 'github', url: 'https://github.com/acme/webrtc' });
  });

  it('round-trips texts without secrets unchanged', () => {
    fc.assert(
      fc.property(projectArb, textArb(100), (project, note) => {
        fc.pre(redactSecrets(note) === note && redactSecrets(project.name) === project.name);
        const p = { ...project, answers: { 'item-1': makeAnswer({ status: 'partial', note, updatedAt: 1 }) } };
        const result = parseProjectFile(fileFor(p), NOW);
        expect(result.ok && result.value.projects[0]?.answers['item-1']).toEqual(p.answers['item-1']);
        expect(result.ok && result.value.projects[0]?.name).toBe(p.name);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids named like built-in object properties', () => {
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];

  it.each(NAMES)('imports a project with id %s and answers with that id like any other', (name) => {
    const file = goodFile();
    file.project.id = name;
    const answerId = name.startsWith('_') ? `x${name}` : name; // item ids start with a letter or digit
    const raw = JSON.stringify(file).replace('"answers":{', `"answers":{"${answerId}":{"status":"no","updatedAt":1},`);
    const result = parseProjectFile(raw, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const project = result.value.projects[0]!;
    expect(project.id).toBe(name);
    expect(Object.getPrototypeOf(project.answers)).toBeNull();
    expect(Object.keys(project.answers).sort()).toEqual([answerId, 'turn-x'].sort());
    // Export → import keeps the id and every answer.
    const again = parseProjectFile(fileFor(project), NOW);
    expect(again.ok && again.value.projects[0]?.id).toBe(name);
    expect(again.ok && Object.keys(again.value.projects[0]!.answers).length).toBe(2);
  });

  it('an answer id "__proto__" is named as a bad item id (it does not match the id pattern), never dropped silently', () => {
    const raw = JSON.stringify(goodFile()).replace('"answers":{', '"answers":{"__proto__":{"status":"yes","updatedAt":1},');
    expect(parseProjectFile(raw, NOW)).toEqual({
      ok: false,
      error: expect.stringContaining('project.answers["__proto__"]: expected an item id') as unknown as string,
    });
  });
});

describe('hostile values in files', () => {
  it('refuses two projects with the same id in one all-projects file, naming both', () => {
    const raw = serializeFile(createProjectsFile([makeProject({ id: 'dup', name: 'First' }), makeProject({ id: 'other' }), makeProject({ id: 'dup', name: 'Second' })], '1.0.0', new Date(NOW)));
    const result = parseProjectFile(raw, NOW);
    expect(result).toEqual({ ok: false, error: 'This project file cannot be imported: projects[2].id: "dup" is also the id of projects[0]; each project in a file needs its own id' });
  });

  it('clamps timestamps from the future to now, and accepts the edge of the date range', () => {
    for (const t of [8.64e15, Date.UTC(2999, 0, 1)]) {
      const file = goodFile();
      file.project.answers['turn-x'].updatedAt = t;
      const result = parseProjectFile(JSON.stringify(file), NOW);
      expect(result.ok && result.value.projects[0]?.answers['turn-x']?.updatedAt).toBe(NOW);
      expect(result.ok && result.value.projects[0]?.updatedAt).toBe(NOW);
    }
    const file = goodFile();
    file.project.answers['turn-x'].updatedAt = 8.64e15 + 1;
    expect(parseProjectFile(JSON.stringify(file), NOW)).toMatchObject({ ok: false, error: /within the JavaScript date range/ });
  });

  it('caps the echo of an offending value and never echoes a secret-looking one', () => {
    const huge = 'x'.repeat(4_900_000);
    const file = goodFile();
    file.project = huge;
    const error = parseProjectFile(JSON.stringify(file), NOW);
    expect(!error.ok && error.error.length).toBeLessThan(300);
    expect(!error.ok && error.error).toMatch(/4,900,000 characters/);
    const keyed = JSON.stringify(goodFile()).replace('"answers":{', `"answers":{"${'k'.repeat(1_000_000)}":{"status":"yes","updatedAt":1},`);
    const keyError = parseProjectFile(keyed, NOW);
    expect(!keyError.ok && keyError.error.length).toBeLessThan(300);
    expect(!keyError.ok && keyError.error).toMatch(/1,000,000 characters/);
    for (const value of ['password=hunter2-is-secret', 'AKIAIOSFODNN7EXAMPLE1234abcd', 'https://admin:hunter2@x.example']) {
      const secret = goodFile();
      secret.project.answers['turn-x'] = value;
      const secretError = parseProjectFile(JSON.stringify(secret), NOW);
      expect(!secretError.ok && secretError.error).toMatch(/not shown: it looks like a credential/);
      expect(!secretError.ok && secretError.error).not.toMatch(/hunter2|AKIA/);
    }
    const notJson = parseProjectFile('{"a": password=hunter2xyz}', NOW);
    expect(!notJson.ok && notJson.error).not.toMatch(/hunter2/);
  });
});

describe('countRedactedFields', () => {
  it('counts the text fields an export redacts', () => {
    const project = makeProject({
      name: 'Plain',
      answers: {
        a: makeAnswer({ note: 'password: hunter2', owner: 'alice' }),
        b: makeAnswer({ note: 'Rotate the TURN secret: done via vault', evidence: [makeEvidence({ url: 'https://u:pw@x.example/' })] }),
      },
    });
    expect(countRedactedFields(project)).toBe(2);
    expect(countRedactedFields(makeProject({ name: 'Nothing' }))).toBe(0);
  });
});
