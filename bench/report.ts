import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  name: string;
  /** The figure: the median of `samples` when there are several runs. */
  value: number;
  unit: string;
  /** Upper bound; the figure is over budget when value > budget. */
  budget?: number;
  /** Lower bound (scores); the figure misses when value < atLeast. */
  atLeast?: number;
  /** Every run's value; the table shows their min and max. Without it the figure is one measurement. */
  samples?: readonly number[];
  detail?: string;
}

export const FIGURES_FILE = join(process.cwd(), 'reports', 'bench.jsonl');

/**
 * Prints a figure in one readable line and appends it to reports/bench.jsonl; the table reporter
 * (bench/table-reporter.ts) turns the run's figures into one table and reports/bench.json.
 */
export function record(f: Figure): void {
  mkdirSync(join(process.cwd(), 'reports'), { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify({ ...f, at: new Date().toISOString() }) + '\n');
  const verdict = missed(f) === undefined ? '' : missed(f) ? `  ✗ MISSES ${bound(f)}` : `  ✓ ${bound(f)}`;
  console.log(`BENCH ${f.name}: ${round(f.value)} ${f.unit}${verdict}${f.detail ? `  (${f.detail})` : ''}`);
}

/** True when the figure misses its budget, undefined when it has none. */
export function missed(f: Pick<Figure, 'value' | 'budget' | 'atLeast'>): boolean | undefined {
  if (f.budget === undefined && f.atLeast === undefined) return undefined;
  return !Number.isFinite(f.value) || (f.budget !== undefined && f.value > f.budget) || (f.atLeast !== undefined && f.value < f.atLeast);
}

export function bound(f: Pick<Figure, 'budget' | 'atLeast' | 'unit'>): string {
  const parts = [f.budget === undefined ? '' : `≤ ${f.budget} ${f.unit}`, f.atLeast === undefined ? '' : `≥ ${f.atLeast} ${f.unit}`];
  return parts.filter(Boolean).join(', ');
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Records the median of several runs with their spread. */
export function recordRuns(f: Omit<Figure, 'value' | 'samples'>, samples: readonly number[]): void {
  record({ ...f, value: median(samples), samples });
}

export function round(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}
