/**
 * The checklist's changelog, newest first: shown on the About page and published in /checklist.json.
 * Merges listed here are what carries answers over (content/retired.ts derives the retired entries,
 * features/projects/persistence/content-upgrade.ts moves the answers).
 */
import type { ChangelogEntry } from '@/entities/checklist/types';
import { PUBLISHED_IN_1_1_0 } from './published-ids';
import { mergesIn } from './retired';

export const changelog: readonly ChangelogEntry[] = [
  {
    version: '1.1.0',
    date: '2026-12-02',
    summary:
      'Every coturn claim checked against coturn’s source, ChangeLog and README; verify steps that run as written (the TURN commands are executed against a real coturn in CI); new items on SIP/PSTN gateways, SSRF through media-server URLs, WHIP/WHEP, publish/subscribe authorization, invisible participants, display-name spoofing and call metadata; ASVS 5.0.0 mappings beyond V17.',
    added: PUBLISHED_IN_1_1_0,
    merged: mergesIn('1.1.0'),
    removed: [],
    severities: [
      {
        id: 'baseline-ice-consent-is-not-authorization',
        from: 'medium',
        to: 'low',
        reason: 'An awareness item: the control it points to is signaling-authorize-each-action, which stays high.',
      },
      {
        id: 'turn-offer-turns-443',
        from: 'medium',
        to: 'low',
        reason: 'It improves reachability behind firewalls; missing it breaks calls, it does not open a hole.',
      },
      {
        id: 'dc-no-eval-or-html-injection',
        from: 'high',
        to: 'critical',
        reason: 'Any peer can send the payload, no server filters it, and it runs in an origin that already holds camera and microphone permission.',
      },
    ],
    corrections: [
      'Peer ACLs: coturn accepts IP[-IP] ranges only; a CIDR line was dropped silently before 4.11.0 and stops coturn at startup since. Every snippet now uses ranges.',
      'IPv4-in-IPv6 peers: the floor is 4.16.0 (mapped loopback fixed in 4.13.0, other encodings and NAT64/6to4 in 4.13.1, unaligned IPv6 ranges in 4.16.0); `::0` denies every peer and is no longer suggested.',
      'Link-local, ULA and 169.254/16 peers are refused before allowed-peer-ip is read since 4.13.1.',
      'use-auth-secret ignores static user= accounts (they come alive when the secret mode is removed); no auth option means anonymous.',
      'An empty cli-password disables the CLI; the risk is the sample password or hash left uncommented.',
      'stateless-nonce exists since 4.16.0 (default on since 4.17.0); unauthorized-ratelimit exists since 4.14.0 (the 4.13.1 ChangeLog lists it, the 4.13.1 tag has no such option) and limits 401 reflection, not password guessing.',
      'max-bps and bps-capacity are bytes per second; user-quota counts per user id, so TURN usernames carry a stable pseudonymous id.',
      'The coturn advisory history cites advisories and commits (ACL fixes in 4.13.0, 4.13.1 and 4.16.0, SQL drivers in 4.12.0, CLI file write and Redis format string in 4.13.0, fixes in 4.15.0 and 4.17.0) instead of unsourced CVE numbers.',
      'ASVS wording: 17.2.1 asks for DTLS keys managed under the documented key policy and 17.2.2 for approved suites; uniqueness per deployment stays as good practice.',
      'E2EE covers createEncodedStreams(), RTCRtpScriptTransform and SFrameTransform, and fails closed.',
      'Asterisk ARI shares http.conf with SIP over WSS, so firewalling the port breaks calls.',
      'Verify steps: getDisplayMedia() is not tested from the DevTools console; openssl -tls1_1 needs @SECLEVEL=0 on OpenSSL 3; SRTP tampering is injected on the client’s own 5-tuple; expired TURN credentials are minted locally with openssl; JWTs are decoded as base64url; exposure scans include nmap -6.',
      'DTLS fingerprint verification cites the real stack bugs (pion/webrtc CVE-2021-28681, ex_webrtc GHSA-qwfw-ggxw-577c).',
    ],
  },
  {
    version: '1.0.0',
    date: '2026-11-27',
    summary: 'First published checklist: 122 items in 12 sections.',
    added: [],
    merged: [],
    removed: [],
    severities: [],
    corrections: [],
  },
];
