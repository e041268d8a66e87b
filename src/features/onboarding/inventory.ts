/** Pure edits of the server list (the store writes the result through the projects repository). */
import { CONTROLLED_BY_CLIENTS, type InventoryServer } from '@/entities/onboarding/types';

/** The next free `srv-N` id. */
function nextServerId(servers: readonly InventoryServer[]): string {
  let n = servers.length + 1;
  const taken = new Set(servers.map((s) => s.id));
  while (taken.has(`srv-${n}`)) n++;
  return `srv-${n}`;
}

export function addServer(servers: readonly InventoryServer[], input: Omit<InventoryServer, 'id'>): InventoryServer[] {
  return [...servers, { ...input, id: nextServerId(servers) }];
}

export function updateServer(servers: readonly InventoryServer[], id: string, patch: Partial<Omit<InventoryServer, 'id'>>): InventoryServer[] {
  return servers.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

/** Removes a server; whatever it controlled is then controlled by nothing. */
export function removeServer(servers: readonly InventoryServer[], id: string): InventoryServer[] {
  return servers.filter((s) => s.id !== id).map((s) => (s.controlledBy === id ? { ...s, controlledBy: '' } : s));
}

/** The controller of `s` as another server, `clients`, or null (nothing, or a server no longer listed). */
export function controllerOf(servers: readonly InventoryServer[], s: InventoryServer): InventoryServer | typeof CONTROLLED_BY_CLIENTS | null {
  if (s.controlledBy === CONTROLLED_BY_CLIENTS) return CONTROLLED_BY_CLIENTS;
  return servers.find((o) => o.id === s.controlledBy && o.id !== s.id) ?? null;
}
