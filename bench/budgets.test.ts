import { describe, expect, it } from 'vitest';
import { BUDGETS, unaccounted, type Budget } from './budgets';
import type { Figure } from './report';

const budget: Budget = { issue: 4, what: 'answer click persisted', match: /^answer click → change written to localStorage$/, budget: 50, runs: 'several', file: 'projects.bench.ts' };
const figure = (over: Partial<Figure> = {}): Figure => ({ name: 'answer click → change written to localStorage', value: 20, unit: 'ms', budget: 50, samples: [18, 20, 25], ...over });

describe('bench budgets of the issues', () => {
  it('accepts a figure with the issue’s bound from several runs, whatever its value (a miss is the table’s job)', () => {
    expect(unaccounted([figure()], [budget])).toEqual([]);
    expect(unaccounted([figure({ value: 80 })], [budget])).toEqual([]);
  });

  it('names a missing figure, a changed bound and a timing from one run', () => {
    expect(unaccounted([], [budget])[0]).toMatch(/^answer click persisted \(issue 4\): no figure/);
    expect(unaccounted([figure({ budget: 60 })], [budget])[0]).toMatch(/has bound 60, the issue says 50/);
    expect(unaccounted([figure({ budget: undefined })], [budget])[0]).toMatch(/has bound none, the issue says 50/);
    expect(unaccounted([figure({ samples: [20] })], [budget])[0]).toMatch(/1 run\(s\), not the median of several/);
    expect(unaccounted([figure({ samples: undefined })], [budget])[0]).toMatch(/not the median of several/);
  });

  it('counts figures where the issue asks for one per case', () => {
    const sizes: Budget = { issue: 17, what: 'PDF sizes', match: /: file size after compression$/, runs: 'one', count: 2, file: 'pdf.bench.ts' };
    const size = (name: string): Figure => ({ name: `${name}: file size after compression`, value: 100, unit: 'KB' });
    expect(unaccounted([size('poster')], [sizes])[0]).toMatch(/1 of 2 figures/);
    expect(unaccounted([size('poster'), size('report')], [sizes])).toEqual([]);
  });

  it('lists every budget the issues set, each measured by a bench file', () => {
    expect(BUDGETS.length).toBeGreaterThanOrEqual(34);
    for (const b of BUDGETS) expect(b.file).toMatch(/^(app|projects|turn|pdf|lighthouse)\.bench\.ts$/);
    expect(BUDGETS.filter((b) => b.what.startsWith('Lighthouse'))).toHaveLength(15);
  });
});
