/** Resource limits, TCP relay and TLS. */
import type { ConfigView, Draft, RuleGroup } from '@/features/coturn-config/model';
import { SRC, changelog } from '@/features/coturn-config/sources';
import { since, type VersionChoice } from '@/features/coturn-config/versions';
import { draft } from './helpers';

const QUOTA_FIX: Readonly<Record<string, string>> = {
  'user-quota': 'user-quota=100',
  'total-quota': 'total-quota=10000',
  'max-bps': 'max-bps=10000000',
  'bps-capacity': 'bps-capacity=1000000000',
};

function checkQuotas(view: ConfigView): Draft[] {
  const missing = Object.keys(QUOTA_FIX).filter((o) => (view.number(o) ?? 0) <= 0);
  const out: Draft[] = [];
  if (missing.length > 0) {
    const allocation = missing.includes('user-quota') || missing.includes('total-quota');
    out.push(
      draft(
        'quotas-missing',
        allocation ? 'high' : 'medium',
        missing,
        view.lines(...missing),
        `No limit for ${missing.map((m) => `\`${m}\``).join(', ')}: coturn's default 0 means unlimited.`,
        'One authenticated user can open thousands of allocations or push unlimited bandwidth, exhausting ports, memory and your bill (ASVS 17.1.2).',
        `${missing.map((m) => QUOTA_FIX[m]).join('\n')}\n# max-bps and bps-capacity are BYTES per second`,
      ),
    );
  }
  const maxBps = view.number('max-bps');
  if (maxBps !== undefined && maxBps > 0 && maxBps < 16000) {
    out.push(
      draft(
        'bandwidth-units',
        'low',
        ['max-bps'],
        view.lines('max-bps'),
        `\`max-bps=${maxBps}\` is ${Math.round((maxBps * 8) / 1000)} kbit/s per session: coturn counts bytes per second ("Max bytes-per-second bandwidth a TURN session is allowed to handle"), not bits.`,
        'A cap that low breaks video calls; teams then remove it instead of sizing it.',
        'max-bps=10000000',
      ),
    );
  }
  return out;
}

function checkTcpRelay(view: ConfigView): Draft[] {
  if (view.flag('no-tcp-relay') === true) return [];
  return [
    draft(
      'tcp-relay-enabled',
      'high',
      ['no-tcp-relay'],
      [],
      'TCP relay (RFC 6062) is on: coturn enables it by default.',
      'TCP allocations let a client open TCP connections from the TURN server to any allowed peer; tools like stunner turn that into a SOCKS proxy. Browsers only request UDP relays, even over turn:…?transport=tcp or turns:.',
      'no-tcp-relay',
    ),
  ];
}

function checkTlsListener(view: ConfigView): Draft[] {
  if (view.flag('no-tls') === true) {
    return [
      draft(
        'tls-disabled',
        'low',
        ['no-tls'],
        view.lines('no-tls'),
        '`no-tls`: there is no TLS listener, so clients cannot use turns: (TURN over TLS, ideally on 443).',
        'Users behind firewalls that allow only TCP 443 then get no media; TLS also protects the STUN authentication exchange.',
        '# remove no-tls\ntls-listening-port=5349\ncert=/etc/coturn/certs/fullchain.pem\npkey=/etc/coturn/certs/privkey.pem',
      ),
    ];
  }
  const missing = ['cert', 'pkey'].filter((o) => !view.has(o));
  if (missing.length === 0) return [];
  return [
    draft(
      'tls-missing-cert',
      'medium',
      missing,
      view.lines('tls-listening-port'),
      `A TLS listener is on (port ${view.last('tls-listening-port')?.value ?? '5349'}) but ${missing.map((m) => `\`${m}\``).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: coturn falls back to turn_server_cert.pem / turn_server_pkey.pem and, when they are missing, logs "cannot start TLS and DTLS listeners".`,
      'turns: URLs then silently never work, and clients behind strict firewalls lose media.',
      `${missing.map((m) => (m === 'cert' ? 'cert=/etc/coturn/certs/fullchain.pem' : 'pkey=/etc/coturn/certs/privkey.pem')).join('\n')}`,
    ),
  ];
}

const WEAK_CIPHER_TOKENS = ['NULL', 'aNULL', 'eNULL', 'EXPORT', 'EXP', 'RC4', 'DES', '3DES', 'MD5', 'LOW', 'ADH', 'AECDH'];

function checkTlsVersions(view: ConfigView, version: VersionChoice): Draft[] {
  if (view.flag('no-tls') === true && view.flag('dtls') !== true) return [];
  const out: Draft[] = [];
  const modern = since(version, '4.7.0') === 'all';
  if (modern) {
    const on = ['tlsv1', 'tlsv1_1'].filter((o) => view.flag(o) === true);
    if (on.length > 0) {
      out.push(
        draft(
          'tls-old-protocols',
          'medium',
          on,
          view.lines(...on),
          `${on.map((o) => `\`${o}\``).join(' and ')} re-enable TLS 1.0/1.1, which coturn turned off by default in 4.7.0.`,
          'TLS 1.0 and 1.1 are deprecated (RFC 8996) and weaken the channel that carries STUN authentication.',
          `# remove ${on.join(' and ')}`,
        ),
      );
    }
  } else {
    const missing = ['no-tlsv1', 'no-tlsv1_1'].filter((o) => view.flag(o) !== true);
    if (missing.length > 0) {
      out.push(
        draft(
          'tls-old-protocols',
          'medium',
          missing,
          [],
          `coturn ${version.label} accepts TLS 1.0 and 1.1 unless ${missing.map((o) => `\`${o}\``).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} set (the defaults changed in 4.7.0).`,
          'TLS 1.0 and 1.1 are deprecated (RFC 8996) and weaken the channel that carries STUN authentication.',
          missing.join('\n'),
        ),
      );
    }
  }
  const dh = ['dh566', 'dh1066'].filter((o) => view.flag(o) === true);
  if (dh.length > 0) {
    out.push(
      draft(
        'tls-weak-dh',
        'medium',
        dh,
        view.lines(...dh),
        `${dh.map((o) => `\`${o}\``).join(' and ')} replace the default 2066-bit DH parameters with weak ones.`,
        'Short DH groups can be broken (Logjam); the default is fine.',
        `# remove ${dh.join(' and ')}`,
      ),
    );
  }
  const cipher = view.last('cipher-list');
  if (cipher?.value !== null && cipher?.value !== undefined) {
    const tokens = cipher.value.split(/[:,\s]+/).filter((t) => t !== '');
    const weak = tokens.filter((t) => !t.startsWith('!') && !t.startsWith('-') && WEAK_CIPHER_TOKENS.some((w) => t === w || t.toUpperCase().includes(w.toUpperCase())));
    if (weak.length > 0) {
      out.push(
        draft(
          'tls-weak-ciphers',
          'medium',
          ['cipher-list'],
          [cipher.line],
          `\`cipher-list\` on line ${cipher.line} enables weak ciphers (${weak.join(', ')}).`,
          'NULL, export, RC4, DES and MD5 suites give an attacker on the path the STUN authentication exchange.',
          'cipher-list="HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES"',
        ),
      );
    }
  }
  return out;
}

export const limitsTlsRules: RuleGroup = {
  rules: [
    { id: 'quotas-missing', title: 'Allocation quotas or bandwidth caps missing', evidence: 'coturn:quotas', sources: [SRC.readme, SRC.mainrelay] },
    { id: 'bandwidth-units', title: '`max-bps` suspiciously low (bytes, not bits)', evidence: 'coturn:quotas', sources: [SRC.readme, SRC.mainrelay] },
    { id: 'tcp-relay-enabled', title: 'TCP relay enabled', evidence: 'coturn:no-tcp-relay', sources: [SRC.readme] },
    { id: 'tls-disabled', title: 'No TLS listener', evidence: 'coturn:tls-listener', sources: [SRC.readme] },
    { id: 'tls-missing-cert', title: 'TLS listener without `cert`/`pkey`', evidence: 'coturn:tls-listener', sources: [SRC.readme, SRC.mainrelay] },
    { id: 'tls-old-protocols', title: 'TLS 1.0/1.1 enabled', evidence: 'coturn:tls-versions', sources: [SRC.tlsDefaults, changelog('4.7.0'), SRC.readme] },
    { id: 'tls-weak-dh', title: 'Weak DH parameters (`dh566`, `dh1066`)', evidence: 'coturn:tls-versions', sources: [SRC.readme] },
    { id: 'tls-weak-ciphers', title: 'Weak ciphers in `cipher-list`', evidence: 'coturn:tls-versions', sources: [SRC.readme] },
  ],
  check: (view, version) => [...checkQuotas(view), ...checkTcpRelay(view), ...checkTlsListener(view), ...checkTlsVersions(view, version)],
};
