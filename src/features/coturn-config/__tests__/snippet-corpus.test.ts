import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig, analyzeParsed, checkConfigBytes, checkConfigText, hasBlockingFindings } from '@/features/coturn-config/analyze';
import { FINDINGS_FORMAT, findingsFile } from '@/features/coturn-config/findings-file';
import { parseConfig } from '@/features/coturn-config/parser';
import { secureSnippet } from '@/features/coturn-config/snippet';
import { VERSION_CHOICES, resolveVersion } from '@/features/coturn-config/versions';

const corpus = (name: string) => readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');
const SECRET = 'a'.repeat(16) + '0123456789abcdef0123456789abcdef0123456789abcdef';

function run(text: string, version = '4.17') {
  const r = analyzeConfig(text, version, checklist.items);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.analysis;
}

describe('secure configuration', () => {
  for (const v of VERSION_CHOICES) {
    it(`for ${v.label} fixes every high and critical finding of the insecure corpus and uses only ${v.label} options`, () => {
      for (const name of ['default-example.conf', 'quickstart-insecure.conf', 'docker-compose.conf', 'hardened.conf']) {
        const snippet = secureSnippet(parseConfig(corpus(name)), v, { secret: SECRET });
        const a = analyzeParsed(parseConfig(snippet), v, checklist.items);
        expect(hasBlockingFindings(a), `${name}: ${a.findings.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.rule).join(', ')}`).toBe(false);
        const rules = a.findings.map((f) => f.rule);
        for (const r of ['unknown-option', 'removed-option', 'option-not-in-version', 'config-syntax', 'startup-abort']) expect(rules, `${name} ${r}`).not.toContain(r);
        expect(snippet).not.toMatch(/^denied-peer-ip=.*\//m);
        expect(snippet).not.toMatch(/^denied-peer-ip=::0?$/m);
        expect(snippet).not.toMatch(/^denied-peer-ip=0\.0\.0\.0$/m);
      }
    });
  }
});

describe('corpus', () => {
  it('default example (everything commented out): anonymous relay, open peers, no quotas', () => {
    const a = run(corpus('default-example.conf'), '4.6');
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['auth-anonymous', 'peer-special-ranges-open', 'peer-ipv4-in-ipv6-bypass', 'quotas-missing', 'tcp-relay-enabled', 'tls-old-protocols']));
    // `#cli-password=qwerty` is commented out: an empty password keeps the CLI off.
    expect(rules).not.toContain('cli-example-password');
  });

  it('hardened config has no high or critical finding on 4.17, and still flags the 4.6 gaps', () => {
    const a = run(corpus('hardened.conf'), '4.17');
    expect(a.findings.filter((f) => f.severity === 'critical' || f.severity === 'high')).toEqual([]);
    const old = run(corpus('hardened.conf'), '4.6');
    expect(old.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['tls-old-protocols', 'software-attribute-sent', 'version-advisories']));
  });

  it('typical quick-start: static users, CIDR deny lines, inline comment, removed options, sample CLI password on 4.6', () => {
    const a = run(corpus('quickstart-insecure.conf'), '4.6');
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['auth-static-users', 'peer-acl-cidr', 'peer-acl-malformed', 'config-syntax', 'cli-example-password', 'verbose-logging']));
    const cidr = a.findings.filter((f) => f.rule === 'peer-acl-cidr');
    expect(cidr.map((f) => f.lines[0])).toEqual([10, 11]);
    expect(cidr[0]?.fix).toBe('denied-peer-ip=10.0.0.0-10.255.255.255');
    // 4.6 knows no-tlsv1 (removed in 4.7.0); no-loopback-peers is gone since 4.5.1.0.
    expect(a.findings.filter((f) => f.rule === 'removed-option').map((f) => f.options[0])).toEqual(['no-loopback-peers']);
    expect(run(corpus('quickstart-insecure.conf'), '4.17').findings.filter((f) => f.rule === 'removed-option').map((f) => f.options[0])).toEqual(['no-loopback-peers', 'no-tlsv1']);
  });

  it('docker-compose style: weak secret, web-admin on all interfaces, prometheus, wide allow re-opening a private range', () => {
    const a = run(corpus('docker-compose.conf'));
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['auth-weak-secret', 'web-admin-exposed', 'prometheus-all-interfaces', 'peer-allow-reopens']));
    expect(a.findings.find((f) => f.rule === 'peer-allow-reopens')?.severity).toBe('high');
  });

  it('docker command list: read as command-line options, typo suggested', () => {
    const a = run(corpus('docker-command.txt'));
    expect(a.parsed.mode).toBe('command-line');
    expect(a.findings.find((f) => f.rule === 'unknown-option')?.message).toContain('did you mean `no-tls`?');
    expect(a.findings.map((f) => f.rule)).not.toContain('auth-anonymous');
  });
});

describe('input checks and the findings file', () => {
  it('refuses more than 1 MB and binary content with a clear message', () => {
    expect(checkConfigText('a'.repeat(1024 * 1024 + 1))?.kind).toBe('too-large');
    expect(checkConfigText('realm=x\u0000')?.kind).toBe('binary');
    expect(checkConfigBytes(new Uint8Array([0x72, 0xff, 0xfe]))?.kind).toBe('binary');
    expect(checkConfigText('realm=x\n')).toBeNull();
  });

  it('has the documented shape and masks every secret, including the snippet secret', () => {
    const text = 'use-auth-secret\nstatic-auth-secret=short-secret-7\nrealm=x\nuser=bob:bobspassword\ncli-password=qwerty-not\n';
    const a = run(text, '4.6');
    const file = findingsFile(a, secureSnippet(a.parsed, a.version, { secret: SECRET }), new Date('2026-12-01T00:00:00Z'));
    expect(file.format).toBe(FINDINGS_FORMAT);
    expect(file.coturnVersion).toBe('4.6');
    expect(file.findings[0]).toEqual(expect.objectContaining({ rule: expect.any(String), severity: expect.any(String), options: expect.any(Array), lines: expect.any(Array), message: expect.any(String), items: expect.any(Array) }));
    const json = JSON.stringify(file);
    for (const s of ['short-secret-7', 'bobspassword', 'qwerty-not', SECRET]) expect(json).not.toContain(s);
    expect(file.snippet).toContain('use-auth-secret');
  });

  it('resolves what users type as a version', () => {
    expect(resolveVersion('4.6.1')?.id).toBe('4.6');
    expect(resolveVersion('4.13.1')?.id).toBe('4.13.1-4.15');
    expect(resolveVersion('4.10')?.id).toBe('4.9-4.10');
    expect(resolveVersion('4.18.2')?.id).toBe('4.17');
    expect(resolveVersion('latest')?.id).toBe('4.17');
    expect(resolveVersion('3.9')).toBeUndefined();
  });
});
