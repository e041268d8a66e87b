/**
 * The "Endpoint URL" field's rule, apart from the fetching code (endpoint-fetch.ts), which loads
 * only when a run asks a credential endpoint.
 */

export type EndpointUrlResult = { ok: true; url: URL } | { ok: false; error: string };

/**
 * Checks the "Endpoint URL" field: an absolute https: URL (the app's CSP allows `connect-src https:`),
 * or a URL on the app's own origin; no user name or password in it.
 */
export function validateEndpointUrl(text: string, pageOrigin: string): EndpointUrlResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Endpoint URL: enter the URL of your credential endpoint' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'Endpoint URL: enter a full URL, starting with https://' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'Endpoint URL: remove the user name and password from the URL' };
  }
  if (url.protocol !== 'https:' && url.origin !== pageOrigin) {
    return {
      ok: false,
      error: `Endpoint URL: use https:// — this page may only fetch from https: URLs or its own origin (${pageOrigin})`,
    };
  }
  return { ok: true, url };
}
