import type { ChecklistItem } from '@/entities/checklist/types';
import { REF } from './refs';

const USES_DATA_CHANNELS = { dataChannels: [true] } as const;

/** RTCDataChannel messages: untrusted input from other participants. */
export const dataChannelItems: readonly ChecklistItem[] = [
  {
    id: 'dc-validate-every-message',
    section: 'data-channels',
    title: 'Validate every data channel message against a schema before using it',
    why: 'In peer-to-peer calls, data channel messages come straight from another user’s browser and never pass your server’s validation. A modified client can send any type, size or structure, and handlers that assume well-formed input crash or misbehave.',
    verify:
      'In devtools on one peer, find the open RTCDataChannel and send malformed payloads: invalid JSON, wrong types, unknown message kinds, huge numbers. The other peer must ignore or reject each one without errors in its console or broken UI.',
    fix: 'Parse messages with a strict schema validator, reject unknown types and extra fields, check ranges and lengths, and handle each message inside its own try/catch.',
    severity: 'high',
    appliesTo: USES_DATA_CHANNELS,
    references: [REF.owaspInputValidation, REF.mdnDataChannel, REF.blogGeekChecklist, REF.asvsV2],
    tags: ['data-channels', 'input-validation'],
    standards: [{ id: '2.2.1', level: 1 }],
    evidence: [],
  },
  {
    id: 'dc-no-eval-or-html-injection',
    section: 'data-channels',
    title: 'Never evaluate or render received data channel content as HTML or code',
    why: 'Chat and whiteboard features often write received text with innerHTML, which gives every participant cross-site scripting on every other participant’s calling page. That page holds camera and microphone permission, so the impact goes beyond session theft.',
    verify:
      "Send `<img src=x onerror=alert(1)>` through each text feature that uses data channels; it must appear as literal text. Grep message handlers for `innerHTML`, `outerHTML`, `insertAdjacentHTML`, `dangerouslySetInnerHTML`, `eval` and `new Function`.",
    fix: 'Render received text with textContent or framework text bindings, sanitize with a maintained library (such as DOMPurify) where rich text is required, never execute received data, and keep a strict CSP as backup.',
    severity: 'critical',
    appliesTo: USES_DATA_CHANNELS,
    references: [REF.owaspXssPrevention, REF.mdnDataChannel, REF.asvsV3],
    tags: ['data-channels', 'xss'],
    standards: [{ id: '3.2.2', level: 1 }],
    evidence: [],
  },
  {
    id: 'dc-limit-size-and-rate',
    section: 'data-channels',
    title: 'Limit data channel message size and rate on the receiving side',
    why: 'A peer can send messages up to the negotiated SCTP maximum, or thousands per second, exhausting memory and freezing the receiving tab or app. SCTP stacks themselves have had memory-corruption bugs reachable from a peer.',
    verify:
      'Check `pc.sctp.maxMessageSize` and send the largest allowed message and a burst of 10,000 small messages from a test peer; the receiver must drop or throttle them and stay responsive.',
    fix: 'Enforce an application-level maximum message size and per-peer message rate, chunk file transfers with backpressure (`bufferedAmountLowThreshold`), and drop peers that keep exceeding the limits.',
    severity: 'medium',
    appliesTo: USES_DATA_CHANNELS,
    references: [REF.mdnSctpMaxMessageSize, REF.rfc8831, REF.projectZeroMessengers],
    tags: ['data-channels', 'dos'],
    standards: [],
    evidence: [],
  },
  {
    id: 'dc-authorize-privileged-messages',
    section: 'data-channels',
    title: 'Authorize privileged data channel messages by sender, not by message content',
    why: 'Apps send control actions over data channels (mute everyone, remove a user, grant control of a shared app) and trust a `from` or `role` field in the payload. Any participant can forge those fields.',
    verify:
      'From a regular participant, send a moderator-only message with a forged sender or role field; no peer may act on it. In SFU setups, check that receivers use the sender identity supplied by the server (for example the participant identity attached by the SFU), not the payload.',
    fix: 'Route privileged actions through the signaling server, which checks roles, or have the server sign them; in P2P, accept control messages only from peers whose role the server has vouched for.',
    severity: 'high',
    appliesTo: USES_DATA_CHANNELS,
    references: [REF.owaspAuthorization, REF.rfc8831],
    tags: ['data-channels', 'authorization'],
    standards: [],
    evidence: [],
  },
  {
    id: 'dc-untrusted-file-transfers',
    section: 'data-channels',
    title: 'Treat files received over data channels as untrusted downloads',
    why: 'Peer-to-peer file transfer bypasses the malware scanning and size limits of your upload pipeline. A crafted name or type can trick users into opening executables or overwrite expectations about what they received.',
    verify:
      'Send a file with a misleading name (`report.pdf.exe`, path separators, very long names) and a large size; the receiver must show the real name and type, enforce a size limit and never open the file automatically.',
    fix: 'Sanitize file names, show type and size before accepting, cap size, never auto-open, and route files through your server-side scanning where policy requires.',
    severity: 'medium',
    appliesTo: USES_DATA_CHANNELS,
    references: [REF.owaspInputValidation, REF.mdnDataChannel],
    tags: ['data-channels', 'file-transfer', 'malware'],
    standards: [],
    evidence: [],
  },
  {
    id: 'dc-e2ee-covers-data',
    section: 'data-channels',
    title: 'Encrypt data channel payloads end to end when you promise end-to-end encryption',
    why: 'SFrame and Encoded Transform protect audio and video frames only. Data channels terminated by an SFU are readable there, so chat and files leak to the server even in a call marketed as end-to-end encrypted.',
    verify:
      'Check whether data channel messages are routed through the SFU and whether their payloads are encrypted with the same end-to-end keys before sending; inspect them on the server side in a test setup.',
    fix: 'Encrypt data channel payloads with keys from your end-to-end key agreement (an AEAD such as AES-GCM via WebCrypto), or keep data channels peer-to-peer, and state clearly which features are covered.',
    severity: 'medium',
    appliesTo: { dataChannels: [true], e2ee: [true] },
    references: [REF.rfc9605, REF.rfc8831],
    tags: ['data-channels', 'e2ee'],
    standards: [],
    evidence: [],
  },
];
