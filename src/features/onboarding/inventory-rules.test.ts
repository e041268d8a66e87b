import { describe, expect, it } from 'vitest';
import { getItem } from '@/entities/checklist/content';
import type { InventoryServer } from '@/entities/onboarding/types';
import { checkInventory, INVENTORY_RULE_IDS, inventoryFindings } from './inventory-rules';
import { PRODUCTS } from './products';

const server = (id: string, patch: Partial<InventoryServer>): InventoryServer => ({ id, name: id, role: 'other', product: '', exposure: 'none', controlledBy: '', ...patch });
const findings = (servers: InventoryServer[]) => inventoryFindings(checkInventory(servers));

const app = server('app', { name: 'App', role: 'web', exposure: 'https-api' });
const turn = server('turn', { name: 'TURN', role: 'turn', product: 'coturn', exposure: 'media', controlledBy: 'app' });
const sfu = server('sfu', { name: 'SFU', role: 'media', product: 'janus', exposure: 'media', controlledBy: 'app' });
const db = server('db', { name: 'DB', role: 'database' });

describe('inventory rules', () => {
  it('a well-laid-out inventory has no finding, and every rule about its servers applies', () => {
    const outcomes = checkInventory([app, turn, sfu, db]);
    expect(inventoryFindings(outcomes)).toEqual([]);
    expect(outcomes.filter((o) => o.applicable).map((o) => o.rule)).toEqual([...INVENTORY_RULE_IDS]);
  });

  it('an empty inventory: no rule applies', () => {
    expect(checkInventory([]).some((o) => o.applicable)).toBe(false);
  });

  it('a media server whose admin API faces the Internet is critical and names the product’s control ports', () => {
    const [f] = findings([app, { ...sfu, exposure: 'admin-api' }]);
    expect(f?.severity).toBe('critical');
    expect(f?.title).toBe('SFU: control or admin API reachable from the Internet');
    expect(f?.detail).toContain('Admin/Monitor API on 7088 (HTTPS 7889)');
    expect(f?.itemIds).toEqual(['media-control-not-internet-reachable', 'media-janus-admin-api-private']);
  });

  it.each([
    ['kurento', '8888'],
    ['jitsi-videobridge', '8080'],
    ['asterisk', '8088'],
    ['asterisk', 'AMI on TCP 5038'],
    ['janus', 'WebSockets on 7188 (WSS 7989)'],
    ['livekit', '7880'],
  ] as const)('%s: the finding names %s', (product, port) => {
    const [f] = findings([server('m', { role: 'media', product, exposure: 'admin-api', controlledBy: 'app' }), app]);
    expect(f?.detail).toContain(port);
  });

  it('a known product behind another role still has its control API judged (Asterisk listed as signaling)', () => {
    const pbx = server('pbx', { name: 'PBX', role: 'signaling', product: 'asterisk', exposure: 'admin-api', controlledBy: 'app' });
    const [f] = findings([app, pbx]);
    expect(f?.title).toBe('PBX: control or admin API reachable from the Internet');
    expect(f?.itemIds).toEqual(['media-control-not-internet-reachable', 'media-asterisk-ari-private']);
    // An app server with its own admin API is not what this rule is about.
    expect(findings([{ ...app, exposure: 'admin-api' }])).toEqual([]);
  });

  it('a coturn admin interface on the Internet links the coturn management items', () => {
    const [f] = findings([app, { ...turn, exposure: 'admin-api' }]);
    expect(f?.detail).toContain('telnet CLI on 5766');
    expect(f?.itemIds).toEqual(['turn-disable-cli', 'turn-web-admin-off', 'turn-prometheus-private']);
  });

  it('a media server controlled by clients is high', () => {
    const list = findings([app, turn, { ...sfu, controlledBy: 'clients' }]);
    expect(list.map((f) => [f.rule, f.severity])).toEqual([['media-controlled-by-clients', 'high']]);
  });

  it('a media server with an HTTPS API on the Internet is medium', () => {
    expect(findings([app, { ...sfu, exposure: 'https-api' }]).map((f) => f.severity)).toEqual(['medium']);
  });

  it('TURN credentials: one owner passes; two owners, no owner or clients fail', () => {
    const sig = server('sig', { role: 'signaling', exposure: 'https-api' });
    expect(findings([app, sig, turn, { ...turn, id: 'turn2' }])).toEqual([]);
    const two = findings([app, sig, turn, { ...turn, id: 'turn2', controlledBy: 'sig' }]);
    expect(two.map((f) => f.title)).toEqual(['No single owner for minting TURN credentials']);
    expect(two[0]?.detail).toContain('Several services mint TURN credentials');
    expect(findings([app, { ...turn, controlledBy: '' }])[0]?.detail).toContain('no service is named');
    expect(findings([app, { ...turn, controlledBy: 'clients' }])[0]?.detail).toContain('Clients mint');
    // A controller that is no longer in the inventory counts as none.
    expect(findings([{ ...turn, controlledBy: 'gone' }])[0]?.rule).toBe('turn-credential-owner');
  });

  it('a database reachable from the Internet is critical', () => {
    const list = findings([app, { ...db, exposure: 'https-api' }]);
    expect(list.map((f) => [f.rule, f.severity])).toEqual([['database-exposed', 'critical']]);
  });

  it('findings are sorted most severe first', () => {
    const list = findings([app, { ...sfu, exposure: 'https-api' }, { ...db, exposure: 'media' }, { ...turn, controlledBy: '' }]);
    expect(list.map((f) => f.severity)).toEqual(['critical', 'high', 'medium']);
  });

  it('every linked checklist item exists', () => {
    const ids = new Set<string>();
    for (const o of checkInventory([app, turn, sfu, db])) o.itemIds.forEach((i) => ids.add(i));
    for (const p of Object.values(PRODUCTS)) if (p.itemId) ids.add(p.itemId);
    for (const id of ids) expect(getItem(id), id).toBeDefined();
  });
});
