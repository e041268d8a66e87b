import { describe, expect, it } from 'vitest';
import { makeCheck } from '@/features/turn-tester/verdicts';
import { DEFAULT_TIMEOUT_MS, HELP, formatProbeReport, parseProbeArgs } from './probe';

const error = (argv: string[]): string => {
  const r = parseProbeArgs(argv);
  return r.ok ? 'ok' : r.error;
};

describe('parseProbeArgs', () => {
  it('reads URLs, static credentials and options', () => {
    const r = parseProbeArgs(['turn:Example.com?transport=tcp', 'turns:example.com:443', '--username', 'u', '--password=p', '--json', 'out.json', '--timeout', '1500']);
    expect(r.ok && r.help !== true && r.args).toMatchObject({
      uris: [{ url: 'turn:example.com:3478?transport=tcp' }, { url: 'turns:example.com:443', transport: 'tls' }],
      credentials: { kind: 'static', username: 'u', password: 'p' },
      json: 'out.json',
      timeoutMs: 1500,
      ca: null,
      color: null,
    });
  });

  it('mints from a shared secret with defaults', () => {
    const r = parseProbeArgs(['turn:h', '--secret', 's3cret', '--no-color']);
    expect(r.ok && r.help !== true && r.args).toMatchObject({
      credentials: { kind: 'shared-secret', secret: 's3cret', userId: 'turn-probe', ttlSeconds: 600 },
      timeoutMs: DEFAULT_TIMEOUT_MS,
      color: false,
    });
  });

  it.each([
    [[], 'missing the turn: or turns: URL to probe'],
    [['turn:h'], 'missing credentials: give --username and --password, or --secret'],
    [['turn:h', '--username', 'u'], '--username needs --password'],
    [['turn:h', '--password', 'p'], '--password needs --username'],
    [['turn:h', '--username', 'u', '--password', 'p', '--secret', 's'], 'give either --username and --password or --secret, not both'],
    [['turn:h', '--username', 'u', '--password', 'p', '--ttl', '60'], '--ttl and --user-id go with --secret'],
    [['turn:h', '--secret', 's', '--ttl', '0'], '--ttl must be between 1 and 604800, got 0'],
    [['turn:h', '--secret', 's', '--timeout', '10'], '--timeout must be between 100 and 60000, got 10'],
    [['turn:h', '--secret', 's', '--timeout'], '--timeout needs a value'],
    [['turn:h', '--secret', '--json', 'x'], '--secret needs a value'],
    [['turn:h', '--secret', 's', '--secret', 't'], '--secret is given more than once'],
    [['turn:h', '--secret', 's', '-x'], 'unknown option -x'],
    [['turn:h;transport=tcp', '--secret', 's'], 'URL 1 "turn:h;transport=tcp": write the transport as a query parameter: turn:h?transport=tcp (with "?", not ";")'],
    [['turn:h', 'turn:H:3478', '--secret', 's'], 'URL 2 "turn:H:3478" is given twice'],
    [['stuns:h', '--secret', 's'], 'URL 1 "stuns:h": a stuns: URL has nothing to probe; use turn: or turns:'],
  ])('%j → %s', (argv, message) => {
    expect(error(argv)).toBe(message);
  });

  it('answers --help anywhere, and the help states what it does and does not do', () => {
    expect(parseProbeArgs(['turn:h', '-h'])).toEqual({ ok: true, help: true });
    expect(HELP).toContain('contacts only the servers named on the command line');
    expect(HELP).toContain('never sends any\npayload to a peer address');
    expect(HELP).toContain('at most 20 packets per second');
  });
});

describe('formatProbeReport', () => {
  const run = {
    startedAt: '2026-01-01T00:00:00.000Z',
    urls: ['turn:h:3478'],
    checks: [
      makeCheck({ id: 'anonymous-allocation', scope: 'server', target: 'h:3478', verdict: 'fail', ms: 5, detail: 'Granted without credentials (password hunter2).', severity: 'critical' }),
      makeCheck({ id: 'tcp-relay', scope: 'server', target: 'h:3478', verdict: 'pass', ms: 5, detail: 'Refused (442).' }),
    ],
    candidates: {},
    cancelled: false,
    ms: 10,
  };

  it('names verdict, check, target, severity and checklist items; no colour codes when asked for none', () => {
    const text = formatProbeReport(run, false, ['hunter2']);
    expect(text).toContain('FAIL  Anonymous allocation (anonymous-allocation) h:3478 [critical]');
    expect(text).toContain('checklist: turn-cred-authentication-enforced');
    // A pass is evidence too: the TCP relay check names its item.
    expect(text).toMatch(/PASS {2}TCP relay \(tcp-relay\) h:3478\n {6}Refused \(442\)\.\n {6}checklist: turn-disable-tcp-relay\n/);
    expect(text).toContain('password [redacted]');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('FAIL: 1 pass, 0 warn, 1 fail, 0 skipped');
    expect(text).not.toContain('\x1b[');
  });

  it('colours verdicts for a terminal', () => {
    expect(formatProbeReport(run, true, [])).toContain('\x1b[31mFAIL \x1b[0m');
  });
});
