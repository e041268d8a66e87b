import { parseUri, type ParsedUri } from '@/features/turn-tester/uri';

/** A parsed TURN/STUN URI for tests; throws on a typo in the test itself. */
export function uri(text: string): ParsedUri {
  const r = parseUri(text);
  if (!r.ok) throw new Error(r.error);
  return r.uri;
}
