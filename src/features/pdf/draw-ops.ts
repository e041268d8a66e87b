/** Drawing instructions produced by the pure layouts and executed by the jsPDF chunk. */
export type Rgb = readonly [number, number, number];

export type DrawOp =
  | { op: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; color?: Rgb; align?: 'left' | 'right' | 'center' }
  | { op: 'rect'; x: number; y: number; w: number; h: number; stroke?: Rgb; fill?: Rgb; lineWidth?: number; radius?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: Rgb; width: number }
  | { op: 'link'; x: number; y: number; w: number; h: number; url: string };

export interface LaidOutPage {
  ops: DrawOp[];
}

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  children?: OutlineEntry[];
}

export interface LaidOutDocument {
  width: number;
  height: number;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  /** Characters the font could not draw (printed as □), for the "some characters were replaced" notice. */
  replacedChars: string[];
  title: string;
}

export const COLORS = {
  text: [27, 31, 36] as Rgb,
  muted: [87, 96, 106] as Rgb,
  rule: [208, 215, 222] as Rgb,
  band: [11, 92, 173] as Rgb,
  white: [255, 255, 255] as Rgb,
  subtle: [245, 247, 250] as Rgb,
  critical: [164, 14, 38] as Rgb,
  high: [188, 76, 0] as Rgb,
  medium: [125, 90, 0] as Rgb,
  low: [59, 110, 34] as Rgb,
  pass: [26, 127, 55] as Rgb,
  warn: [154, 103, 0] as Rgb,
  fail: [207, 34, 46] as Rgb,
};
