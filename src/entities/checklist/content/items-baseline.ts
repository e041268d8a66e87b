import type { ChecklistItem } from '@/entities/checklist/types';
import { REF } from './refs';

/** WebRTC's built-in baseline: what the browser already guarantees, and where that stops. */
export const baselineItems: readonly ChecklistItem[] = [
  {
    id: 'baseline-know-dtls-srtp-limits',
    section: 'baseline',
    title: 'Rely on mandatory DTLS-SRTP, but map where media is decrypted',
    why: 'Browsers always encrypt media with DTLS-SRTP and data channels with DTLS, and no API turns this off. That protection ends at whichever endpoint terminates DTLS: an SFU, MCU, recorder or gateway sees plain media, and the keys are only as trustworthy as the signaling that carried the fingerprints.',
    verify:
      'Open chrome://webrtc-internals (or about:webrtc in Firefox) during a call and check the transport stats: dtlsState "connected", a non-empty srtpCipher and dtlsCipher. Then list every server that terminates DTLS (SFU, recorder, SIP gateway) in your architecture notes.',
    fix: 'Write down, per call type, which components can see decrypted media and who operates them. Where that set is too large for your users or contracts, add end-to-end encryption (SFrame) or keep media peer-to-peer, and protect signaling as part of the media security boundary.',
    severity: 'medium',
    references: [REF.rfc8827ComSec, REF.rfc8826ComSec],
    tags: ['dtls-srtp', 'encryption', 'threat-model'],
    standards: [],
    evidence: [],
  },
  {
    id: 'baseline-https-wss-only',
    section: 'baseline',
    title: 'Serve the app over HTTPS and signaling over WSS, with no plain-text fallback',
    why: 'Browsers expose getUserMedia only in secure contexts and block ws:// from an HTTPS page as mixed content, which nudges web clients onto TLS. Nothing stops your servers from also listening on HTTP or ws://, and native clients, test pages or old links can still use those listeners in clear text.',
    verify:
      'Run `curl -sI http://app.example.com/` and expect a 301/308 redirect to https. Scan signaling hosts with `nmap -Pn -p 80,8080,8088,8188 signal.example.com` and `nmap -6 -Pn -p 80,8080,8088,8188 signal.example.com` and confirm no plain HTTP/WebSocket listener answers from the Internet. In the browser console, `window.isSecureContext` must be true on every calling page.',
    fix: 'Redirect HTTP to HTTPS, close plain WebSocket ports (for example Janus 8088/8188 when 8089/8989 are used) and terminate TLS on 443 for both the app and signaling. Add HSTS so browsers never try HTTP again.',
    severity: 'high',
    references: [REF.mdnSecureContexts, REF.mdnGetUserMedia, REF.blogGeekChecklist2020, REF.asvsV4, REF.asvsV12],
    tags: ['tls', 'signaling', 'secure-context'],
    standards: [{ id: '4.4.1', level: 1 }, { id: '12.2.1', level: 1 }],
    evidence: [],
  },
  {
    id: 'baseline-ice-consent-is-not-authorization',
    section: 'baseline',
    title: 'Treat ICE consent checks as transport consent, not user authorization',
    why: 'ICE connectivity checks and consent freshness (RFC 7675, which expires consent 30 seconds after the last response) only prove that the remote endpoint is willing to receive packets. They say nothing about who the user is or whether they may join the room; that decision is entirely your signaling server’s.',
    verify:
      'Trace a join in your signaling code: confirm the server authenticates the user and checks room membership before it forwards any offer, answer or ICE candidate. Try to send an offer to a participant of a room you have not joined; the server must refuse it.',
    fix: 'Authorize every join and every SDP/candidate exchange on the server, and never forward signaling between parties the server has not placed in the same room.',
    severity: 'low',
    references: [REF.rfc7675, REF.rfc8826Consent],
    tags: ['ice', 'authorization', 'signaling'],
    standards: [],
    evidence: [],
  },
  {
    id: 'baseline-signaling-is-yours',
    section: 'baseline',
    title: 'Design and secure signaling yourself, because WebRTC leaves it undefined',
    why: 'WebRTC standardises media transport and encryption but leaves signaling, identity and room logic to the application. The SDP you relay carries the DTLS fingerprints, so whoever controls or can tamper with signaling can place themselves in the middle of an encrypted call.',
    verify:
      'Draw the path an offer takes from one client to the other and mark each hop: every hop must use TLS, require authentication and be operated by you or a party you trust with call content.',
    fix: 'Run signaling over authenticated WSS/HTTPS that you operate, validate every message, and treat the signaling server as part of the media trust boundary (or add end-to-end encryption with keys it never sees).',
    severity: 'high',
    references: [REF.rfc8826ComSec, REF.rfc8827],
    tags: ['signaling', 'threat-model', 'dtls-srtp'],
    standards: [],
    evidence: [],
  },
  {
    id: 'baseline-client-code-untrusted',
    section: 'baseline',
    title: 'Treat client JavaScript as untrusted and enforce every rule on the server',
    why: 'Anyone can open developer tools, flip a role flag, read TURN credentials or talk to your signaling API directly with a script. The browser protects the user from your page, not your service from the user.',
    verify:
      'With a normal participant account, replay a moderator-only signaling message (mute, kick, start recording) using devtools or `websocat`; the server must reject it. Search the bundle for role checks that exist only in UI code.',
    fix: 'Keep authorization, room policy, quotas and credential minting on the backend; the client only requests actions and renders results.',
    severity: 'high',
    references: [REF.blogGeekChecklist2020, REF.rfc8827Origin],
    tags: ['authorization', 'client', 'signaling'],
    standards: [],
    evidence: [],
  },
];
