/**
 * Findings, rule metadata and the read-only view of a parsed config that rules query.
 */
import { canonicalName } from './options';
import type { ConfigEntry, ParsedConfig } from './parser';
import type { VersionChoice } from './versions';

export const FINDING_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export interface Source {
  readonly title: string;
  readonly url: string;
}

/** `coturn:<id>`: the evidence id checklist items declare to receive this rule's results. */
export type CoturnEvidenceId = `coturn:${string}`;

export interface RuleMeta {
  /** Stable id: never renamed once published (the findings file and attached evidence carry it). */
  readonly id: string;
  readonly title: string;
  readonly evidence: CoturnEvidenceId;
  /** Where the facts the rule relies on come from (coturn ChangeLog, code, README; IANA). */
  readonly sources: readonly Source[];
}

export interface Finding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** Option names involved (never values). */
  readonly options: readonly string[];
  /** 1-based line numbers in the pasted config; empty when the finding is about an absent option. */
  readonly lines: readonly number[];
  /** What is wrong, one or two sentences. Never contains a secret value. */
  readonly message: string;
  /** Why it matters. */
  readonly why: string;
  /** The fix, as turnserver.conf lines for the chosen version (comments start with `#`). */
  readonly fix: string;
  /** Special-purpose ranges the peer ACL leaves open (ACL findings only), in coturn's `IP-IP` syntax. */
  readonly openRanges?: readonly string[];
  /** Evidence id the finding supports. */
  readonly evidence: CoturnEvidenceId;
}

/** A finding before the evidence id is stamped on from the rule's metadata (unless set). */
export type Draft = Omit<Finding, 'evidence'> & { readonly evidence?: CoturnEvidenceId };

/** A group of related rules: their metadata and one check that may emit findings for any of them. */
export interface RuleGroup {
  readonly rules: readonly RuleMeta[];
  check(config: ConfigView, version: VersionChoice): readonly Draft[];
}

/** coturn's get_bool_value(): on/off, yes/no, 1/0, true/false by first character; else exit(-1). */
export function boolValue(value: string | null): boolean | 'invalid' {
  if (value === null || value === '') return true;
  const c = value[0] ?? '';
  if ('0nNfF'.includes(c)) return false;
  if ('yYtT'.includes(c)) return true;
  if (c > '0' && c <= '9') return true;
  if (value === 'off' || value === 'OFF' || value === 'Off') return false;
  if (value === 'on' || value === 'ON' || value === 'On') return true;
  return 'invalid';
}

/** Options whose value coturn ignores (they switch on whatever follows) or reads as a number. */
const VALUE_IGNORED = new Set([
  'prometheus',
  'prometheus-username-labels',
  'use-auth-secret',
  'no-auth-pings',
  'no-dynamic-ip-list',
  'no-dynamic-realms',
  'rfc5780',
  'no-rfc5780',
  'no-cli',
  'response-origin-only-with-rfc5780',
  'version',
  'stale-nonce',
  'max-allocate-lifetime',
  'channel-lifetime',
  'permission-lifetime',
  'unauthorized-ratelimit-rps',
  'keep-address-family',
]);

export function readsBoolean(name: string): boolean {
  return !VALUE_IGNORED.has(name);
}

export class ConfigView {
  readonly parsed: ParsedConfig;
  private readonly byName = new Map<string, ConfigEntry[]>();

  constructor(parsed: ParsedConfig) {
    this.parsed = parsed;
    for (const e of parsed.entries) {
      const key = canonicalName(e.name);
      const list = this.byName.get(key);
      if (list === undefined) this.byName.set(key, [e]);
      else list.push(e);
    }
  }

  all(name: string): readonly ConfigEntry[] {
    return this.byName.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.all(name).length > 0;
  }

  /** The entry that wins: coturn applies lines in order, so the last one. */
  last(name: string): ConfigEntry | undefined {
    const list = this.all(name);
    return list[list.length - 1];
  }

  /** A flag's effective state, or `undefined` when absent. Invalid booleans count as "on" here. */
  flag(name: string): boolean | undefined {
    const e = this.last(name);
    if (e === undefined) return undefined;
    if (!readsBoolean(name)) return true;
    const b = boolValue(e.value);
    return b === 'invalid' ? true : b;
  }

  /** Lines where the option appears. */
  lines(...names: string[]): number[] {
    return names.flatMap((n) => this.all(n).map((e) => e.line)).sort((a, b) => a - b);
  }

  /** The option's value as a number (coturn's atoi), or undefined. */
  number(name: string): number | undefined {
    const v = this.last(name)?.value;
    if (v === null || v === undefined) return undefined;
    const m = /^\s*[+-]?\d+/.exec(v);
    return m === null ? 0 : Number.parseInt(m[0], 10);
  }
}
