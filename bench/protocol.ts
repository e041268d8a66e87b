/** A request as Lighthouse's `network-requests` audit lists it. */
export interface NetworkRequest {
  readonly url: string;
  /** As Chromium names it: 'h2', 'http/1.1', … */
  readonly protocol?: string;
}

/**
 * Why the requests to `origin` were not all served with `protocol` ([] when they were), so a
 * Lighthouse figure that says HTTP/2 (or HTTP/1.1) is one: lantern simulates each request with the
 * protocol it observed. No request to the origin at all is a problem too.
 */
export function protocolProblems(requests: readonly NetworkRequest[], origin: string, protocol: string): string[] {
  const own = requests.filter((r) => URL.canParse(r.url) && new URL(r.url).origin === origin);
  if (own.length === 0) return [`no request to ${origin}`];
  return own.filter((r) => r.protocol !== protocol).map((r) => `${r.url} was served over ${r.protocol ?? 'an unknown protocol'}, not ${protocol}`);
}
