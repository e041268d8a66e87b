import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseLintArgs } from './coturn-lint';

const run = promisify(execFile);
const BIN = new URL('./bin.mjs', import.meta.url).pathname;
const corpus = (name: string) => new URL(`../src/features/coturn-config/__tests__/corpus/${name}`, import.meta.url).pathname;

async function lint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'coturn-lint', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('coturn-lint (real process through cli/bin.mjs)', { timeout: 60_000 }, () => {
  it('exits 1 with findings printed by severity when high or critical findings remain', async () => {
    const r = await lint(corpus('quickstart-insecure.conf'), '--version', '4.6');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('for coturn 4.6.x');
    expect(r.stdout).toMatch(/CRITICAL \(\d+\)/);
    expect(r.stdout).toContain('[peer-acl-cidr]');
    expect(r.stdout).toContain('quickstart-insecure.conf:10');
    expect(r.stdout).not.toContain('test123');
  });

  it('exits 0 on the hardened config and writes the masked findings JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coturn-lint-'));
    const out = join(dir, 'findings.json');
    const r = await lint(corpus('hardened.conf'), '--json', out);
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.format).toBe('webrtc-security-checklist/coturn-findings');
    expect(file.coturnVersion).toBe('4.17');
    expect(JSON.stringify(file)).not.toContain('8c1f5e0b9a7d4c3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e');
  });

  it('exits 2 on usage and input errors', async () => {
    expect((await lint()).code).toBe(2);
    expect((await lint(corpus('hardened.conf'), '--version', '3.1')).code).toBe(2);
    const missing = await lint('/nonexistent/turnserver.conf');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const dir = mkdtempSync(join(tmpdir(), 'coturn-lint-'));
    const bin = join(dir, 'turnserver.conf');
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    const binary = await lint(bin);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('does not look like a text config file');
  });
});

describe('parseLintArgs', () => {
  it('reads the documented flags', () => {
    expect(parseLintArgs(['a.conf', '--version', '4.13.1', '--json=o.json'])).toEqual({ ok: true, args: { file: 'a.conf', version: '4.13.1-4.15', json: 'o.json', snippet: false } });
    expect(parseLintArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseLintArgs(['a', 'b']).ok).toBe(false);
    expect(parseLintArgs(['a', '--frobnicate']).ok).toBe(false);
  });
});
