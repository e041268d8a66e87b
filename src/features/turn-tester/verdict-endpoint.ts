/** `endpoint` (credential endpoint only): the verdict rule; text in verdict-text.ts. */

import type { EndpointCredentials } from './credentials';
import { RECOMMENDED_MAX_TTL_SECONDS } from './credentials';
import { parseUri } from './uri';
import { ENDPOINT_TEXT as T } from './verdict-text';
import type { Check } from './verdicts';
import { ENDPOINT_TARGET, checkFor } from './verdicts';

/** What the response says about itself: notes (fine) and problems (warn). */
function describeResponse(response: EndpointCredentials): { notes: string[]; problems: string[] } {
  const notes = [response.shape === 'turn-rest' ? T.shapeRest : T.shapeIceServers(response.iceServers.length)];
  const problems: string[] = [];
  if (response.ttlSeconds === undefined) {
    if (response.shape === 'turn-rest') problems.push(T.noTtl);
  } else if (response.ttlSeconds > RECOMMENDED_MAX_TTL_SECONDS) {
    problems.push(T.ttlTooLong(response.ttlSeconds));
  } else {
    notes.push(T.ttl(response.ttlSeconds));
  }
  const urls = response.iceServers.flatMap((s) => s.urls);
  const parsed = urls.map((u) => ({ u, r: parseUri(u) }));
  const invalid = parsed.flatMap((p) => (p.r.ok ? [] : [`"${p.u}" (${p.r.error})`]));
  const turnCount = parsed.filter((p) => p.r.ok && p.r.uri.isTurn).length;
  if (invalid.length > 0) problems.push(T.invalidUris(invalid));
  if (turnCount === 0) problems.push(T.noTurnUri);
  else notes.push(T.uriCount(urls.length, turnCount));
  return { notes, problems };
}

/**
 * `endpoint` (credential endpoint only): the response shape, ttl and URIs, and whether a request
 * without cookies also gets credentials (draft-uberti-behave-turn-rest-00 §2.1 asks to protect the
 * endpoint by cookie, Origin or API key).
 */
export function verdictForEndpoint(input: { readonly response: EndpointCredentials; readonly anonymousAccess?: boolean }): Check {
  const { notes, problems } = describeResponse(input.response);
  const check = checkFor('endpoint', 'run', ENDPOINT_TARGET);
  if (input.anonymousAccess === true) {
    return check('fail', T.anonymous + [...problems, ...notes].join(' '), { severity: 'high' });
  }
  notes.push(input.anonymousAccess === false ? T.refusedAnonymous : T.notChecked);
  if (problems.length > 0) return check('warn', [...problems, ...notes].join(' '), { severity: 'medium' });
  return check('pass', notes.join(' '));
}
