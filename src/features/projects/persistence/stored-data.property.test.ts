/**
 * Property test for the stored projects value (issue 18): localStorage is outside input too (another
 * version of the app, another tab, an extension, a hand edit, a disk error). Starting from values
 * the store writes, 10 000 cases of random edits, cuts and garbles, plus any text: decoding never
 * throws; it either gives data the app can show and write back, or a problem with a message (the
 * recovery screen shows it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getOwn } from '@/lib/dict';
import { projectArb } from '@/testing/arbitraries';
import { editedJson } from '@/testing/file-edits';
import { isValidTimestamp } from '@/features/projects/model';
import type { Project, ProjectsData } from '@/entities/project/types';
import { encodePersisted } from './codec';
import { decodePersisted } from './restore';

const RUNS = { numRuns: 10_000 };
/** About 5 s alone; more on a loaded 2-core machine. */
const TIMEOUT = 120_000;
const PROBLEMS = ['invalid-json', 'wrong-shape', 'future-version'];

const storedArb = fc
  .tuple(fc.array(projectArb, { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.nat(), { maxKeys: 2 }))
  .map(([projects, tombstones]): unknown => {
    const data: ProjectsData = { projects: Object.fromEntries(projects.map((p) => [p.id, p])), tombstones };
    return JSON.parse(encodePersisted(data));
  });

function checkProject(id: string, p: Project | undefined): void {
  expect(p?.id).toBe(id);
  for (const t of [p!.createdAt, p!.updatedAt, p!.nameUpdatedAt, p!.profileUpdatedAt]) expect(isValidTimestamp(t)).toBe(true);
  for (const a of Object.values(p!.answers)) {
    expect(isValidTimestamp(a.updatedAt)).toBe(true);
    expect(Array.isArray(a.evidence)).toBe(true);
  }
}

describe('decodePersisted (property)', () => {
  it('never throws on edited stored values or any text; what it accepts can be shown and written back', () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedJson(storedArb), (raw) => {
        const r = decodePersisted(raw);
        if (!r.ok) {
          expect(PROBLEMS).toContain(r.problem.kind);
          expect(r.problem.message).toMatch(/\S/);
          return;
        }
        accepted++;
        for (const id of Object.keys(r.data.projects)) checkProject(id, getOwn(r.data.projects, id));
        const again = decodePersisted(encodePersisted(r.data));
        expect(again.ok ? Object.keys(again.data.projects).sort() : again.problem.message).toEqual(Object.keys(r.data.projects).sort());
      }),
      RUNS,
    );
    // Not only refusals: edits the reader repairs or that stay valid are decoded and checked (~10 %).
    expect(accepted).toBeGreaterThan(400);
  }, TIMEOUT);
});
