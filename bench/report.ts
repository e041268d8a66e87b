import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Upper bound; the figure is over budget when value > budget. */
  budget?: number;
  detail?: string;
}

const OUT = join(process.cwd(), 'reports', 'bench.jsonl');

/** Prints a figure in one readable line and appends it to reports/bench.jsonl. */
export function record(f: Figure): void {
  mkdirSync(join(process.cwd(), 'reports'), { recursive: true });
  appendFileSync(OUT, JSON.stringify({ ...f, at: new Date().toISOString() }) + '\n');
  const verdict = f.budget === undefined ? '' : f.value <= f.budget ? `  ✓ budget ${f.budget} ${f.unit}` : `  ✗ OVER budget ${f.budget} ${f.unit}`;
  console.log(`BENCH ${f.name}: ${round(f.value)} ${f.unit}${verdict}${f.detail ? `  (${f.detail})` : ''}`);
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}
