import { describe, expect, it } from 'vitest';
import type { InventoryServer } from '@/entities/onboarding/types';
import { CLIENTS_BOX_ID, describeDiagram, layoutDiagram } from './diagram-model';

const server = (id: string, patch: Partial<InventoryServer>): InventoryServer => ({ id, name: id, role: 'other', product: '', exposure: 'none', controlledBy: '', ...patch });

describe('inventory diagram', () => {
  const servers = [
    server('app', { name: 'App', role: 'web', exposure: 'https-api' }),
    server('sfu', { name: 'SFU', role: 'media', product: 'janus', exposure: 'media', controlledBy: 'app' }),
    server('db', { name: 'DB', role: 'database', controlledBy: 'app' }),
    server('rec', { name: 'Recorder', role: 'recording', controlledBy: 'clients' }),
  ];
  const layout = layoutDiagram(servers);
  const box = (id: string) => layout.boxes.find((b) => b.id === id);

  it('puts the clients in the Internet zone, exposed servers in the DMZ and the rest in the private zone', () => {
    expect(layout.zones.map((z) => z.id)).toEqual(['internet', 'dmz', 'private']);
    expect([CLIENTS_BOX_ID, 'app', 'sfu', 'db', 'rec'].map((id) => box(id)?.zone)).toEqual(['internet', 'dmz', 'dmz', 'private', 'private']);
    expect(box('sfu')?.sublabel).toBe('Media server / SFU · Janus');
  });

  it('keeps every box inside its zone and the drawing', () => {
    for (const b of layout.boxes) {
      const z = layout.zones.find((zone) => zone.id === b.zone)!;
      expect(b.x).toBeGreaterThanOrEqual(z.x);
      expect(b.x + b.w).toBeLessThanOrEqual(z.x + z.w);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
    const ys = layout.boxes.filter((b) => b.zone === 'dmz').map((b) => b.y);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('draws one arrow per "controls", from facing edges', () => {
    expect(layout.arrows.map((a) => `${a.from}->${a.to}`)).toEqual(['app->sfu', 'app->db', 'clients->rec']);
    const [x1, , x2] = layout.arrows[1]!.points;
    expect(x1).toBe(box('app')!.x + box('app')!.w);
    expect(x2).toBe(box('db')!.x);
    // Same column: from right edge to right edge.
    const same = layout.arrows[0]!.points;
    expect(same[0]).toBe(same[2]);
  });

  it('ignores a controller that is not in the inventory, and a server that controls itself', () => {
    const l = layoutDiagram([server('a', { controlledBy: 'zzz' }), server('b', { controlledBy: 'b' })]);
    expect(l.arrows).toEqual([]);
  });

  it('describes itself in sentences', () => {
    expect(describeDiagram(layout)).toContain('App controls SFU.');
    expect(describeDiagram(layout)).toContain('Clients controls Recorder.');
    expect(describeDiagram(layout)[0]).toBe('App (Web / app server) is in the DMZ (Internet-facing).');
  });

  it('an empty inventory is just the clients', () => {
    const l = layoutDiagram([]);
    expect(l.boxes.map((b) => b.id)).toEqual([CLIENTS_BOX_ID]);
    expect(l.height).toBeGreaterThan(0);
  });
});
