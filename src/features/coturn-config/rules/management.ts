/** Management interfaces: telnet CLI, web-admin, Prometheus. */
import type { ConfigView, Draft, RuleGroup } from '@/features/coturn-config/model';
import { SRC } from '@/features/coturn-config/sources';
import { since, type VersionChoice } from '@/features/coturn-config/versions';
import { draft, isLoopbackAddress } from './helpers';

/** The sample values in coturn's examples/etc/turnserver.conf (both mean "qwerty"). */
const SAMPLE_CLI_PASSWORDS = new Set([
  'qwerty',
  '$5$79a316b350311570$81df9cfb9af7f5e5a76eada31e7097b663a0670f99a3c07ded3f1c8e59c5658a',
]);

/** Whether the CLI starts: on by default before 4.10.0 (`no-cli` turns it off), off since (`cli` turns it on). */
function cliEnabled(view: ConfigView, version: VersionChoice): { on: boolean; note: string } {
  const coverage = since(version, '4.10.0');
  const old = view.flag('no-cli') !== true;
  const current = view.flag('cli') === true;
  if (coverage === 'none') return { on: old, note: old ? 'The CLI is on by default before 4.10.0 unless `no-cli` is set.' : '' };
  if (coverage === 'all') return { on: current, note: current ? '`cli` turns the CLI on (off by default since 4.10.0).' : '' };
  return {
    on: old || current,
    note: old && !current ? 'On 4.9.x the CLI is on unless `no-cli` is set; on 4.10.0 it is off by default.' : '`cli` turns the CLI on.',
  };
}

function checkCli(view: ConfigView, version: VersionChoice): Draft[] {
  const state = cliEnabled(view, version);
  if (!state.on) return [];
  const password = view.last('cli-password')?.value ?? '';
  // An empty cli-password disables the CLI at startup ("Empty cli-password, and so telnet cli interface is disabled").
  if (password === '') return [];
  const lines = view.lines('cli', 'no-cli', 'cli-ip', 'cli-port', 'cli-password');
  const offFix = since(version, '4.10.0') === 'all' ? '# remove cli and cli-password (the CLI is off by default since 4.10.0)' : 'no-cli';
  if (SAMPLE_CLI_PASSWORDS.has(password)) {
    return [
      draft(
        'cli-example-password',
        'critical',
        ['cli-password'],
        view.lines('cli-password'),
        `The CLI is enabled with coturn's sample \`cli-password\` (the example value or its hash, both "qwerty"). ${state.note}`,
        'The CLI shows sessions and credentials and changes the running configuration; a published password is no password.',
        offFix,
      ),
    ];
  }
  const ip = view.last('cli-ip')?.value;
  if (ip !== undefined && ip !== null && !isLoopbackAddress(ip)) {
    return [
      draft(
        'cli-network-exposed',
        'high',
        ['cli-ip'],
        lines,
        `The telnet CLI listens on ${ip}, not on 127.0.0.1. ${state.note}`,
        'Telnet is unencrypted and the CLI controls the server: exposing it to a network invites password guessing and sniffing.',
        `${offFix}\n# or, if you need it:\ncli-ip=127.0.0.1\ncli-password=<hash from: turnadmin -P -p <password>>`,
      ),
    ];
  }
  const hashed = /^\$5\$/.test(password);
  return [
    draft(
      hashed ? 'cli-enabled' : 'cli-plaintext-password',
      hashed ? 'low' : 'medium',
      ['cli', 'cli-password'],
      lines,
      hashed
        ? `The telnet CLI is enabled on localhost with a hashed password. ${state.note}`
        : `The telnet CLI is enabled and its \`cli-password\` is stored in plain text (the value is not shown). ${state.note}`,
      'Every management interface is attack surface; the CLI also becomes reachable through the relay if loopback peers are ever allowed.',
      hashed ? offFix : `${offFix}\n# or store a hash:\ncli-password=<hash from: turnadmin -P -p <password>>`,
    ),
  ];
}

function checkWebAdmin(view: ConfigView): Draft[] {
  if (view.flag('web-admin') !== true) return [];
  if (view.flag('no-tls') === true) return [];
  const lines = view.lines('web-admin', 'web-admin-ip', 'web-admin-port', 'web-admin-listen-on-workers');
  const ip = view.last('web-admin-ip')?.value;
  const workers = view.flag('web-admin-listen-on-workers') === true;
  if (workers || (ip !== undefined && ip !== null && !isLoopbackAddress(ip))) {
    return [
      draft(
        'web-admin-exposed',
        'high',
        ['web-admin', workers ? 'web-admin-listen-on-workers' : 'web-admin-ip'],
        lines,
        workers
          ? '`web-admin-listen-on-workers` serves the web-admin interface on the TURN listening ports, i.e. to the Internet.'
          : `The web-admin interface listens on ${ip}, not on 127.0.0.1.`,
        'web-admin manages users and secrets; coturn has fixed several vulnerabilities in its management interfaces (e.g. CVE-2020-6061, the 4.9.0 password check fix).',
        '# remove web-admin (or keep web-admin-ip=127.0.0.1 and reach it over SSH)',
      ),
    ];
  }
  return [
    draft(
      'web-admin-enabled',
      'medium',
      ['web-admin'],
      lines,
      'The web-admin interface is enabled (on 127.0.0.1:8080 unless changed).',
      'It manages users and secrets; keep it off unless you use it, and reach it only through an SSH tunnel or VPN.',
      '# remove web-admin',
    ),
  ];
}

function checkPrometheus(view: ConfigView, version: VersionChoice): Draft[] {
  const on = view.has('prometheus') || view.flag('prometheus-tls') === true;
  const out: Draft[] = [];
  if (!on) return out;
  const address = view.last('prometheus-address')?.value;
  const any = address === undefined || address === null || address === '0.0.0.0' || address === '::';
  if (any) {
    const canBind = since(version, '4.6.3') === 'all';
    out.push(
      draft(
        'prometheus-all-interfaces',
        'medium',
        ['prometheus', 'prometheus-address'],
        view.lines('prometheus', 'prometheus-address'),
        `Prometheus metrics are served on every interface (port ${view.last('prometheus-port')?.value ?? '9641'}, \`/metrics\`): \`prometheus-address\` defaults to any.`,
        'The metrics disclose traffic volumes, allocation counts and (with username labels) user ids to anyone who can reach the port.',
        canBind ? 'prometheus-address=<private monitoring address>\n# and firewall the port to your monitoring hosts' : '# coturn before 4.6.3 cannot bind metrics to one address: firewall port 9641 to your monitoring hosts',
      ),
    );
  }
  if (view.has('prometheus-username-labels')) {
    out.push(
      draft(
        'prometheus-username-labels',
        'low',
        ['prometheus-username-labels'],
        view.lines('prometheus-username-labels'),
        '`prometheus-username-labels` adds a label per username to the metrics.',
        'With ephemeral REST usernames every credential adds a new series: memory grows without bound, and usernames leak into monitoring.',
        '# remove prometheus-username-labels',
      ),
    );
  }
  return out;
}

export const managementRules: RuleGroup = {
  rules: [
    { id: 'cli-example-password', title: 'CLI enabled with the sample password', evidence: 'coturn:no-cli', sources: [SRC.exampleConf, SRC.cliDefault, SRC.mainrelay] },
    { id: 'cli-network-exposed', title: 'CLI listening beyond localhost', evidence: 'coturn:no-cli', sources: [SRC.readme, SRC.cliDefault] },
    { id: 'cli-plaintext-password', title: 'CLI enabled with a plain-text password', evidence: 'coturn:no-cli', sources: [SRC.readme, SRC.cliDefault] },
    { id: 'cli-enabled', title: 'CLI enabled', evidence: 'coturn:no-cli', sources: [SRC.cliDefault, SRC.mainrelay] },
    { id: 'web-admin-exposed', title: 'web-admin reachable beyond localhost', evidence: 'coturn:web-admin', sources: [SRC.readme, SRC.mainrelay] },
    { id: 'web-admin-enabled', title: 'web-admin enabled', evidence: 'coturn:web-admin', sources: [SRC.readme] },
    { id: 'prometheus-all-interfaces', title: 'Prometheus metrics on all interfaces', evidence: 'coturn:prometheus-exposure', sources: [SRC.readme] },
    { id: 'prometheus-username-labels', title: 'Prometheus username labels', evidence: 'coturn:prometheus-exposure', sources: [SRC.readme] },
  ],
  check: (view, version) => [...checkCli(view, version), ...checkWebAdmin(view), ...checkPrometheus(view, version)],
};
