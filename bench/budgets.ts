/**
 * Every budget the project's issues set, in one list, so `npm run bench` can tell a missing figure
 * from a met one: the table reporter fails the run when a budget below has no figure, a figure with
 * another bound than the issue's, or a timing from a single run. Figures are matched by name (the
 * benches name them); `runs: 'several'` marks timings (median of several runs, with min and max),
 * `'one'` figures that are the same on every run (bytes, KB, scores' spread is in their own runs).
 */
import type { Figure } from './report.ts';

export interface Budget {
  /** The issue that set it. */
  readonly issue: number;
  readonly what: string;
  readonly match: RegExp;
  readonly budget?: number;
  readonly atLeast?: number;
  readonly runs: 'several' | 'one';
  /** How many figures must match (e.g. one per PDF); default 1. */
  readonly count?: number;
  /** The bench file that measures it: a run of only some files checks only their budgets. */
  readonly file: string;
}

const LIGHTHOUSE_ROUTES = ['/', '/checklist', '/turn', '/coturn', '/projects/:id'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const BUDGETS: readonly Budget[] = [
  { issue: 2, what: 'initial JavaScript', match: /^initial JS \(gzip\)$/, budget: 100, runs: 'one', file: 'app.bench.ts' },
  { issue: 18, what: 'JavaScript for /', match: /^JS for \/ \(/, budget: 100, runs: 'one', file: 'app.bench.ts' },
  { issue: 18, what: 'JavaScript for /turn', match: /^JS for \/turn \(/, budget: 120, runs: 'one', file: 'app.bench.ts' },
  { issue: 18, what: 'JavaScript for every main route (reported)', match: /^JS for \/(checklist|coturn|projects\/:id) \(/, runs: 'one', count: 3, file: 'app.bench.ts' },
  { issue: 4, what: 'storage of 200 projects × 80 answers', match: /^storage: 200 projects × 80 answers/, budget: 2, runs: 'one', file: 'projects.bench.ts' },
  { issue: 4, what: 'home renders 200 projects, first visit', match: /^home: route mount → 200-project list rendered, first visit$/, budget: 100, runs: 'several', file: 'projects.bench.ts' },
  { issue: 4, what: 'home renders 200 projects, store in memory', match: /^home: route mount → list rendered, store in memory$/, budget: 100, runs: 'several', file: 'projects.bench.ts' },
  { issue: 4, what: 'answer click persisted', match: /^answer click → change written to localStorage$/, budget: 50, runs: 'several', file: 'projects.bench.ts' },
  { issue: 5, what: 'TURN verdict / first relay candidate', match: /^turn: verdict \/ first relay candidate$/, budget: 1.25, runs: 'several', file: 'turn.bench.ts' },
  { issue: 5, what: 'TURN unreachable UDP verdict', match: /^turn: click → unreachable UDP verdict$/, budget: 6000, runs: 'several', file: 'turn.bench.ts' },
  { issue: 11, what: 'TURN refused TCP verdict', match: /^turn: click → refused TCP verdict$/, budget: 1000, runs: 'several', file: 'turn.bench.ts' },
  { issue: 6, what: 'wall poster A4 render', match: /^poster A4 blank .*: render after chunk load$/, budget: 150, runs: 'several', file: 'pdf.bench.ts' },
  { issue: 17, what: 'wall poster A3 filled render', match: /^poster A3 filled .*: render after chunk load$/, budget: 150, runs: 'several', file: 'pdf.bench.ts' },
  { issue: 6, what: 'project report render', match: /^project report .*: render after chunk load$/, budget: 300, runs: 'several', file: 'pdf.bench.ts' },
  { issue: 17, what: 'executive summary render', match: /^executive summary .*: render after chunk load$/, budget: 300, runs: 'several', file: 'pdf.bench.ts' },
  { issue: 17, what: 'PDF file sizes (reported)', match: /: file size after compression$/, runs: 'one', count: 4, file: 'pdf.bench.ts' },
  { issue: 10, what: 'import of a 5 MB project', match: /^import: 5 MB project/, budget: 1000, runs: 'several', file: 'projects.bench.ts' },
  { issue: 10, what: 'export of a 5 MB project', match: /^export: 5 MB project/, budget: 1000, runs: 'several', file: 'projects.bench.ts' },
  { issue: 10, what: 'redaction of adversarial 100 000-character inputs', match: /^redaction: slowest of the adversarial/, budget: 100, runs: 'several', file: 'projects.bench.ts' },
  ...LIGHTHOUSE_ROUTES.flatMap((route): Budget[] =>
    (
      [
        ['performance', 98],
        ['accessibility', 100],
        ['best-practices', 100],
      ] as const
    ).map(([category, atLeast]) => ({ issue: 18, what: `Lighthouse ${category} on ${route}`, match: new RegExp(`^lighthouse ${escape(route)}: ${category}$`), atLeast, runs: 'several' as const, file: 'lighthouse.bench.ts' })),
  ),
];

/** Why the figures do not account for every budget ([] when they do). */
export function unaccounted(figures: readonly Figure[], budgets: readonly Budget[] = BUDGETS): string[] {
  const problems: string[] = [];
  for (const b of budgets) {
    const found = figures.filter((f) => b.match.test(f.name));
    const name = `${b.what} (issue ${b.issue})`;
    if (found.length < (b.count ?? 1)) {
      problems.push(`${name}: ${found.length === 0 ? 'no figure' : `${found.length} of ${b.count} figures`} (expected a name matching ${b.match})`);
      continue;
    }
    for (const f of found) {
      if (f.budget !== b.budget || f.atLeast !== b.atLeast) problems.push(`${name}: "${f.name}" has bound ${f.budget ?? f.atLeast ?? 'none'}, the issue says ${b.budget ?? b.atLeast ?? 'none'}`);
      if (b.runs === 'several' && (f.samples?.length ?? 1) < 3) problems.push(`${name}: "${f.name}" is ${f.samples?.length ?? 1} run(s), not the median of several`);
    }
  }
  return problems;
}
