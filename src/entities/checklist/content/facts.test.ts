/**
 * Pins the facts checklist 1.1.0 corrected against their primary sources (coturn ChangeLog, README
 * and code; ASVS 5.0.0; browser behaviour). Each test names the mistake it guards against, so a later
 * edit that brings one back fails here.
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '@/entities/checklist/types';
import { checklist, getItem } from './index';

const items = checklist.items;
const text = (item: ChecklistItem) => [item.title, item.why, item.verify, item.fix].join('\n');
const sentences = (s: string) => s.split(/(?<=[.;:])\s+(?=[A-Z`(])/);

function item(id: string): ChecklistItem {
  const found = getItem(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** True when the item cites a primary coturn source (its repository: ChangeLog, README, commit, advisory). */
function citesCoturnSource(i: ChecklistItem): boolean {
  return i.references.some((r) => r.url.startsWith('https://github.com/coturn/coturn'));
}

describe('corrected coturn facts', () => {
  it('never writes a peer ACL in CIDR notation (coturn accepts IP[-IP] only)', () => {
    for (const i of items) {
      for (const s of sentences(text(i))) {
        if (!/(?:denied|allowed)-peer-ip=[0-9a-f:.]+\/\d+/i.test(s)) continue;
        // Only as the counter-example, next to what coturn does with it.
        expect(s, i.id).toMatch(/never CIDR|dropped silently/);
      }
    }
  });

  it('explains that CIDR lines were dropped silently before 4.11.0 and abort startup since', () => {
    const t = text(item('turn-deny-special-purpose-peers'));
    expect(t).toMatch(/before 4\.11\.0[\s\S]{0,80}dropped silently/);
    expect(t).toMatch(/from 4\.11\.0 it stops coturn at startup/);
  });

  it('never recommends ::0 or a single :: peer entry (it denies every peer on every version)', () => {
    for (const i of items) {
      expect(text(i), i.id).not.toMatch(/(?:denied|allowed)-peer-ip=::0?(?![-0-9a-f:])/i);
      for (const s of sentences(text(i))) {
        if (s.includes('::0')) expect(s, `${i.id}: ${s}`).toMatch(/every peer/);
      }
    }
  });

  it('sets the IPv4-in-IPv6 floor at 4.16.0 and names every step of the fix', () => {
    const i = item('turn-close-ipv4-mapped-bypass');
    expect(i.title).toContain('4.16.0');
    for (const v of ['4.5.2', '4.9.0', '4.13.0', '4.13.1', '4.16.0']) expect(text(i)).toContain(v);
    expect(text(i)).toContain('::ffff:127.0.0.1');
    expect(text(i)).toContain('64:ff9b::/96');
    expect(text(i)).toContain('2002::/16');
    expect(text(i)).not.toMatch(/4\.9\.0 or later/);
  });

  it('says link-local and ULA peers are refused before allowed-peer-ip since 4.13.1', () => {
    for (const id of ['turn-allow-own-relay-addresses', 'turn-sfu-only-peers']) {
      expect(text(item(id)), id).toContain('4.13.1');
    }
    expect(text(item('turn-allow-own-relay-addresses'))).toMatch(/before `allowed-peer-ip` is read/);
  });

  it('says static user= accounts are ignored under use-auth-secret, and the real risk', () => {
    const t = text(item('turn-cred-authentication-enforced'));
    expect(t).toMatch(/static `user=` accounts are ignored/);
    expect(t).toMatch(/come alive/);
    expect(t).toMatch(/database are not `user=` lines/);
  });

  it('says an empty cli-password disables the CLI and the risk is the sample password', () => {
    const t = text(item('turn-disable-cli'));
    expect(t).toMatch(/empty `cli-password` turns the CLI off/i);
    expect(t).toContain('qwerty');
    expect(t).toContain('4.10.0');
    expect(t).not.toMatch(/password is empty by default/);
  });

  it('dates stateless-nonce (4.16.0, default 4.17.0) and unauthorized-ratelimit (4.14.0: the 4.13.1 ChangeLog lists it, but the option is first in the 4.14.0 option table), and scopes the latter', () => {
    const t = text(item('turn-nonce-and-auth-rate-limits'));
    expect(t).toMatch(/`stateless-nonce` \(added in 4\.16\.0, on by default since 4\.17\.0/);
    expect(t).toMatch(/`unauthorized-ratelimit` \(added, as experimental, in 4\.14\.0/);
    expect(t).toMatch(/not a defence against password guessing/);
    expect(t).not.toMatch(/Nonces that never expire/);
  });

  it('gives bandwidth caps in bytes per second and reconciles user-quota with opaque usernames', () => {
    const quotas = text(item('turn-quotas-and-bandwidth-caps'));
    expect(quotas).toMatch(/bytes per second/);
    expect(quotas).toMatch(/stable pseudonymous id/);
    const usernames = text(item('turn-cred-opaque-usernames'));
    expect(usernames).toMatch(/stable pseudonymous id/);
    expect(usernames).not.toMatch(/Use a random per-session id or/);
  });

  it('lists the advisory history of recent releases without unsourced CVE numbers', () => {
    const t = text(item('turn-keep-coturn-patched'));
    for (const v of ['4.12.0', '4.13.0', '4.13.1', '4.15.0', '4.16.0', '4.17.0']) expect(t, v).toContain(v);
    for (const i of items) {
      expect(text(i), i.id).not.toMatch(/CVE-2026-27624|CVE-2026-40613/);
    }
  });

  it('cites the source of every CVE number it names', () => {
    for (const i of items) {
      for (const cve of text(i).match(/CVE-\d{4}-\d+/g) ?? []) {
        const sourced = i.references.some((r) => r.title.includes(cve) || r.url.includes(cve));
        expect(sourced, `${i.id} names ${cve} without a reference for it`).toBe(true);
      }
    }
  });

  it('cites a primary coturn source on every item that states a coturn version', () => {
    for (const i of items) {
      if (!/\b4\.\d+\.\d+\b/.test(text(i)) || !i.tags.includes('coturn')) continue;
      expect(citesCoturnSource(i), `${i.id} states a coturn version without citing coturn`).toBe(true);
    }
  });

  it('states the version floor on every coturn hardening item', () => {
    for (const i of items) {
      if (i.section !== 'turn-hardening' || !i.tags.includes('coturn')) continue;
      expect(text(i), i.id).toMatch(/\b4\.\d+\.\d+\b|every coturn version/);
    }
  });
});

describe('corrected verify steps', () => {
  it('never asks to paste the production shared secret into a web tool', () => {
    for (const i of items) {
      expect(text(i), i.id).not.toMatch(/TURN tester with the shared secret/i);
    }
    expect(item('turn-cred-ephemeral').verify).toMatch(/openssl dgst -sha1 -hmac "\$TURN_SECRET"/);
  });

  it('does not test getDisplayMedia from the DevTools console', () => {
    const t = item('privacy-display-capture-safe-defaults').verify;
    expect(t).toMatch(/DevTools treats a console command as a user gesture/);
    expect(t).not.toMatch(/from the console without clicking/);
  });

  it('only suggests openssl -tls1_1 together with @SECLEVEL=0', () => {
    for (const i of items) {
      for (const s of sentences(text(i))) {
        if (/openssl s_client[^`]*-tls1(_1)?\b/.test(s)) expect(s, i.id).toContain('@SECLEVEL=0');
      }
    }
  });

  it('injects tampered SRTP from the client’s own 5-tuple, not from another host', () => {
    const t = item('media-srtp-authentication-check').verify;
    expect(t).toMatch(/5-tuple/);
    expect(t).not.toMatch(/from another host/);
  });

  it('decodes JWTs as base64url, never with plain base64 -d', () => {
    for (const i of items) {
      for (const s of sentences(text(i))) {
        if (/base64 -d/.test(s)) expect(s, i.id).toMatch(/base64url/);
      }
    }
  });

  it('scans exposure on IPv6 too wherever it scans with nmap', () => {
    for (const i of items) {
      if (!/`nmap /.test(i.verify)) continue;
      expect(i.verify, i.id).toMatch(/nmap -6|IPv6/);
    }
  });
});

describe('corrected ASVS and media facts', () => {
  it('keeps DTLS key uniqueness as good practice, not ASVS wording (17.2.1)', () => {
    const t = text(item('enc-media-server-unique-dtls-key'));
    expect(t).toMatch(/documented key-management policy/);
    expect(t).not.toMatch(/ASVS 5\.0 requires the media server’s DTLS private key to be unique/);
  });

  it('uses the ASVS word "approved" for DTLS suites (17.2.2)', () => {
    expect(text(item('enc-media-server-strong-dtls'))).toMatch(/approved DTLS cipher suites/);
  });

  it('covers every browser path for E2EE and fails closed', () => {
    const t = text(item('enc-e2ee-sframe'));
    for (const api of ['createEncodedStreams()', 'RTCRtpScriptTransform', 'SFrameTransform']) expect(t).toContain(api);
    expect(t).toMatch(/fail closed/);
  });

  it('knows that ARI shares http.conf with SIP over WSS', () => {
    const t = text(item('media-asterisk-ari-private'));
    expect(t).toMatch(/http\.conf/);
    expect(t).toMatch(/WebSocket transport that browsers use for SIP over WSS/);
  });

  it('weighs DTLS fingerprint verification as high, citing real stack bugs', () => {
    const i = item('enc-media-server-checks-fingerprint');
    expect(i.severity).toBe('high');
    expect(i.references.some((r) => r.url.includes('pion/webrtc'))).toBe(true);
  });
});

describe('checklist 1.1.0: what a top auditor checks', () => {
  it('covers SIP/PSTN dial-out with server-side authorization, allow-lists and spend caps', () => {
    const t = text(item('media-sip-dial-out-authorization'));
    expect(t).toMatch(/toll fraud/);
    expect(t).toMatch(/allow-list/);
    expect(t).toMatch(/spend caps?/);
  });

  it('knows the Janus SIP plugin takes proxy, outbound_proxy and headers from the client', () => {
    const i = item('media-janus-sip-fixed-proxy');
    for (const field of ['`proxy`', '`outbound_proxy`', '`headers`']) expect(text(i)).toContain(field);
    expect(i.appliesTo?.mediaServer).toEqual(['janus']);
    expect(i.references.some((r) => r.url.includes('janus.conf.meetecho.com/docs/sip'))).toBe(true);
  });

  it('names the URL features that make a media server an SSRF proxy, with ASVS 1.3.6', () => {
    const i = item('media-no-ssrf-via-media-urls');
    for (const s of ['PlayerEndpoint', 'RecorderEndpoint', 'file://', 'rtsp://', 'admin_key', 'Ingress', '169.254.169.254']) expect(text(i), s).toContain(s);
    expect(i.standards.map((s) => s.id)).toContain('1.3.6');
  });

  it('protects WHIP/WHEP endpoints and their session URLs (RFC 9725), including DELETE', () => {
    const i = item('signaling-whip-whep-authorization');
    expect(text(i)).toMatch(/RFC 9725/);
    expect(text(i)).toMatch(/`Location`/);
    expect(i.verify).toMatch(/-X DELETE/);
    expect(i.verify).toMatch(/401 or 403/);
    expect(i.references.some((r) => r.url.endsWith('/rfc9725'))).toBe(true);
  });

  it('authorizes publish and subscribe per track and limits invisible participants', () => {
    expect(text(item('access-publish-subscribe-authorization'))).toMatch(/canPublishSources/);
    const hidden = text(item('access-no-invisible-participants'));
    for (const grant of ['`hidden`', 'recorder', 'agent']) expect(hidden).toContain(grant);
    expect(text(item('access-display-names-bound-to-identity'))).toMatch(/canUpdateOwnMetadata/);
  });

  it('treats call metadata as personal data with retention and deletion', () => {
    const t = text(item('privacy-protect-call-metadata'));
    expect(t).toMatch(/who called whom/);
    expect(t).toMatch(/retention/);
    expect(item('privacy-protect-call-metadata').standards.map((s) => s.id)).toContain('14.2.7');
  });

  it('cites the pion advisory with its CVE for DTLS fingerprint verification', () => {
    const i = item('enc-media-server-checks-fingerprint');
    expect(text(i)).toContain('CVE-2021-28681');
    expect(i.references.some((r) => r.url.includes('GHSA-74xm-qj29-cq8p'))).toBe(true);
  });

  it('maps WebSocket, header and TLS items to their ASVS 5.0.0 requirements beyond V17', () => {
    const ids = (id: string) => item(id).standards.map((s) => s.id);
    expect(ids('signaling-check-websocket-origin')).toContain('4.4.2');
    expect(ids('baseline-https-wss-only')).toContain('4.4.1');
    expect(ids('signaling-security-headers')).toEqual(expect.arrayContaining(['3.4.1', '3.4.6']));
    expect(ids('signaling-content-security-policy')).toContain('3.4.3');
    expect(ids('signaling-tls-configuration')).toEqual(expect.arrayContaining(['12.1.1', '12.1.2']));
  });
});

describe('checklist 1.1.0: merged items keep what the retired ones said', () => {
  const KEPT: readonly (readonly [string, string, readonly (string | RegExp)[]])[] = [
    ['baseline-servers-do-not-self-patch', 'ops-patch-cadence', [/Browsers ship WebRTC security fixes/, 'CVE-2020-26262', 'libwebrtc', 'owner']],
    ['turn-auth-mode', 'turn-cred-authentication-enforced', ['`no-auth`', '`use-auth-secret`', '`user=`', '`turnadmin -l`', 'Shared secret overrides']],
    ['baseline-screen-sharing-consent', 'privacy-display-capture-safe-defaults', ['DevTools', 'InvalidStateError', /who will see the share/]],
    ['privacy-screen-share-warning', 'privacy-display-capture-safe-defaults', [/pre-share/, /one-click stop/]],
    ['native-no-embedded-secrets', 'turn-cred-no-static-credentials', ['apktool', 'jadx', '`strings`', 'media server API secret']],
    ['media-expose-only-media-ports', 'media-control-not-internet-reachable', ['Redis', 'SSH', '-sU', '`ss -lntup`']],
    ['ops-asset-inventory', 'ops-architecture-diagram', ['inventory', 'software version, owner and environment']],
    ['signaling-keep-secrets-out-of-urls', 'ops-log-without-secrets', ['token=', 'Referer', '`console.log`']],
    ['access-revoke-sessions-on-removal', 'access-moderator-controls', ['disable that user', 'remove-participant']],
    ['turn-cred-single-owner', 'turn-cred-backend-mints-for-users', ['one documented owner', '`turncredentials_secret`']],
    ['privacy-minimise-ip-logging', 'privacy-protect-call-metadata', ['ICE candidates', 'IP address', 'truncate']],
  ];

  it.each(KEPT)('%s lives on in %s', (from, into, phrases) => {
    expect(checklist.retired.find((r) => r.id === from)?.replacedBy).toBe(into);
    const t = text(item(into));
    for (const p of phrases) expect(t, String(p)).toMatch(typeof p === 'string' ? new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : p);
  });

  it('keeps the worse severity of what it merged', () => {
    const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
    for (const r of checklist.retired) {
      if (!r.replacedBy || !r.severity) continue;
      expect(rank[item(r.replacedBy).severity], `${r.id} → ${r.replacedBy}`).toBeLessThanOrEqual(rank[r.severity]);
    }
  });

  it('went from 122 items to fewer, sharper ones', () => {
    const since = checklist.changelog.find((c) => c.version === '1.1.0');
    const merged = since?.merged.reduce((n, m) => n + m.from.length, 0) ?? 0;
    expect(items.length).toBe(122 + (since?.added.length ?? 0) - merged - (since?.removed.length ?? 0));
    expect(items.length).toBeLessThan(122);
  });
});
