/**
 * The TURN tester's check ids (issue 5), in their own dependency-free module so the checklist
 * pages can name checks without loading the tester's engine.
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
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
