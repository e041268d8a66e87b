/**
 * Items removed from the checklist, with the item that took each one over. Their ids are never
 * reused; answers saved against them move to `replacedBy` (features/projects/persistence/content-upgrade.ts)
 * and /checklist/<id> redirects there.
 */
import type { RetiredItem, Severity } from '@/entities/checklist/types';

const merged = (id: string, title: string, severity: Severity, replacedBy: string, what: string): RetiredItem => ({
  id,
  title,
  retiredIn: '1.1.0',
  reason: `Merged into ${replacedBy}, which now also covers ${what}.`,
  severity,
  replacedBy,
});

export const retired: readonly RetiredItem[] = [
  merged('baseline-servers-do-not-self-patch', 'Plan patching for servers and SDKs, because only browsers update themselves', 'high', 'ops-patch-cadence', 'SDKs and the reason servers need a plan (only browsers update themselves)'),
  merged('turn-auth-mode', 'Run coturn with use-auth-secret and never in anonymous mode', 'critical', 'turn-cred-authentication-enforced', 'the coturn authentication options and leftover user= accounts'),
  merged('baseline-screen-sharing-consent', 'Treat screen sharing as more sensitive than camera access', 'medium', 'privacy-display-capture-safe-defaults', 'the user gesture, the audience of a share and its stop control'),
  merged('privacy-screen-share-warning', 'Warn users what else a screen share may reveal before it starts', 'low', 'privacy-display-capture-safe-defaults', 'the pre-share warning and sharing indicator'),
  merged('native-no-embedded-secrets', 'Keep TURN secrets, API secrets and static TURN passwords out of app binaries', 'critical', 'turn-cred-no-static-credentials', 'secrets in native app binaries'),
  merged('media-expose-only-media-ports', 'Open only the media ports on media servers to the Internet', 'high', 'media-control-not-internet-reachable', 'every non-media listener on media hosts'),
  merged('ops-asset-inventory', 'Maintain an inventory of every WebRTC server with its version and owner', 'medium', 'ops-architecture-diagram', 'the server inventory with versions and owners'),
  merged('signaling-keep-secrets-out-of-urls', 'Keep session tokens and TURN credentials out of URLs and client-side logs', 'medium', 'ops-log-without-secrets', 'tokens in URLs and client-side logs'),
  merged('access-revoke-sessions-on-removal', 'Revoke live sessions when a user’s account or room access is removed', 'medium', 'access-moderator-controls', 'revoking live sessions when an account or room access is removed'),
  merged('turn-cred-single-owner', 'Decide up front which one service mints TURN credentials for all clients', 'medium', 'turn-cred-backend-mints-for-users', 'choosing the one service that mints TURN credentials'),
  merged('privacy-minimise-ip-logging', 'Keep IP addresses and ICE candidates in logs only as long as needed', 'low', 'privacy-protect-call-metadata', 'IP addresses and ICE candidates in logs'),
];

/** The merges of one content version, grouped by the item that took the retired ones over. */
export function mergesIn(version: string): { from: string[]; into: string }[] {
  const byTarget = new Map<string, string[]>();
  for (const r of retired) {
    if (r.retiredIn !== version || !r.replacedBy) continue;
    byTarget.set(r.replacedBy, [...(byTarget.get(r.replacedBy) ?? []), r.id]);
  }
  return [...byTarget].map(([into, from]) => ({ from, into }));
}
