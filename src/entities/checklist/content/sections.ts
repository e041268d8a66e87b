import type { Section } from '@/entities/checklist/types';

/** The checklist's sections, in SECTION_IDS order (content.test.ts enforces the order). */
export const sections: readonly Section[] = [
  {
    id: 'baseline',
    title: 'WebRTC’s built-in baseline',
    summary:
      'What browsers already guarantee (mandatory DTLS-SRTP, secure contexts, capture prompts, automatic updates) and where that protection stops.',
  },
  {
    id: 'signaling',
    title: 'Signaling and the web app',
    summary:
      'Authenticating, validating and rate-limiting the signaling channel, and hardening the web pages that hold camera and microphone permission.',
  },
  {
    id: 'access-control',
    title: 'Room and session access control',
    summary:
      'Who may create, join and moderate rooms, with unguessable identifiers, short-lived tokens, lobbies and revocation.',
  },
  {
    id: 'turn-credentials',
    title: 'TURN and STUN credentials',
    summary:
      'Minting short-lived TURN credentials on the backend, keeping secrets off clients, and deciding who owns credential issuance.',
  },
  {
    id: 'turn-hardening',
    title: 'TURN server hardening',
    summary:
      'Configuring a self-hosted TURN server (coturn) so it cannot relay into internal networks, be exhausted, or expose its management interfaces.',
  },
  {
    id: 'media-servers',
    title: 'Media servers and backend control',
    summary:
      'Keeping media servers reachable only for media, controlled backend-to-backend, and robust against malformed and flooding traffic.',
  },
  {
    id: 'media-encryption',
    title: 'Media encryption and integrity',
    summary:
      'DTLS-SRTP keying and fingerprints, media server DTLS configuration, and end-to-end encryption when servers must not see media.',
  },
  {
    id: 'privacy',
    title: 'Privacy and permissions',
    summary:
      'Protecting users’ IP addresses, asking for camera, microphone and screen only with clear intent, and handling recordings with consent.',
  },
  {
    id: 'data-channels',
    title: 'Data channels',
    summary:
      'Treating every data channel message as untrusted input: validation, size and rate limits, authorization and safe rendering.',
  },
  {
    id: 'native-clients',
    title: 'Native and mobile clients',
    summary:
      'Apps that embed their own WebRTC stack: keeping it patched, validating TLS, and keeping secrets and capture permissions under control.',
  },
  {
    id: 'operations',
    title: 'Operations',
    summary:
      'Running the service safely: patching, monitoring, logging, backups, secret rotation, incident response and knowing what is deployed.',
  },
  {
    id: 'process',
    title: 'Development process and contractors',
    summary:
      'Ownership, threat modelling, testing and fuzzing, honest security claims, and working with contractors without losing control.',
  },
];

