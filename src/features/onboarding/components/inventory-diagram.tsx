import { useId } from 'react';
import type { DiagramLayout } from '@/entities/onboarding/diagram';
import { describeDiagram } from '@/features/onboarding/diagram-model';

const ZONE_FILL = { internet: '#fdf1f1', dmz: '#fff8e6', private: '#eef6ee' } as const;

/** The inventory diagram as SVG, with the same content as a text list for screen readers. */
export function InventoryDiagram({ layout }: { layout: DiagramLayout }) {
  // A plain id: it is referenced from url(#…), where React's punctuation would need escaping.
  const id = `ob${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const sentences = describeDiagram(layout);
  return (
    <figure className="ob-diagram">
      <svg
        viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`}
        className="ob-diagram-svg"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>Architecture diagram</title>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#1b1f24" />
          </marker>
        </defs>
        {layout.zones.map((z) => (
          <g key={z.id}>
            <rect x={z.x} y={z.y} width={z.w} height={z.h} rx={8} fill={ZONE_FILL[z.id]} stroke="#8c959f" />
            <text x={z.x + 10} y={z.y + 21} fontSize={13} fontWeight={700} fill="#1b1f24">
              {z.label}
            </text>
          </g>
        ))}
        {layout.boxes.map((b) => (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={5} fill="#ffffff" stroke="#1b1f24" />
            <text x={b.x + 8} y={b.y + 19} fontSize={13} fontWeight={700} fill="#1b1f24">
              {clip(b.label, 24)}
            </text>
            <text x={b.x + 8} y={b.y + 36} fontSize={11} fill="#57606a">
              {clip(b.sublabel, 30)}
            </text>
          </g>
        ))}
        {layout.arrows.map((a) => {
          const [x1, y1, x2, y2] = a.points;
          const bend = x1 === x2 ? `C ${x1 + 40} ${y1} ${x2 + 40} ${y2} ${x2} ${y2}` : `L ${x2} ${y2}`;
          return <path key={`${a.from}-${a.to}`} d={`M ${x1} ${y1} ${bend}`} fill="none" stroke="#0b5cad" strokeWidth={1.6} markerEnd={`url(#${id}-arrow)`} />;
        })}
      </svg>
      <figcaption id={`${id}-desc`}>
        <details>
          <summary>The diagram in words</summary>
          <ul>
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
        <span className="pj-hint">Arrows point from the server that controls to the server it controls.</span>
      </figcaption>
    </figure>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
