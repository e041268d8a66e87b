/** Small shared pieces for rule modules. */
import type { CoturnEvidenceId, Draft, FindingSeverity } from '@/features/coturn-config/model';

/** The evidence id an option's findings support when the finding is about syntax, not one rule. */
const OPTION_EVIDENCE: Readonly<Record<string, CoturnEvidenceId>> = {
  'denied-peer-ip': 'coturn:denied-peer-ip',
  'allowed-peer-ip': 'coturn:denied-peer-ip',
  'no-multicast-peers': 'coturn:denied-peer-ip',
  'server-relay': 'coturn:denied-peer-ip',
  'no-loopback-peers': 'coturn:no-loopback-peers',
  'allow-loopback-peers': 'coturn:no-loopback-peers',
  'no-auth': 'coturn:auth-mode',
  'lt-cred-mech': 'coturn:auth-mode',
  'use-auth-secret': 'coturn:auth-mode',
  'static-auth-secret': 'coturn:auth-mode',
  user: 'coturn:auth-mode',
  realm: 'coturn:auth-mode',
  'secret-ts-exp-time': 'coturn:auth-mode',
  cli: 'coturn:no-cli',
  'no-cli': 'coturn:no-cli',
  'cli-ip': 'coturn:no-cli',
  'cli-port': 'coturn:no-cli',
  'cli-password': 'coturn:no-cli',
  'web-admin': 'coturn:web-admin',
  'web-admin-ip': 'coturn:web-admin',
  'web-admin-port': 'coturn:web-admin',
  'web-admin-listen-on-workers': 'coturn:web-admin',
  prometheus: 'coturn:prometheus-exposure',
  'prometheus-address': 'coturn:prometheus-exposure',
  'prometheus-port': 'coturn:prometheus-exposure',
  'prometheus-username-labels': 'coturn:prometheus-exposure',
  'user-quota': 'coturn:quotas',
  'total-quota': 'coturn:quotas',
  'max-bps': 'coturn:quotas',
  'bps-capacity': 'coturn:quotas',
  'no-tcp-relay': 'coturn:no-tcp-relay',
  'no-udp-relay': 'coturn:no-tcp-relay',
  tlsv1: 'coturn:tls-versions',
  tlsv1_1: 'coturn:tls-versions',
  'no-tlsv1': 'coturn:tls-versions',
  'no-tlsv1_1': 'coturn:tls-versions',
  'no-tlsv1_2': 'coturn:tls-versions',
  'no-sslv2': 'coturn:tls-versions',
  'no-sslv3': 'coturn:tls-versions',
  'cipher-list': 'coturn:tls-versions',
  dh566: 'coturn:tls-versions',
  dh1066: 'coturn:tls-versions',
  dh2066: 'coturn:tls-versions',
  cert: 'coturn:tls-listener',
  pkey: 'coturn:tls-listener',
  'no-tls': 'coturn:tls-listener',
  'tls-listening-port': 'coturn:tls-listener',
  'software-attribute': 'coturn:software-attribute',
  'no-software-attribute': 'coturn:software-attribute',
  prod: 'coturn:software-attribute',
  rfc5780: 'coturn:rfc5780',
  'no-rfc5780': 'coturn:rfc5780',
  'stale-nonce': 'coturn:nonce',
  'stateless-nonce': 'coturn:nonce',
  'unauthorized-ratelimit': 'coturn:nonce',
  'proc-user': 'coturn:proc-user',
  'proc-group': 'coturn:proc-user',
  verbose: 'coturn:logging',
  Verbose: 'coturn:logging',
};

export function evidenceForOption(name: string): CoturnEvidenceId {
  return OPTION_EVIDENCE[name] ?? 'coturn:config-syntax';
}

export function draft(
  rule: string,
  severity: FindingSeverity,
  options: readonly string[],
  lines: readonly number[],
  message: string,
  why: string,
  fix: string,
  extra: Partial<Pick<Draft, 'openRanges' | 'evidence'>> = {},
): Draft {
  return { rule, severity, options, lines: [...new Set(lines)].sort((a, b) => a - b), message, why, fix, ...extra };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function lineList(lines: readonly number[]): string {
  if (lines.length === 0) return '';
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

export function isLoopbackAddress(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  const t = text.trim();
  return /^127\./.test(t) || t === '::1' || t === 'localhost';
}
