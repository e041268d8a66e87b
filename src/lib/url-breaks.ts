/**
 * Where a URL or server address shown in a narrow column may wrap onto the next line: after the
 * scheme (`turn:`), after a dot or hyphen of a host name, before `?` and `&`; never inside a port,
 * an IP address (v4, or v6 in brackets) or a query value, so "turn:host:3478" never shows as "turn:host:34" / "78". A part longer
 * than `LONG_PART` (a 63-character DNS label) is marked so the view may break it anywhere rather
 * than overflow a phone screen.
 *
 * No imports: pure text.
 */
export const LONG_PART = 24;

const SCHEME = /^(turns?|stuns?|https?):/i;
/** An IPv4 address or a bracketed IPv6 one, with an optional port, at the start of the host part. */
const IP_HOST = /^(\/\/)?(\d{1,3}(\.\d{1,3}){3}|\[[^\]]*\])(:\d*)?/;

/** `text` cut at its sensible break points; the parts joined are `text` again. */
export function urlBreakParts(text: string): string[] {
  const scheme = SCHEME.exec(text)?.[0].length ?? 0;
  const ipEnd = scheme + (IP_HOST.exec(text.slice(scheme))?.[0].length ?? 0);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1]!;
    const next = text[i]!;
    if (i === scheme || (i > ipEnd && (prev === '.' || prev === '-') && !text.slice(start, i).includes('?')) || next === '?' || next === '&') {
      parts.push(text.slice(start, i));
      start = i;
    }
  }
  if (text.length > 0) parts.push(text.slice(start));
  return parts;
}
