/**
 * Test data factories for projects. Relative imports only: the bench and e2e seeders load this
 * file in Node outside Vite.
 */
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import { encodePersisted } from '@/features/projects/persistence/codec';
import type { Answer, AnswerStatus, Evidence, Project, ProjectsData } from '@/entities/project/types';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  return { status: null, note: '', naReason: '', owner: '', due: '', evidence: [], updatedAt: T0, ...overrides };
}

export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return { id: 'e1', kind: 'link', label: 'Design review', url: 'https://wiki.example.com/review', date: '2026-01-15T09:00:00.000Z', ...overrides };
}

export function makeProject(overrides: Partial<Project> = {}): Project {
  const createdAt = overrides.createdAt ?? T0;
  return {
    id: 'p-test',
    name: 'Test project',
    createdAt,
    updatedAt: createdAt,
    nameUpdatedAt: createdAt,
    profileUpdatedAt: createdAt,
    profile: { ...EMPTY_PROFILE },
    answers: {},
    contentVersion: '1.0.0',
    ...overrides,
  };
}

export function makeData(projects: readonly Project[], tombstones: Record<string, number> = {}): ProjectsData {
  return { projects: Object.fromEntries(projects.map((p) => [p.id, p])), tombstones };
}

const STATUSES: readonly AnswerStatus[] = ['yes', 'partial', 'no', 'na'];

/**
 * `projectCount` projects × `answersPerProject` answers over `itemIds` (cycled), with a realistic
 * mix: every answer has a status, every 4th a short note, every 10th an owner and due date, every
 * 20th an N/A reason and a link as evidence.
 */
export function seedProjects(projectCount: number, answersPerProject: number, itemIds: readonly string[]): ProjectsData {
  const projects: Project[] = [];
  for (let p = 0; p < projectCount; p++) {
    const answers: Record<string, Answer> = {};
    for (let i = 0; i < answersPerProject; i++) {
      const id = itemIds[i % itemIds.length] ?? `item-${i}`;
      const n = p * answersPerProject + i;
      const status = STATUSES[n % STATUSES.length] ?? 'yes';
      answers[id] = makeAnswer({
        status,
        note: n % 4 === 0 ? `Checked in review ${p}-${i}; see ticket SEC-${1000 + n}.` : '',
        naReason: status === 'na' && n % 20 === 3 ? 'Not used in this product.' : '',
        owner: n % 10 === 0 ? 'Platform team' : '',
        due: n % 10 === 0 ? '2026-03-31' : '',
        evidence: n % 20 === 0 ? [makeEvidence({ id: `e${n}`, url: `https://wiki.example.com/sec/${n}` })] : [],
        updatedAt: T0 + n * 1000,
      });
    }
    projects.push(
      makeProject({
        id: `seed-${String(p).padStart(3, '0')}`,
        name: `Product ${p + 1} — ${p % 2 ? 'quarterly review' : 'initial assessment'}`,
        createdAt: T0 + p,
        updatedAt: T0 + (p + 1) * answersPerProject * 1000,
        profile: { ...EMPTY_PROFILE, topology: p % 2 ? 'sfu' : 'p2p', turn: 'own', recording: p % 3 === 0 },
        answers,
      }),
    );
  }
  return makeData(projects);
}

/** The localStorage value for `data` in the current storage format. */
export function encodeSeed(data: ProjectsData): string {
  return encodePersisted(data);
}
