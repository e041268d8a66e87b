/** The inventory diagram's geometry (made by features/onboarding/diagram-model.ts; drawn as SVG and in the brief PDF). */
export type ZoneId = 'internet' | 'dmz' | 'private';

export interface DiagramZone {
  readonly id: ZoneId;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DiagramBox {
  readonly id: string;
  readonly zone: ZoneId;
  readonly label: string;
  readonly sublabel: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DiagramArrow {
  readonly from: string;
  readonly to: string;
  readonly points: readonly [number, number, number, number];
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly zones: readonly DiagramZone[];
  readonly boxes: readonly DiagramBox[];
  readonly arrows: readonly DiagramArrow[];
}
