import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig, type Analysis } from '@/features/coturn-config/analyze';
import { RULES } from '@/features/coturn-config/rules/index';

function analyze(text: string, version = '4.17'): Analysis {
  const r = analyzeConfig(text, version, checklist.items);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.analysis;
}

const rules = (a: Analysis) => a.findings.map((f) => f.rule);

interface Case {
  readonly rule: string;
  readonly version?: string;
  /** Triggers the rule. */
  readonly bad: string;
  /** The fixed config: must not trigger it. */
  readonly good: string;
  readonly severity?: string;
  readonly expect?: (a: Analysis) => void;
}

const AUTH = 'use-auth-secret\nstatic-auth-secret=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nrealm=turn.example.com\n';

const CASES: readonly Case[] = [
  { rule: 'auth-anonymous', bad: 'listening-port=3478\n', good: AUTH, severity: 'critical' },
  { rule: 'auth-anonymous', bad: 'psql-userdb="host=db dbname=coturn"\n', good: `lt-cred-mech\n${AUTH}`, severity: 'critical' },
  { rule: 'auth-no-auth', bad: 'no-auth\n', good: AUTH, severity: 'critical' },
  { rule: 'auth-no-auth-conflict', bad: `no-auth\n${AUTH}`, good: AUTH, severity: 'high' },
  { rule: 'auth-static-users', bad: 'lt-cred-mech\nuser=alice:pw1\nrealm=x\n', good: AUTH, severity: 'high' },
  { rule: 'auth-static-users-dormant', bad: `${AUTH}user=alice:pw1\n`, good: AUTH, severity: 'medium' },
  { rule: 'auth-realm-missing', bad: 'use-auth-secret\nstatic-auth-secret=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n', good: AUTH },
  { rule: 'auth-secret-from-database', bad: 'use-auth-secret\nrealm=x\n', good: AUTH, severity: 'info' },
  { rule: 'auth-weak-secret', bad: 'use-auth-secret\nstatic-auth-secret=north\nrealm=x\n', good: AUTH, severity: 'critical' },
  { rule: 'auth-weak-secret', bad: 'use-auth-secret\nstatic-auth-secret=Tr0ub4dor&3x\nrealm=x\n', good: AUTH, severity: 'high' },
  { rule: 'peer-acl-cidr', version: '4.6', bad: 'denied-peer-ip=10.0.0.0/8\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', severity: 'high', expect: (a) => expect(a.findings.find((f) => f.rule === 'peer-acl-cidr')?.message).toMatch(/drops the line/) },
  { rule: 'peer-acl-cidr', version: '4.11-4.12', bad: 'denied-peer-ip=10.0.0.0/8\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', expect: (a) => expect(a.findings.find((f) => f.rule === 'peer-acl-cidr')?.message).toMatch(/abort at startup/) },
  { rule: 'peer-acl-malformed', bad: 'denied-peer-ip=10.0.0.0 - 10.255.255.255\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\n' },
  { rule: 'peer-deny-all', bad: 'denied-peer-ip=::0\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', severity: 'high' },
  { rule: 'peer-deny-all', bad: 'denied-peer-ip=0.0.0.0\n', good: 'denied-peer-ip=0.0.0.1-10.0.0.0\n' },
  {
    rule: 'peer-special-ranges-open',
    bad: 'denied-peer-ip=10.0.0.0-10.255.255.255\n',
    good: 'denied-peer-ip=0.0.0.0-255.255.255.255\ndenied-peer-ip=::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n',
    severity: 'critical',
    expect: (a) => {
      const open = a.findings.find((f) => f.rule === 'peer-special-ranges-open')?.openRanges ?? [];
      expect(open).toContain('172.16.0.0-172.31.255.255');
      expect(open).not.toContain('10.0.0.0-10.255.255.255');
      // Since 4.13.1 169.254/16, ULA and link-local are denied by default.
      expect(open).not.toContain('169.254.0.0-169.254.255.255');
      expect(open).not.toContain('fc00::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    },
  },
  {
    rule: 'peer-special-ranges-open',
    version: '4.11-4.12',
    bad: 'denied-peer-ip=0.0.0.0-255.255.255.255\n',
    good: 'denied-peer-ip=0.0.0.0-255.255.255.255\ndenied-peer-ip=::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n',
    expect: (a) => expect(a.findings.find((f) => f.rule === 'peer-special-ranges-open')?.openRanges).toContain('fe80::-febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff'),
  },
  { rule: 'peer-allow-reopens', bad: 'denied-peer-ip=10.0.0.0-10.255.255.255\nallowed-peer-ip=10.0.0.0-10.0.255.255\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\nallowed-peer-ip=203.0.113.7\n', severity: 'high' },
  { rule: 'peer-allow-reopens', bad: 'denied-peer-ip=10.0.0.0-10.255.255.255\nallowed-peer-ip=10.0.0.5\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', severity: 'medium' },
  { rule: 'peer-allow-ineffective', bad: 'allowed-peer-ip=fd00::5\n', good: 'allowed-peer-ip=2001:db8:1::5\n', severity: 'info' },
  { rule: 'peer-ipv4-in-ipv6-bypass', version: '4.6', bad: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', good: 'denied-peer-ip=::ffff:0.0.0.0-::ffff:255.255.255.255\ndenied-peer-ip=::1.0.0.0-::255.255.255.255\ndenied-peer-ip=::0.1.0.0-::0.255.255.255\ndenied-peer-ip=::0.0.1.0-::0.0.255.255\ndenied-peer-ip=::0.0.0.2-::0.0.0.255\ndenied-peer-ip=64:ff9b::-64:ff9b::ffff:ffff\ndenied-peer-ip=2002::-2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n', severity: 'high' },
  { rule: 'peer-ipv4-in-ipv6-bypass', version: '4.13.0', bad: 'denied-peer-ip=10.0.0.0-10.255.255.255\n', good: 'denied-peer-ip=10.0.0.0-10.255.255.255\ndenied-peer-ip=::1.0.0.0-::255.255.255.255\ndenied-peer-ip=::0.1.0.0-::0.255.255.255\ndenied-peer-ip=::0.0.1.0-::0.0.255.255\ndenied-peer-ip=::0.0.0.2-::0.0.0.255\ndenied-peer-ip=64:ff9b::-64:ff9b::ffff:ffff\ndenied-peer-ip=2002::-2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n' },
  { rule: 'peer-ipv6-unaligned', version: '4.13.1-4.15', bad: 'denied-peer-ip=2001:db8::ff00-2001:db8::1:ff\n', good: 'denied-peer-ip=2001:db8::-2001:db8::ffff\n', severity: 'high' },
  { rule: 'peer-allow-loopback', bad: 'allow-loopback-peers\n', good: 'no-multicast-peers\n', severity: 'high' },
  { rule: 'peer-server-relay', bad: 'server-relay\n', good: 'no-multicast-peers\n' },
  { rule: 'peer-multicast-allowed', bad: 'realm=x\n', good: 'no-multicast-peers\n', severity: 'medium' },
  { rule: 'cli-example-password', version: '4.6', bad: 'cli-password=qwerty\n', good: 'no-cli\ncli-password=qwerty\n', severity: 'critical' },
  { rule: 'cli-example-password', bad: 'cli\ncli-password=$5$79a316b350311570$81df9cfb9af7f5e5a76eada31e7097b663a0670f99a3c07ded3f1c8e59c5658a\n', good: 'cli-password=qwerty\n' },
  { rule: 'cli-network-exposed', bad: 'cli\ncli-ip=0.0.0.0\ncli-password=$5$abcdef$0123\n', good: 'cli\ncli-ip=127.0.0.1\ncli-password=$5$abcdef$0123\n', severity: 'high' },
  { rule: 'cli-plaintext-password', version: '4.9-4.10', bad: 'cli-password=hunter2hunter2\n', good: 'no-cli\n' },
  { rule: 'cli-enabled', bad: 'cli\ncli-password=$5$abcdef$0123\n', good: 'cli-password=$5$abcdef$0123\n', severity: 'low' },
  { rule: 'web-admin-exposed', bad: 'web-admin\nweb-admin-ip=0.0.0.0\n', good: 'web-admin-ip=0.0.0.0\n', severity: 'high' },
  { rule: 'web-admin-exposed', bad: 'web-admin\nweb-admin-listen-on-workers\n', good: 'realm=x\n' },
  { rule: 'web-admin-enabled', bad: 'web-admin\n', good: 'realm=x\n', severity: 'medium' },
  { rule: 'prometheus-all-interfaces', bad: 'prometheus\n', good: 'prometheus\nprometheus-address=10.1.2.3\n', severity: 'medium' },
  { rule: 'prometheus-username-labels', bad: 'prometheus\nprometheus-address=10.1.2.3\nprometheus-username-labels\n', good: 'prometheus\nprometheus-address=10.1.2.3\n' },
  { rule: 'quotas-missing', bad: 'max-bps=10000000\n', good: 'user-quota=100\ntotal-quota=10000\nmax-bps=10000000\nbps-capacity=1000000000\n', severity: 'high' },
  { rule: 'quotas-missing', bad: 'user-quota=100\ntotal-quota=10000\n', good: 'user-quota=100\ntotal-quota=10000\nmax-bps=10000000\nbps-capacity=1000000000\n', severity: 'medium' },
  { rule: 'bandwidth-units', bad: 'max-bps=3000\n', good: 'max-bps=10000000\n', severity: 'low' },
  { rule: 'tcp-relay-enabled', bad: 'realm=x\n', good: 'no-tcp-relay\n', severity: 'high' },
  { rule: 'tls-disabled', bad: 'no-tls\n', good: 'cert=/c.pem\npkey=/k.pem\n' },
  { rule: 'tls-missing-cert', bad: 'tls-listening-port=443\ncert=/c.pem\n', good: 'tls-listening-port=443\ncert=/c.pem\npkey=/k.pem\n', severity: 'medium' },
  { rule: 'tls-old-protocols', version: '4.6', bad: 'no-tlsv1\n', good: 'no-tlsv1\nno-tlsv1_1\n' },
  { rule: 'tls-old-protocols', bad: 'tlsv1_1\n', good: 'realm=x\n' },
  { rule: 'tls-weak-dh', bad: 'dh566\n', good: 'realm=x\n' },
  { rule: 'tls-weak-ciphers', bad: 'cipher-list="ALL:RC4:NULL"\n', good: 'cipher-list="HIGH:!aNULL:!MD5"\n' },
  { rule: 'stale-nonce-unlimited', bad: 'stale-nonce=0\n', good: 'stale-nonce\n' },
  { rule: 'stateless-nonce-off', bad: 'stateless-nonce=off\n', good: 'stateless-nonce\n' },
  { rule: 'software-attribute-sent', version: '4.6', bad: 'realm=x\n', good: 'no-software-attribute\n' },
  { rule: 'software-attribute-sent', bad: 'software-attribute\n', good: 'no-software-attribute\n' },
  { rule: 'rfc5780-enabled', version: '4.6', bad: 'realm=x\n', good: 'no-rfc5780\n' },
  { rule: 'rfc5780-enabled', bad: 'rfc5780\n', good: 'realm=x\n' },
  { rule: 'runs-as-root', bad: 'realm=x\n', good: 'proc-user=turnserver\nproc-group=turnserver\n' },
  { rule: 'verbose-logging', bad: 'Verbose\n', good: 'simple-log\n', severity: 'medium' },
  { rule: 'verbose-logging', bad: 'verbose\n', good: 'verbose=off\n', severity: 'low' },
  { rule: 'version-advisories', version: '4.13.1-4.15', bad: 'realm=x\n', good: 'realm=x\n' },
  {
    rule: 'unknown-option',
    bad: 'no-tcp-rely\n',
    good: 'no-tcp-relay\n',
    expect: (a) => expect(a.findings.find((f) => f.rule === 'unknown-option')?.message).toContain('did you mean `no-tcp-relay`?'),
  },
  { rule: 'removed-option', bad: 'no-loopback-peers\n', good: 'realm=x\n', severity: 'low', expect: (a) => expect(a.findings.find((f) => f.rule === 'removed-option')?.message).toMatch(/removed in 4\.5\.1\.0.*Bad configuration format/) },
  { rule: 'option-not-in-version', version: '4.13.1-4.15', bad: 'stateless-nonce\n', good: 'stale-nonce=600\n', severity: 'medium' },
  { rule: 'startup-abort', bad: 'no-tcp-relay # no SOCKS\n', good: 'no-tcp-relay\n', severity: 'high' },
  { rule: 'startup-abort', bad: 'no-udp-relay\nno-tcp-relay\n', good: 'no-tcp-relay\n' },
  { rule: 'config-syntax', bad: 'realm=x\n--no-cli\n', good: 'realm=x\n' },
];

describe('rules', () => {
  for (const c of CASES) {
    it(`${c.rule} (${c.version ?? 'latest'}): fires on ${JSON.stringify(c.bad.slice(0, 50))} and not once fixed`, () => {
      const bad = analyze(c.bad, c.version);
      expect(rules(bad)).toContain(c.rule);
      if (c.severity !== undefined) expect(bad.findings.find((f) => f.rule === c.rule)?.severity).toBe(c.severity);
      c.expect?.(bad);
      const finding = bad.findings.find((f) => f.rule === c.rule);
      expect(finding?.message.length).toBeGreaterThan(10);
      expect(finding?.fix.length).toBeGreaterThan(0);
      if (c.rule !== 'version-advisories') expect(rules(analyze(c.good, c.version))).not.toContain(c.rule);
    });
  }

  it('every rule has a test case, stable metadata and a primary source', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    for (const r of RULES) {
      expect(tested, r.id).toContain(r.id);
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      expect(r.evidence).toMatch(/^coturn:[a-z0-9-]+$/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('version-advisories lists nothing for 4.17 and later', () => {
    expect(rules(analyze('realm=x\n', '4.17'))).not.toContain('version-advisories');
  });

  it('findings name the checklist items that declare their evidence id', () => {
    const a = analyze('no-auth\n');
    const f = a.findings.find((x) => x.rule === 'auth-no-auth');
    expect(f?.items).toContain('turn-cred-authentication-enforced');
    for (const id of f?.items ?? []) expect(checklist.items.find((i) => i.id === id)?.evidence).toContain('coturn:auth-mode');
  });

  it('never puts a secret value into a finding', () => {
    const a = analyze('use-auth-secret\nstatic-auth-secret=short-secret-7\nrealm=x\ncli\ncli-password=plaintextpass9\nuser=bob:bobspassword\n');
    const text = JSON.stringify(a.findings);
    for (const s of ['short-secret-7', 'plaintextpass9', 'bobspassword']) expect(text).not.toContain(s);
  });
});
