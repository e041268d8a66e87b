/**
 * Property tests for the command lines of `probe` and `coturn-lint` (issue 18): argv is outside
 * input. 10 000 cases each of real flags, values and URLs in any order: parsing never throws; an
 * error is a message (exit status 2), an accepted probe command has only turn:/turns: URLs, no
 * duplicates and a timeout in range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLintArgs } from './coturn-lint';
import { parseProbeArgs } from './probe';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;

const word = fc.oneof(
  fc.constantFrom('--username', '--password', '--secret', '--user-id', '--ttl', '--json', '--timeout', '--ca', '--no-color', '--help', '-h', '--version', '--snippet', '--', '-', '--unknown'),
  fc.constantFrom('turn:127.0.0.1:3478', 'turns:turn.example.com:443?transport=tcp', 'stun:stun.example.com', 'turn:[::1]:3478?transport=udp', 'turn:', 'turn:x:70000', 'alice', 's3cret', '0', '99', '60000', '100000', '-5', '4.6', '9.9', 'out.json', 'turnserver.conf', ''),
  fc.tuple(fc.constantFrom('--username=', '--secret=', '--ttl=', '--timeout=', '--json=', '--version=', '--password='), fc.string({ maxLength: 12 })).map(([f, v]) => f + v),
  fc.string({ maxLength: 24 }),
);
const argv = fc.array(word, { maxLength: 10 });
/** Commands close to real ones (URLs and credentials present), as they are or with one word added or dropped. */
const probeCommand = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('turn:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=tcp', 'turns:turn.example.com:443', 'turn:[::1]:3478'), { minLength: 1, maxLength: 3 }),
    fc.constantFrom(['--username', 'alice', '--password', 'pw'], ['--secret', 'sec', '--ttl', '600'], ['--secret=sec']),
    fc.array(fc.constantFrom(['--json', 'out.json'], ['--timeout', '5000'], ['--ca', 'ca.pem'], ['--no-color']), { maxLength: 3 }),
    fc.constantFrom('none', 'none', 'add', 'drop'),
    fc.nat(),
    word,
  )
  .map(([urls, creds, extra, change, at, added]) => {
    const all: string[] = [...urls, ...creds, ...extra.flat()];
    if (change === 'drop') all.splice(at % all.length, 1);
    if (change === 'add') all.splice(at % (all.length + 1), 0, added);
    return all;
  });

describe('CLI arguments (property)', () => {
  let accepted = 0;
  it('parseProbeArgs never throws; accepted commands probe distinct turn:/turns: URLs within the timeout range', () => {
    fc.assert(
      fc.property(fc.oneof(argv, probeCommand), (args) => {
        const r = parseProbeArgs(args);
        if (!r.ok) {
          expect(r.error).toMatch(/\S/);
          return;
        }
        if (r.help) return;
        accepted++;
        expect(r.args.uris.length).toBeGreaterThan(0);
        for (const u of r.args.uris) expect(u.isTurn).toBe(true);
        expect(new Set(r.args.uris.map((u) => u.url)).size).toBe(r.args.uris.length);
        expect(r.args.timeoutMs >= 100 && r.args.timeoutMs <= 60_000).toBe(true);
      }),
      RUNS,
    );
    // Not only refusals: a good share of the commands is accepted and checked.
    expect(accepted).toBeGreaterThan(1000);
  }, TIMEOUT);

  it('parseLintArgs never throws; an accepted command names one config file', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const r = parseLintArgs(args);
        if (!r.ok) expect(r.error).toMatch(/\S/);
        else if (!r.help) expect(args).toContain(r.args.file);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
