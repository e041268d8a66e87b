import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commandVariables, probeCommand, settleCredentials, shellQuote } from './probe-command';

const URL_TCP = 'turn:turn.example.com:3478?transport=tcp';

/** What a POSIX shell makes of the command's arguments after `--` (variables set as given). */
function shellArgs(command: string, env: Record<string, string> = {}): string[] {
  const args = command.replace(/^npm run probe -- /, '');
  const out = execFileSync('/bin/sh', ['-c', `for a in ${args}; do printf '%s\\0' "$a"; done`], { env: { PATH: process.env.PATH ?? '', ...env } });
  return out.toString('utf8').split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest, escaping quotes', () => {
    expect(shellQuote('1700000000:turn-probe')).toBe('1700000000:turn-probe');
    expect(shellQuote(URL_TCP)).toBe(`'${URL_TCP}'`);
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("it's $HOME `x` *")).toBe(`'it'\\''s $HOME \`x\` *'`);
    expect(shellArgs(`npm run probe -- ${shellQuote("it's $HOME `x` *")}`)).toEqual(["it's $HOME `x` *"]);
  });
});

describe('probeCommand', () => {
  it('a minted pair goes in as it is, quoted for the shell (cli/probe-command.test.ts: the CLI accepts it)', () => {
    const cmd = probeCommand(URL_TCP, { kind: 'minted', username: '1767225600:turn-probe', password: 'a+b/c=', expiresAt: 1_767_225_600_000 });
    expect(cmd).toBe(`npm run probe -- '${URL_TCP}' --username 1767225600:turn-probe --password a+b/c=`);
    const args = shellArgs(cmd);
    expect(args).toEqual([URL_TCP, '--username', '1767225600:turn-probe', '--password', 'a+b/c=']);
    expect(commandVariables({ kind: 'minted', username: 'u', password: 'p', expiresAt: 0 })).toEqual([]);
  });

  it('a typed password never appears: the command reads it from $TURN_PASSWORD', () => {
    const cmd = probeCommand('turn:198.51.100.7:3478', { kind: 'username', username: "o'brien" });
    expect(cmd).toBe(`npm run probe -- turn:198.51.100.7:3478 --username 'o'\\''brien' --password "$TURN_PASSWORD"`);
    expect(shellArgs(cmd, { TURN_PASSWORD: 'pa ss $x' })).toEqual(['turn:198.51.100.7:3478', '--username', "o'brien", '--password', 'pa ss $x']);
    expect(commandVariables({ kind: 'username', username: 'x' })).toEqual(['TURN_PASSWORD']);
  });

  it('without credentials both come from the environment', () => {
    const cmd = probeCommand('turns:turn.example.com:443?transport=tcp', { kind: 'none' });
    expect(cmd).toBe(`npm run probe -- 'turns:turn.example.com:443?transport=tcp' --username "$TURN_USERNAME" --password "$TURN_PASSWORD"`);
    expect(shellArgs(cmd, { TURN_USERNAME: 'u', TURN_PASSWORD: 'p' }).slice(1)).toEqual(['--username', 'u', '--password', 'p']);
    expect(commandVariables({ kind: 'none' })).toEqual(['TURN_USERNAME', 'TURN_PASSWORD']);
  });

  it('an IPv6 URL is quoted (brackets are glob characters)', () => {
    expect(probeCommand('turn:[2001:db8::1]:3478', { kind: 'none' })).toContain(`-- 'turn:[2001:db8::1]:3478' `);
  });
});

describe('settleCredentials', () => {
  const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
  const subtle = globalThis.crypto.subtle;

  it('mints a 15-minute pair from the shared secret, never returning the secret', async () => {
    const c = await settleCredentials({ kind: 'shared-secret', secret: 'north-wind-secret', userId: '', ttlSeconds: 86_400 }, subtle, NOW);
    expect(c).toMatchObject({ kind: 'minted', username: `${NOW / 1000 + 900}:turn-probe`, expiresAt: NOW + 900_000 });
    const expected = createHmac('sha1', 'north-wind-secret').update(`${NOW / 1000 + 900}:turn-probe`).digest('base64');
    expect(c.kind === 'minted' && c.password).toBe(expected);
    expect(JSON.stringify(c)).not.toContain('north-wind-secret');
    const withUser = await settleCredentials({ kind: 'shared-secret', secret: 's', userId: 'ops-42', ttlSeconds: 60 }, subtle, NOW);
    expect(withUser.kind === 'minted' && withUser.username).toBe(`${NOW / 1000 + 900}:ops-42`);
  });

  it('keeps a typed username but not its password; nothing for an endpoint, restored results or a failed mint', async () => {
    expect(await settleCredentials({ kind: 'static', username: 'alice', password: 'hunter2' }, subtle, NOW)).toEqual({ kind: 'username', username: 'alice' });
    expect(await settleCredentials({ kind: 'endpoint', endpointUrl: 'https://api.example.com/turn' }, subtle, NOW)).toEqual({ kind: 'none' });
    expect(await settleCredentials(null, subtle, NOW)).toEqual({ kind: 'none' });
    expect(await settleCredentials({ kind: 'shared-secret', secret: 's', userId: '', ttlSeconds: 60 }, undefined, NOW)).toEqual({ kind: 'none' });
  });
});
