/**
 * Reads turnserver.conf the way coturn's `read_config_file()` and `parse_arg_string()` do
 * (src/apps/relay/mainrelay.c): lines are read with a 1024-byte `fgets` buffer, leading blanks are
 * skipped, a line is a comment only when it starts with `#` (a `#` later in the line is part of the
 * value), the name ends at the first space, tab or `=`, every following run of those characters is
 * skipped, trailing white space is dropped and one pair of surrounding double quotes is removed.
 *
 * A pasted command line (`turnserver --no-cli -r example.com …`, a Docker `command:` or a systemd
 * `ExecStart=`) is read as getopt_long would read it. Total: never throws, whatever the input.
 */

import { optionInfo } from './options';

export interface ConfigEntry {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** The option name as written, without leading dashes. */
  readonly name: string;
  /** The value coturn sees; `null` when none was given (coturn sees an empty string). */
  readonly value: string | null;
  /** Written with leading dashes (`--no-cli`). */
  readonly dashed: boolean;
}

export type ParseNoteKind =
  /** `--option` inside a config file: coturn logs "Bad configuration format" and ignores it. */
  | 'dashes-in-file'
  /** The line ends with `;`, which becomes part of the value (coturn warns "Check config!"). */
  | 'semicolon'
  /** Longer than coturn's 1023-character line buffer: coturn reads the rest as further lines. */
  | 'long-line'
  /** A `#` after the option: coturn keeps it (and the text after it) as part of the value. */
  | 'inline-comment'
  /** A command-line token that is not an option. */
  | 'stray-argument';

export interface ParseNote {
  readonly line: number;
  readonly kind: ParseNoteKind;
  /** The option name concerned, when there is one. Never a value. */
  readonly name?: string;
}

export interface ParsedConfig {
  readonly mode: 'file' | 'command-line';
  readonly entries: readonly ConfigEntry[];
  readonly notes: readonly ParseNote[];
  readonly lineCount: number;
}

/** coturn's fgets(sbuf, sizeof(sbuf) - 1, f) with `char sbuf[1025]` reads at most 1023 characters. */
const LINE_BUFFER = 1023;

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function isSeparator(c: string | undefined): boolean {
  return c === ' ' || c === '=' || c === '\t';
}

/** parse_arg_string(): splits one non-comment line into name and value. */
export function splitOptionLine(text: string): { name: string; value: string } {
  let i = 0;
  while (i < text.length && !isSeparator(text[i])) i++;
  const name = text.slice(0, i);
  while (i < text.length && isSeparator(text[i])) i++;
  let value = text.slice(i);
  if (value.startsWith('"')) {
    value = value.slice(1);
    let end = value.length;
    while (end > 0 && (value[end - 1] === '\n' || value[end - 1] === '\r' || value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
    value = value.slice(0, end);
    if (value.endsWith('"')) value = value.slice(0, -1);
  }
  return { name, value };
}

function physicalLines(text: string): string[] {
  return text.split('\n');
}

function looksLikeCommandLine(lines: readonly string[]): boolean {
  let optionLines = 0;
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    // A Docker Compose `command:` list, a systemd ExecStart= line or a turnserver invocation.
    if (/^(?:command:|ExecStart=)/.test(t) || /^["']?(?:\S*\/)?turnserver(?:\s|$)/.test(t)) return true;
    const stripped = t.replace(/^-\s+/, '').replace(/^["']/, '');
    if (!stripped.startsWith('-')) return false;
    optionLines++;
  }
  return optionLines > 0;
}

function parseFile(lines: readonly string[]): ParsedConfig {
  const entries: ConfigEntry[] = [];
  const notes: ParseNote[] = [];
  lines.forEach((physical, index) => {
    const line = index + 1;
    const chunks: string[] = [];
    if (physical.length > LINE_BUFFER) {
      notes.push({ line, kind: 'long-line' });
      for (let at = 0; at < physical.length; at += LINE_BUFFER) chunks.push(physical.slice(at, at + LINE_BUFFER));
    } else {
      chunks.push(physical);
    }
    for (const chunk of chunks) {
      let start = 0;
      while (start < chunk.length && isBlank(chunk[start])) start++;
      let s = chunk.slice(start);
      if (s.startsWith('#') || s === '') continue;
      let end = s.length;
      while (end > 0 && isSpace(s[end - 1])) end--;
      s = s.slice(0, end);
      if (s === '') continue;
      const { name, value } = splitOptionLine(s);
      if (name.startsWith('-')) {
        notes.push({ line, kind: 'dashes-in-file', name: name.replace(/^-+/, '') });
        continue;
      }
      if (s.endsWith(';')) notes.push({ line, kind: 'semicolon', name });
      if (/(^|\s)#/.test(value)) notes.push({ line, kind: 'inline-comment', name });
      entries.push({ line, name, value: value === '' ? null : value, dashed: false });
    }
  });
  return { mode: 'file', entries, notes, lineCount: lines.length };
}

interface Token {
  readonly text: string;
  readonly line: number;
}

/** Shell-like words: quotes group, backslash-newline continues, YAML list dashes and brackets are dropped. */
function tokenize(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    let t = raw.trim();
    if (t.startsWith('#')) return;
    t = t.replace(/^(?:command:|ExecStart=)\s*/, '').replace(/^-\s+(?=\S)/, '');
    t = t.replace(/^\[/, '').replace(/\]$/, '');
    let word = '';
    let quote: string | null = null;
    let has = false;
    for (let i = 0; i < t.length; i++) {
      const c = t[i] ?? '';
      if (quote !== null) {
        if (c === quote) quote = null;
        else word += c;
        continue;
      }
      if (c === '"' || c === "'") {
        quote = c;
        has = true;
        continue;
      }
      if (c === '\\' && i === t.length - 1) continue;
      if (c === ' ' || c === '\t' || c === ',') {
        if (has) tokens.push({ text: word, line });
        word = '';
        has = false;
        continue;
      }
      word += c;
      has = true;
    }
    if (has) tokens.push({ text: word, line });
  });
  return tokens;
}

/** Short options of turnserver's getopt string "c:d:p:L:E:X:i:m:l:r:u:b:B:e:M:J:N:O:q:Q:s:C:K:A:vVofhznaS". */
const SHORT: Readonly<Record<string, { name: string; takesValue: boolean }>> = {
  c: { name: 'c', takesValue: true },
  d: { name: 'listening-device', takesValue: true },
  p: { name: 'listening-port', takesValue: true },
  L: { name: 'listening-ip', takesValue: true },
  E: { name: 'relay-ip', takesValue: true },
  X: { name: 'external-ip', takesValue: true },
  i: { name: 'relay-device', takesValue: true },
  m: { name: 'relay-threads', takesValue: true },
  l: { name: 'log-file', takesValue: true },
  r: { name: 'realm', takesValue: true },
  u: { name: 'user', takesValue: true },
  b: { name: 'userdb', takesValue: true },
  B: { name: 'bps-capacity', takesValue: true },
  e: { name: 'psql-userdb', takesValue: true },
  M: { name: 'mysql-userdb', takesValue: true },
  J: { name: 'mongo-userdb', takesValue: true },
  N: { name: 'redis-userdb', takesValue: true },
  O: { name: 'redis-statsdb', takesValue: true },
  q: { name: 'user-quota', takesValue: true },
  Q: { name: 'total-quota', takesValue: true },
  s: { name: 'max-bps', takesValue: true },
  C: { name: 'rest-api-separator', takesValue: true },
  K: { name: 'keep-address-family', takesValue: true },
  A: { name: 'allocation-default-address-family', takesValue: true },
  v: { name: 'verbose', takesValue: false },
  V: { name: 'Verbose', takesValue: false },
  o: { name: 'daemon', takesValue: false },
  f: { name: 'fingerprint', takesValue: false },
  h: { name: 'h', takesValue: false },
  z: { name: 'no-auth', takesValue: false },
  n: { name: 'n', takesValue: false },
  a: { name: 'lt-cred-mech', takesValue: false },
  S: { name: 'stun-only', takesValue: false },
};

function parseCommandLine(lines: readonly string[]): ParsedConfig {
  const entries: ConfigEntry[] = [];
  const notes: ParseNote[] = [];
  const tokens = tokenize(lines);
  let i = 0;
  if (tokens[0] !== undefined && /(?:^|\/)turnserver$/.test(tokens[0].text)) i = 1;
  for (; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined) break;
    const text = tok.text;
    if (text.startsWith('--') && text.length > 2) {
      const eq = text.indexOf('=');
      const name = eq < 0 ? text.slice(2) : text.slice(2, eq);
      let value: string | null = eq < 0 ? null : text.slice(eq + 1);
      const next = tokens[i + 1];
      // getopt_long: a required argument may be the next word; an optional one only after "=".
      if (value === null && optionInfo(name)?.argument === 'required' && next !== undefined) {
        value = next.text;
        i++;
      }
      entries.push({ line: tok.line, name, value: value === '' ? null : value, dashed: true });
      continue;
    }
    if (text.startsWith('-') && text.length >= 2 && !text.startsWith('--')) {
      const short = SHORT[text[1] ?? ''];
      if (short === undefined) {
        entries.push({ line: tok.line, name: text.slice(1), value: null, dashed: true });
        continue;
      }
      let value: string | null = null;
      if (short.takesValue) {
        if (text.length > 2) value = text.slice(2);
        else if (tokens[i + 1] !== undefined) {
          value = tokens[i + 1]?.text ?? null;
          i++;
        }
      }
      entries.push({ line: tok.line, name: short.name, value, dashed: true });
      continue;
    }
    notes.push({ line: tok.line, kind: 'stray-argument' });
  }
  return { mode: 'command-line', entries, notes, lineCount: lines.length };
}

/** Parses a turnserver.conf (or a pasted turnserver command line). Never throws. */
export function parseConfig(text: string): ParsedConfig {
  const lines = physicalLines(typeof text === 'string' ? text : '');
  return looksLikeCommandLine(lines) ? parseCommandLine(lines) : parseFile(lines);
}
