/**
 * What to revoke and rotate when a contractor leaves, derived from the inventory: accounts and
 * keys always; the secrets of the servers the project runs (the TURN shared secret first).
 */
import type { InventoryServer } from '@/entities/onboarding/types';

export interface OffboardingTask {
  readonly id: string;
  readonly text: string;
  /** The checklist item the task comes from. */
  readonly itemId: string;
}

export function offboardingTasks(servers: readonly InventoryServer[]): OffboardingTask[] {
  const has = (test: (s: InventoryServer) => boolean) => servers.some(test);
  const tasks: OffboardingTask[] = [
    { id: 'revoke-accounts', text: 'Revoke their accounts: VPN, SSH, cloud console, repositories, CI and monitoring', itemId: 'process-contractor-offboarding' },
    { id: 'revoke-keys', text: 'Remove their SSH keys, API tokens and personal access tokens', itemId: 'process-contractor-offboarding' },
  ];
  if (has((s) => s.role === 'turn'))
    tasks.push({ id: 'rotate-turn-secret', text: 'Rotate the TURN shared secret (static-auth-secret), accepting old and new during the overlap', itemId: 'ops-rotate-turn-secret' });
  if (has((s) => s.product === 'livekit')) tasks.push({ id: 'rotate-livekit', text: 'Rotate the LiveKit API key and secret', itemId: 'media-livekit-api-secret-backend' });
  if (has((s) => s.product === 'janus')) tasks.push({ id: 'rotate-janus', text: 'Rotate the Janus admin_secret, api_secret and token_auth_secret', itemId: 'media-janus-admin-api-private' });
  if (has((s) => s.product === 'asterisk')) tasks.push({ id: 'rotate-asterisk', text: 'Change the ARI and AMI passwords', itemId: 'media-asterisk-ari-private' });
  if (has((s) => s.role === 'media' || s.role === 'recording'))
    tasks.push({ id: 'rotate-media-secrets', text: 'Rotate the secrets your backend uses to control the media servers', itemId: 'media-control-from-backend-only' });
  if (has((s) => s.role === 'database'))
    tasks.push({ id: 'rotate-database', text: 'Rotate database and storage credentials, and check no dump or backup was copied elsewhere', itemId: 'process-no-data-on-public-hosts' });
  return tasks;
}
