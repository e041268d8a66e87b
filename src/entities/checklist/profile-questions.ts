/** The architecture profile questions, their help and options (the new-project form, the reference filters). */
import type { ProfileQuestion } from './scope';

const BOOLEAN_OPTIONS = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not sure' },
] as const;

/**
 * The questions that scope the checklist, in PROFILE_KEYS order (the new-project form, the reference
 * filters). The project page also asks `turnExposure` (turn-exposure-question.ts), which scopes nothing.
 */
export const PROFILE_QUESTIONS: readonly ProfileQuestion[] = [
  {
    key: 'topology',
    label: 'How does media flow between participants?',
    help: 'Peer-to-peer means browsers send media directly to each other (possibly through TURN). An SFU forwards streams without mixing them; an MCU decodes and mixes them.',
    options: [
      { value: 'p2p', label: 'Peer-to-peer' },
      { value: 'sfu', label: 'Through an SFU' },
      { value: 'mcu', label: 'Through an MCU (mixing)' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'turn',
    label: 'Who runs your TURN servers?',
    help: 'TURN relays media for clients that cannot connect directly. Choose "own" if you operate coturn or another TURN server yourselves, even in the cloud.',
    options: [
      { value: 'own', label: 'We run our own (e.g. coturn)' },
      { value: 'provider', label: 'A TURN or CPaaS provider' },
      { value: 'none', label: 'We use no TURN' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'mediaServer',
    label: 'Which media server do you run?',
    help: 'Pick the product that terminates WebRTC media on your side. Choose "none" for pure peer-to-peer.',
    options: [
      { value: 'none', label: 'None' },
      { value: 'janus', label: 'Janus' },
      { value: 'jitsi', label: 'Jitsi (Videobridge)' },
      { value: 'mediasoup', label: 'mediasoup' },
      { value: 'livekit', label: 'LiveKit' },
      { value: 'kurento', label: 'Kurento' },
      { value: 'asterisk', label: 'Asterisk' },
      { value: 'other', label: 'Another product' },
      { value: 'unknown', label: 'Not sure' },
    ],
  },
  {
    key: 'recording',
    label: 'Do you record calls?',
    help: 'Any server-side or cloud recording, including audio-only recordings and transcripts.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'dataChannels',
    label: 'Do you use WebRTC data channels?',
    help: 'RTCDataChannel for chat, file transfer, game state or control messages, peer-to-peer or through a media server.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'screenSharing',
    label: 'Can users share their screen?',
    help: 'Any use of getDisplayMedia or a native screen-capture API.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'nativeApps',
    label: 'Do you ship native, desktop or mobile apps?',
    help: 'iOS, Android, Electron or other apps that embed their own WebRTC stack instead of relying on a browser.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'contractors',
    label: 'Do contractors or outsourced teams build or run parts of the system?',
    help: 'Agencies, freelancers or managed-service providers with access to code, servers, data or credentials.',
    options: BOOLEAN_OPTIONS,
  },
  {
    key: 'e2ee',
    label: 'Must media be end-to-end encrypted, so your own servers cannot see it?',
    help: 'Answer yes if users, customers or regulations require that media servers and operators cannot access call content.',
    options: BOOLEAN_OPTIONS,
  },
];
