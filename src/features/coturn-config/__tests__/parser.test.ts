import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig, splitOptionLine } from '@/features/coturn-config/parser';

describe('parseConfig (file form, as read_config_file/parse_arg_string read it)', () => {
  it('reads option, option=value and option value, skipping comment and blank lines', () => {
    const p = parseConfig('# comment\n\nfingerprint\nrealm=example.com\n  listening-port 3478\n\tuser-quota\t=\t12\n');
    expect(p.mode).toBe('file');
    expect(p.entries).toEqual([
      { line: 3, name: 'fingerprint', value: null, dashed: false },
      { line: 4, name: 'realm', value: 'example.com', dashed: false },
      { line: 5, name: 'listening-port', value: '3478', dashed: false },
      { line: 6, name: 'user-quota', value: '12', dashed: false },
    ]);
  });

  it('keeps a # after the option as part of the value, and says so', () => {
    const p = parseConfig('denied-peer-ip=10.0.0.0-10.255.255.255 # private\n');
    expect(p.entries[0]?.value).toBe('10.0.0.0-10.255.255.255 # private');
    expect(p.notes).toContainEqual({ line: 1, kind: 'inline-comment', name: 'denied-peer-ip' });
  });

  it('strips one pair of surrounding quotes and trailing blanks; keeps repeated options in order', () => {
    const p = parseConfig('cipher-list="HIGH:!aNULL"  \r\ndenied-peer-ip=10.0.0.1\ndenied-peer-ip=10.0.0.2\n');
    expect(p.entries.map((e) => e.value)).toEqual(['HIGH:!aNULL', '10.0.0.1', '10.0.0.2']);
    expect(splitOptionLine('a=="b"')).toEqual({ name: 'a', value: 'b' });
  });

  it('flags --option in a file (coturn ignores it) and a trailing semicolon', () => {
    const p = parseConfig('realm=x\n--no-cli\nverbose;\n');
    expect(p.entries.map((e) => e.name)).toEqual(['realm', 'verbose;']);
    expect(p.notes.map((n) => n.kind)).toEqual(['dashes-in-file', 'semicolon']);
    const q = parseConfig('realm=x;\n');
    expect(q.notes.map((n) => n.kind)).toEqual(['semicolon']);
  });

  it('splits lines longer than the 1023-character fgets buffer like coturn does', () => {
    const p = parseConfig(`realm=${'a'.repeat(1100)}\n`);
    expect(p.notes[0]?.kind).toBe('long-line');
    expect(p.entries).toHaveLength(2);
  });
});

describe('parseConfig (command-line form)', () => {
  it('reads a docker-compose command list with --opt=value, --opt value and short options', () => {
    const p = parseConfig('command:\n  - -n\n  - --log-file=stdout\n  - --realm\n  - example.org\n  - -a\n  - --no-tcp-relay\n');
    expect(p.mode).toBe('command-line');
    expect(p.entries.map((e) => [e.name, e.value, e.line])).toEqual([
      ['n', null, 2],
      ['log-file', 'stdout', 3],
      ['realm', 'example.org', 4],
      ['lt-cred-mech', null, 6],
      ['no-tcp-relay', null, 7],
    ]);
  });

  it('reads a one-line turnserver invocation', () => {
    const p = parseConfig('/usr/bin/turnserver -c /etc/turnserver.conf --no-cli --denied-peer-ip=10.0.0.0-10.255.255.255 -r "turn.example.com"');
    expect(p.entries.map((e) => e.name)).toEqual(['c', 'no-cli', 'denied-peer-ip', 'realm']);
    expect(p.entries[3]?.value).toBe('turn.example.com');
  });
});

describe('parseConfig never throws', () => {
  it('on arbitrary text (10 000 cases), and every entry points at a real line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.oneof(fc.constantFrom('#', '=', ' ', '\t', '\n', '"', '-', '--', 'denied-peer-ip', 'command:', 'turnserver', '::', '\r'), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('')),
        ),
        (text) => {
          const p = parseConfig(text);
          for (const e of p.entries) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(p.lineCount);
          }
        },
      ),
      { numRuns: 10_000 },
    );
    // 10 000 runs take ~1 s alone and several seconds on a loaded 2-core machine.
  }, 60_000);
});
