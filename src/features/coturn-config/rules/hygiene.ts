/** Nonces, information leaks, amplification, privileges, logging and known advisories. */
import type { ConfigView, Draft, RuleGroup, Source } from '@/features/coturn-config/model';
import { SRC, changelog } from '@/features/coturn-config/sources';
import { compareVersions, since, type VersionChoice } from '@/features/coturn-config/versions';
import { draft } from './helpers';

function checkNonce(view: ConfigView, version: VersionChoice): Draft[] {
  const out: Draft[] = [];
  const stale = view.last('stale-nonce');
  if (stale !== undefined && stale.value !== null && /^\s*0+\s*$/.test(stale.value)) {
    out.push(
      draft(
        'stale-nonce-unlimited',
        'medium',
        ['stale-nonce'],
        [stale.line],
        '`stale-nonce=0` makes nonces live forever (the default, and `stale-nonce` without a value, is 600 seconds).',
        'A nonce that never expires lets captured authentication data be replayed for as long as the credential is valid.',
        'stale-nonce=600',
      ),
    );
  }
  if (since(version, '4.16.0') === 'all' && view.flag('stateless-nonce') === false) {
    out.push(
      draft(
        'stateless-nonce-off',
        'low',
        ['stateless-nonce'],
        view.lines('stateless-nonce'),
        '`stateless-nonce` is turned off: coturn keeps per-client nonce state again.',
        'Stateless HMAC nonces (4.16.0, on by default since 4.17.0) keep memory bounded under spoofed STUN floods.',
        since(version, '4.17.0') === 'all' ? '# remove the stateless-nonce line (on by default)' : 'stateless-nonce',
      ),
    );
  }
  return out;
}

function checkSoftware(view: ConfigView, version: VersionChoice): Draft[] {
  const modern = since(version, '4.7.0') === 'all';
  const sent = modern ? view.flag('software-attribute') === true : view.flag('no-software-attribute') !== true;
  if (!sent) return [];
  const hasNoOption = since(version, '4.5.1.3') !== 'none';
  return [
    draft(
      'software-attribute-sent',
      'low',
      [modern ? 'software-attribute' : 'no-software-attribute'],
      view.lines('software-attribute', 'no-software-attribute'),
      modern
        ? '`software-attribute` makes coturn send its version in the SOFTWARE attribute of every response.'
        : `coturn ${version.label} sends its version in the SOFTWARE attribute unless \`no-software-attribute\` is set (reversed in 4.7.0).`,
      'The exact version tells an attacker which known vulnerabilities to try.',
      modern ? '# remove software-attribute' : hasNoOption ? 'no-software-attribute' : '# upgrade: this release has no option to hide the version',
    ),
  ];
}

function checkRfc5780(view: ConfigView, version: VersionChoice): Draft[] {
  const modern = since(version, '4.7.0') === 'all';
  const on = modern ? view.has('rfc5780') : view.flag('no-rfc5780') !== true;
  if (!on) return [];
  const canDisable = since(version, '4.6.0') === 'all';
  return [
    draft(
      'rfc5780-enabled',
      'low',
      [modern ? 'rfc5780' : 'no-rfc5780'],
      view.lines('rfc5780', 'no-rfc5780'),
      modern
        ? '`rfc5780` turns on NAT behaviour discovery (off by default since 4.7.0).'
        : `coturn ${version.label} answers RFC 5780 NAT behaviour discovery requests by default (when it has a second address); the default was inverted in 4.7.0.`,
      'RFC 5780 responses from alternate addresses and ports can be abused for amplification, and WebRTC clients do not need them.',
      modern ? '# remove rfc5780' : canDisable ? 'no-rfc5780' : '# upgrade to 4.6.0 or later to disable RFC 5780 with no-rfc5780',
    ),
  ];
}

function checkPrivileges(view: ConfigView): Draft[] {
  if (view.has('proc-user')) return [];
  return [
    draft(
      'runs-as-root',
      'low',
      ['proc-user', 'proc-group'],
      [],
      'No `proc-user`/`proc-group`: if turnserver is started as root it keeps root privileges (unless the service manager starts it as another user, as the Debian package does).',
      'coturn parses untrusted network input on every port; a parser bug in a root process hands over the whole host.',
      'proc-user=turnserver\nproc-group=turnserver',
    ),
  ];
}

function checkLogging(view: ConfigView): Draft[] {
  if (view.flag('Verbose') === true) {
    return [
      draft(
        'verbose-logging',
        'medium',
        ['Verbose'],
        view.lines('Verbose'),
        '`Verbose` (extra verbose) logging is on.',
        'Extra-verbose logs record per-packet detail including usernames and peer addresses; in production they fill disks and spread personal data.',
        '# remove Verbose (keep the default log level; use log-min-level on 4.15.0+)',
      ),
    ];
  }
  if (view.flag('verbose') === true) {
    return [
      draft(
        'verbose-logging',
        'low',
        ['verbose'],
        view.lines('verbose'),
        '`verbose` logging is on.',
        'Verbose logs record usernames and peer addresses of every allocation; keep production logs to what you need.',
        '# remove verbose',
      ),
    ];
  }
  return [];
}

interface Advisory {
  readonly fixedIn: string;
  readonly text: string;
  readonly sources: readonly Source[];
}

const ADVISORIES: readonly Advisory[] = [
  { fixedIn: '4.5.2', text: 'peers 0.0.0.0 and [::] reached loopback (CVE-2020-26262)', sources: [SRC.cve202026262, SRC.zeroDeny] },
  { fixedIn: '4.9.0', text: 'first IPv4-mapped peer checks; web-admin password check', sources: [SRC.mappedCheck, changelog('4.9.0')] },
  { fixedIn: '4.10.0', text: 'STUN message parsing advisory; OAuth token stack overflow', sources: [SRC.stunParse410, changelog('4.10.0')] },
  { fixedIn: '4.11.0', text: 'malformed peer ACL entries silently dropped; Redis driver format string', sources: [SRC.aclAbort, changelog('4.11.0')] },
  { fixedIn: '4.12.0', text: 'SQL injection class in the user-DB drivers', sources: [SRC.sqlParams] },
  { fixedIn: '4.13.0', text: '::ffff:127.0.0.1 passed the loopback guard; Redis format-string injection via USERNAME/REALM (GHSA-4g7c-p5wg-j4hp); CLI `psd` file overwrite; credential log redaction', sources: [SRC.mappedLoopback, SRC.redisFormat, SRC.cliFileWrite, SRC.hardening] },
  { fixedIn: '4.13.1', text: 'IPv4-in-IPv6 encodings skipped IPv4 denials; link-local/ULA peers allowed by default', sources: [SRC.canonicalize, SRC.internalDeny] },
  { fixedIn: '4.15.0', text: 'STUN attributes after MESSAGE-INTEGRITY were not ignored', sources: [SRC.stunIntegrity] },
  { fixedIn: '4.16.0', text: 'unaligned IPv6 ACL ranges under-blocked', sources: [SRC.ipv6Order] },
  { fixedIn: '4.17.0', text: 'DTLS state exhaustion before cookie check; mobility quota release', sources: [SRC.dtlsCookie, SRC.mobilityQuota] },
];

function checkVersion(version: VersionChoice): Draft[] {
  // Fixes newer than the oldest release of the choice: some release of it lacks them.
  const pending = ADVISORIES.filter((a) => compareVersions(a.fixedIn, version.min) > 0);
  if (pending.length === 0) return [];
  return [
    draft(
      'version-advisories',
      'medium',
      [],
      [],
      `coturn ${version.label} lacks ${pending.length} security ${pending.length === 1 ? 'fix' : 'fixes'} released since: ${pending.map((a) => `${a.fixedIn} (${a.text})`).join('; ')}.`,
      'Configuration can work around some of these (the secure configuration below does for the peer ACL ones); the others need the upgrade.',
      '# upgrade to the latest coturn release (4.17.1 at the time of writing), then re-run this analysis for that version',
    ),
  ];
}

export const hygieneRules: RuleGroup = {
  rules: [
    { id: 'stale-nonce-unlimited', title: '`stale-nonce=0` (nonces never expire)', evidence: 'coturn:nonce', sources: [SRC.readme, SRC.mainrelay] },
    { id: 'stateless-nonce-off', title: '`stateless-nonce` disabled', evidence: 'coturn:nonce', sources: [SRC.statelessNonce, SRC.statelessDefault] },
    { id: 'software-attribute-sent', title: 'SOFTWARE attribute exposes the version', evidence: 'coturn:software-attribute', sources: [SRC.softwareAttribute, changelog('4.7.0')] },
    { id: 'rfc5780-enabled', title: 'RFC 5780 NAT discovery on', evidence: 'coturn:rfc5780', sources: [SRC.rfc5780Default, changelog('4.7.0')] },
    { id: 'runs-as-root', title: 'No `proc-user` (may run as root)', evidence: 'coturn:proc-user', sources: [SRC.readme] },
    { id: 'verbose-logging', title: 'Verbose logging in production', evidence: 'coturn:logging', sources: [SRC.readme, SRC.hardening] },
    { id: 'version-advisories', title: 'Security fixes missing from this version', evidence: 'coturn:version', sources: ADVISORIES.flatMap((a) => a.sources) },
  ],
  check: (view, version) => [
    ...checkNonce(view, version),
    ...checkSoftware(view, version),
    ...checkRfc5780(view, version),
    ...checkPrivileges(view),
    ...checkLogging(view),
    ...checkVersion(version),
  ],
};
