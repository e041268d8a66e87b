/**
 * Lines coturn does not read the way they look: unknown, removed or not-yet-existing options
 * ("Bad configuration format": ignored), values that abort startup, and layout pitfalls.
 */
import type { ConfigView, Draft, RuleGroup } from '@/features/coturn-config/model';
import { boolValue, readsBoolean } from '@/features/coturn-config/model';
import { availability, closestOption, optionInfo } from '@/features/coturn-config/options';
import type { ParseNote } from '@/features/coturn-config/parser';
import { SRC } from '@/features/coturn-config/sources';
import type { VersionChoice } from '@/features/coturn-config/versions';
import { draft, evidenceForOption } from './helpers';

/** What to write instead of an option that no longer exists. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  'no-loopback-peers': 'loopback peers are denied by default since 4.5.1.0: delete the line (and never add allow-loopback-peers)',
  'no-tlsv1': 'TLS 1.0 is off by default since 4.7.0: delete the line',
  'no-tlsv1_1': 'TLS 1.1 is off by default since 4.7.0: delete the line',
  'no-sslv2': 'SSLv2 is gone: delete the line',
  'no-sslv3': 'SSLv3 is gone: delete the line',
  'secret-ts-exp-time': 'credential expiry comes from the timestamp in the REST username: delete the line',
  'no-stun-backward-compatibility': 'old STUN compatibility is off by default since 4.7.0: delete the line',
  dh2066: '2066-bit DH is the default: delete the line',
  'no-http': 'delete the line; web-admin is off unless `web-admin` is set',
  prod: 'use no-software-attribute (before 4.7.0) or nothing (4.7.0 and later)',
  ne: 'delete the line',
};

function optionFindings(view: ConfigView, version: VersionChoice): Draft[] {
  const out: Draft[] = [];
  for (const e of view.parsed.entries) {
    if (e.dashed && view.parsed.mode === 'command-line' && (e.name === 'c' || e.name === 'n' || e.name === 'h')) continue;
    const a = availability(e.name, version);
    const evidence = evidenceForOption(e.name);
    if (a.kind === 'unknown') {
      const guess = closestOption(e.name, version);
      out.push(
        draft(
          'unknown-option',
          'medium',
          [e.name],
          [e.line],
          `Unknown option \`${e.name}\` on line ${e.line}${guess !== undefined ? ` — did you mean \`${guess}\`?` : '.'} coturn logs "Bad configuration format" and ignores the line.`,
          'A setting you believe is active is not.',
          guess !== undefined ? `${guess}${e.value !== null && optionInfo(guess)?.argument !== 'none' ? '=<value>' : ''}` : `# delete line ${e.line}`,
          guess !== undefined ? { evidence: evidenceForOption(guess) } : {},
        ),
      );
    } else if (a.kind === 'removed') {
      out.push(
        draft(
          'removed-option',
          'low',
          [e.name],
          [e.line],
          `\`${e.name}\` on line ${e.line} was removed in ${a.removedIn}: coturn ${version.label} logs "Bad configuration format" and ignores it.`,
          'Copied hardening guides keep options that no longer do anything, which hides what the server really does.',
          `# ${REPLACEMENTS[e.name] ?? 'delete the line'}`,
          { evidence },
        ),
      );
    } else if (a.kind === 'not-yet') {
      out.push(
        draft(
          'option-not-in-version',
          'medium',
          [e.name],
          [e.line],
          `\`${e.name}\` on line ${e.line} exists only since ${a.since}: coturn ${version.label} logs "Bad configuration format" and ignores it.`,
          'The protection it stands for is not active on this version.',
          `# upgrade to ${a.since} or later, or delete line ${e.line}`,
          { evidence },
        ),
      );
    } else if (a.kind === 'partly') {
      out.push(
        draft(
          'option-not-in-version',
          'low',
          [e.name],
          [e.line],
          `\`${e.name}\` on line ${e.line} is known only ${a.since !== null ? `from ${a.since}` : ''}${a.since !== null && a.removedIn !== null ? ' and ' : ''}${a.removedIn !== null ? `before ${a.removedIn}` : ''}: some ${version.label} releases ignore it.`,
          'Check which exact release you run.',
          `# make sure you run ${a.since ?? 'a release'}${a.removedIn !== null ? ` (not ${a.removedIn} or later)` : ' or later'}`,
          { evidence },
        ),
      );
    }
  }
  return out;
}

function startupAborts(view: ConfigView): Draft[] {
  const out: Draft[] = [];
  for (const e of view.parsed.entries) {
    const info = optionInfo(e.name);
    if (info === undefined || info.argument !== 'optional' || !readsBoolean(e.name)) continue;
    if (boolValue(e.value) !== 'invalid') continue;
    out.push(
      draft(
        'startup-abort',
        'high',
        [e.name],
        [e.line],
        `\`${e.name}\` on line ${e.line} has a value coturn cannot read as on/off (a trailing comment is part of the value): it exits with "Unknown boolean value".`,
        'A server that does not start gets "fixed" under pressure by deleting lines, often the security ones.',
        `${e.name}\n# comments go on their own line, starting with #`,
        { evidence: evidenceForOption(e.name) },
      ),
    );
  }
  if (view.flag('no-udp-relay') === true && view.flag('no-tcp-relay') === true) {
    out.push(
      draft(
        'startup-abort',
        'high',
        ['no-udp-relay', 'no-tcp-relay'],
        view.lines('no-udp-relay', 'no-tcp-relay'),
        '`no-udp-relay` and `no-tcp-relay` together: coturn refuses to start ("options cannot be used together").',
        'Browsers need UDP relays; keep UDP and disable only TCP relay.',
        '# remove no-udp-relay\nno-tcp-relay',
        { evidence: 'coturn:no-tcp-relay' },
      ),
    );
  }
  const cliOn = view.flag('no-cli') !== true || view.flag('cli') === true;
  if (view.flag('allow-loopback-peers') === true && cliOn && (view.last('cli-password')?.value ?? '') === '' && view.has('cli')) {
    out.push(
      draft(
        'startup-abort',
        'high',
        ['allow-loopback-peers', 'cli-password'],
        view.lines('allow-loopback-peers', 'cli'),
        '`allow-loopback-peers` with the CLI on and no `cli-password`: coturn refuses to start ("allow_loopback_peers and empty cli password cannot be used together").',
        'The combination would let relayed clients reach an unauthenticated CLI.',
        '# remove allow-loopback-peers',
        { evidence: 'coturn:no-loopback-peers' },
      ),
    );
  }
  return out;
}

const NOTE_TEXT: Readonly<Record<ParseNote['kind'], { severity: Draft['severity']; text: (n: ParseNote) => string; fix: string }>> = {
  'dashes-in-file': {
    severity: 'medium',
    text: (n) => `\`--${n.name ?? ''}\` on line ${n.line}: in turnserver.conf options are written without dashes; coturn logs "Bad configuration format" and ignores the line.`,
    fix: 'write the option without the leading dashes',
  },
  semicolon: {
    severity: 'low',
    text: (n) => `Line ${n.line} ends with \`;\`, which becomes part of the value (coturn warns "Check config! The following line ends with semicolon").`,
    fix: 'remove the trailing semicolon',
  },
  'inline-comment': {
    severity: 'medium',
    text: (n) => `Line ${n.line} has a \`#\` after the option: coturn only treats whole lines starting with # as comments, so the comment becomes part of the \`${n.name ?? ''}\` value.`,
    fix: 'move the comment to its own line',
  },
  'long-line': {
    severity: 'low',
    text: (n) => `Line ${n.line} is longer than coturn's 1023-character line buffer: the rest is read as another line.`,
    fix: 'shorten the line',
  },
  'stray-argument': {
    severity: 'low',
    text: (n) => `A word on line ${n.line} is not an option; turnserver reports "Unknown argument".`,
    fix: 'remove it',
  },
};

function layout(view: ConfigView): Draft[] {
  return view.parsed.notes.map((n) => {
    const t = NOTE_TEXT[n.kind];
    return draft('config-syntax', t.severity, n.name !== undefined ? [n.name] : [], [n.line], t.text(n), 'coturn reads this line differently from how it looks.', `# ${t.fix}`, {
      evidence: n.name !== undefined ? evidenceForOption(n.name) : 'coturn:config-syntax',
    });
  });
}

export const syntaxRules: RuleGroup = {
  rules: [
    { id: 'unknown-option', title: 'Unknown option (ignored by coturn)', evidence: 'coturn:config-syntax', sources: [SRC.mainrelay] },
    { id: 'removed-option', title: 'Option removed in this version (ignored)', evidence: 'coturn:config-syntax', sources: [SRC.mainrelay, SRC.mainrelay461] },
    { id: 'option-not-in-version', title: 'Option newer than this version (ignored)', evidence: 'coturn:config-syntax', sources: [SRC.mainrelay] },
    { id: 'startup-abort', title: 'A value that stops coturn from starting', evidence: 'coturn:config-syntax', sources: [SRC.mainrelay] },
    { id: 'config-syntax', title: 'A line coturn reads differently than it looks', evidence: 'coturn:config-syntax', sources: [SRC.mainrelay] },
  ],
  check: (view, version) => [...optionFindings(view, version), ...startupAborts(view), ...layout(view)],
};
