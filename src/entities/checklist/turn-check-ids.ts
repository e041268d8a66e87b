/**
 * The TURN tester's check ids (issue 5), in their own dependency-free module so the checklist
 * pages can name checks without loading the tester's engine. The last six only the command-line
 * probe (`npm run probe`, issue 14) can decide: a browser speaks TURN only through RTCPeerConnection.
 */
export const CHECK_IDS = [
  'allocation',
  'requires-authentication',
  'rejects-wrong-password',
  'relay-connectivity',
  'rejects-expired-credential',
  'credential-lifetime',
  'transport-coverage',
  'endpoint',
  'anonymous-allocation',
  'peer-restrictions',
  'relay-to-public',
  'tcp-relay',
  'software-disclosure',
  'tls',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
