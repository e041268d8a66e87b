/**
 * The inventory as a diagram, pure geometry: three zones side by side (Internet, DMZ, private
 * network), one box per server, and an arrow for every "controls" relation. Servers that expose
 * anything to the Internet sit in the DMZ; the rest in the private zone; the clients (browsers and
 * apps) in the Internet zone. The SVG component and the brief PDF both draw this model.
 */
import { CONTROLLED_BY_CLIENTS, type InventoryServer } from '@/entities/onboarding/types';
import type { DiagramArrow, DiagramBox, DiagramLayout, ZoneId } from '@/entities/onboarding/diagram';
import { controllerOf } from './inventory';
import { productLabel, ROLE_LABELS } from './products';

export const CLIENTS_BOX_ID = 'clients';
const ZONES: readonly { id: ZoneId; label: string }[] = [
  { id: 'internet', label: 'Internet' },
  { id: 'dmz', label: 'DMZ (Internet-facing)' },
  { id: 'private', label: 'Private network' },
];
const G = { zoneW: 220, gap: 20, pad: 16, header: 34, boxW: 188, boxH: 46, boxGap: 22 } as const;

function zoneOf(s: InventoryServer): ZoneId {
  return s.exposure === 'none' ? 'private' : 'dmz';
}

/** Where an arrow from box a to box b starts and ends: facing edges, or the right edges when in one column. */
function connect(a: DiagramBox, b: DiagramBox): DiagramArrow['points'] {
  const midA = a.y + a.h / 2;
  const midB = b.y + b.h / 2;
  if (a.x === b.x) return [a.x + a.w, midA, b.x + b.w, midB];
  return a.x < b.x ? [a.x + a.w, midA, b.x, midB] : [a.x, midA, b.x + b.w, midB];
}

export function layoutDiagram(servers: readonly InventoryServer[]): DiagramLayout {
  const columns: Record<ZoneId, { id: string; label: string; sublabel: string }[]> = { internet: [], dmz: [], private: [] };
  columns.internet.push({ id: CLIENTS_BOX_ID, label: 'Clients', sublabel: 'browsers and apps' });
  for (const s of servers) {
    const product = productLabel(s.product);
    columns[zoneOf(s)].push({ id: s.id, label: s.name.trim() || s.id, sublabel: product ? `${ROLE_LABELS[s.role]} · ${product}` : ROLE_LABELS[s.role] });
  }
  const rows = Math.max(...Object.values(columns).map((c) => c.length));
  const height = G.header + G.pad * 2 + rows * G.boxH + (rows - 1) * G.boxGap;
  const zones = ZONES.map((z, i) => ({ ...z, x: i * (G.zoneW + G.gap), y: 0, w: G.zoneW, h: height }));
  const boxes: DiagramBox[] = zones.flatMap((z) =>
    columns[z.id].map((b, row) => ({ ...b, zone: z.id, x: z.x + (G.zoneW - G.boxW) / 2, y: G.header + G.pad + row * (G.boxH + G.boxGap), w: G.boxW, h: G.boxH })),
  );
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const arrows: DiagramArrow[] = [];
  for (const s of servers) {
    const controller = controllerOf(servers, s);
    const from = controller === CONTROLLED_BY_CLIENTS ? CLIENTS_BOX_ID : controller?.id;
    const a = from === undefined ? undefined : byId.get(from);
    const b = byId.get(s.id);
    if (a && b) arrows.push({ from: a.id, to: b.id, points: connect(a, b) });
  }
  return { width: zones.length * G.zoneW + (zones.length - 1) * G.gap, height, zones, boxes, arrows };
}

/** The diagram as sentences, for screen readers and the brief's text. */
export function describeDiagram(layout: DiagramLayout): string[] {
  const names = new Map(layout.boxes.map((b) => [b.id, b.label]));
  const zoneLabel = new Map(layout.zones.map((z) => [z.id, z.label]));
  const placed = layout.boxes.filter((b) => b.id !== CLIENTS_BOX_ID).map((b) => `${b.label} (${b.sublabel}) is in the ${zoneLabel.get(b.zone)}.`);
  const arrows = layout.arrows.map((a) => `${names.get(a.from)} controls ${names.get(a.to)}.`);
  return [...placed, ...arrows];
}
