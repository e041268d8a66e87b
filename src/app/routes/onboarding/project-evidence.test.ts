import { describe, expect, it } from 'vitest';
import { checklist } from '@/entities/checklist/content';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { InventoryServer } from '@/entities/onboarding/types';
import { checkInventory } from '@/features/onboarding/inventory-rules';
import { planInventoryEvidence } from './project-evidence';

const servers: InventoryServer[] = [
  { id: 'app', name: 'App', role: 'web', product: '', exposure: 'https-api', controlledBy: '' },
  { id: 'sfu', name: 'SFU', role: 'media', product: 'janus', exposure: 'admin-api', controlledBy: 'app' },
];

describe('inventory findings as evidence', () => {
  const entries = planInventoryEvidence(checkInventory(servers), checklist.items, { ...EMPTY_PROFILE, mediaServer: 'janus' }, new Date(0));

  it('fails the items a finding is about and passes the rules that hold', () => {
    const byItem = new Map(entries.map((e) => [e.itemId, e.evidence]));
    expect(byItem.get('media-janus-admin-api-private')?.verdict).toBe('fail');
    // Two rules speak to this item since 1.1.0 merged "open only media ports" into it: the failing one is there.
    expect(entries.filter((e) => e.itemId === 'media-control-not-internet-reachable').map((e) => e.evidence.label)).toContain(
      'Architecture inventory: 1 finding — SFU: control or admin API reachable from the Internet',
    );
    expect(byItem.get('media-control-from-backend-only')?.verdict).toBe('pass');
    expect(byItem.get('media-control-from-backend-only')?.kind).toBe('inventory');
  });

  it('skips items outside the profile and rules that do not apply', () => {
    const kurento = planInventoryEvidence(checkInventory([{ ...servers[1]!, product: 'kurento' }]), checklist.items, { ...EMPTY_PROFILE, mediaServer: 'janus' }, new Date(0));
    expect(kurento.some((e) => e.itemId === 'media-kurento-firewall-8888')).toBe(false);
    expect(entries.some((e) => e.itemId.startsWith('turn-cred'))).toBe(false);
  });
});
