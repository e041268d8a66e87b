/**
 * Turns the figures the benchmarks record (reports/bench.jsonl, appended by worker processes) into
 * one table on stdout and reports/bench.json, and fails the run when a figure misses its budget or
 * a budget of the issues (bench/budgets.ts) measured by a file of this run has no proper figure.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { BUDGETS, unaccounted } from './budgets.ts';
import { bound, FIGURES_FILE, missed, round, type Figure } from './report.ts';

interface Row {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  budget: string;
  verdict: 'ok' | 'MISS' | '';
  detail?: string;
}

function toRow(f: Figure): Row {
  const samples = f.samples?.length ? f.samples : [f.value];
  const m = missed(f);
  return {
    name: f.name,
    unit: f.unit,
    median: f.value,
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    budget: bound(f),
    verdict: m === undefined ? '' : m ? 'MISS' : 'ok',
    ...(f.detail ? { detail: f.detail } : {}),
  };
}

function readFigures(): Figure[] {
  let text: string;
  try {
    text = readFileSync(FIGURES_FILE, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Figure);
}

export function formatTable(rows: readonly Row[]): string {
  // The detail comes last: it says how a figure was measured (e.g. Lighthouse over HTTPS, HTTP/2).
  const head = ['figure', 'median', 'min', 'max', 'runs', 'budget', 'verdict', 'detail'];
  const body = rows.map((r) => [r.name, `${round(r.median)} ${r.unit}`, round(r.min), round(r.max), String(r.runs), r.budget || '—', r.verdict || '—', r.detail ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === head.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' │ ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n');
}

export default class TableReporter implements Reporter {
  private files = new Set<string>();

  onBegin(_config: FullConfig, suite: Suite): void {
    rmSync(FIGURES_FILE, { force: true });
    this.files = new Set(suite.allTests().map((t) => basename(t.location.file)));
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] }> {
    const figures = readFigures();
    const rows = figures.map(toRow);
    const misses = rows.filter((r) => r.verdict === 'MISS');
    const checked = BUDGETS.filter((b) => this.files.has(b.file));
    const gaps = unaccounted(figures, checked);
    console.log(`\n${formatTable(rows)}\n`);
    console.log(`${rows.length} figures, ${rows.filter((r) => r.verdict === 'ok').length} within budget, ${misses.length} missed; ${checked.filter((b) => unaccounted(figures, [b]).length === 0).length} of ${checked.length} budgets of the issues accounted for${checked.length < BUDGETS.length ? ` (${BUDGETS.length - checked.length} more are measured by bench files not in this run)` : ''}.`);
    mkdirSync(join(process.cwd(), 'reports'), { recursive: true });
    writeFileSync(join(process.cwd(), 'reports', 'bench.json'), JSON.stringify({ at: new Date().toISOString(), status: result.status, figures: rows, unaccounted: gaps }, null, 2) + '\n');
    for (const m of misses) console.error(`MISS ${m.name}: ${round(m.median)} ${m.unit}, budget ${m.budget}`);
    for (const g of gaps) console.error(`UNACCOUNTED ${g}`);
    return { status: misses.length || gaps.length || !rows.length ? 'failed' : result.status };
  }
}
