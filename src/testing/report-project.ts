/**
 * A project with every checklist item answered and a note on each: the report's worst case, used by
 * the report unit test, the e2e PDF test and the bench. Relative imports only (loaded outside Vite).
 */
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ChecklistContent } from '@/entities/checklist/types';
import type { Answer, AnswerStatus, Project } from '@/entities/project/types';

export const REPORT_PROJECT_NAME = 'Équipe Ωmega — Łódź';

const STATUSES: readonly AnswerStatus[] = ['yes', 'partial', 'no', 'na', 'yes', 'no'];

export function fullyAnsweredProject(content: ChecklistContent, now = Date.UTC(2026, 10, 27, 9)): Project {
  const answers: Record<string, Answer> = {};
  content.items.forEach((item, i) => {
    const status = STATUSES[i % STATUSES.length] ?? 'yes';
    answers[item.id] = {
      status,
      note:
        i % 7 === 0
          ? `Reviewed with the platform team; see https://wiki.example.com/security/webrtc/reviews/2026/${item.id}/findings?tab=details&expand=all for the full write-up. Привет, Ωμέγα.`
          : `Checked on staging (${item.id}); follow-up owner agreed. Note ${i + 1}.`,
      naReason: status === 'na' ? 'This product does not use this component; confirmed in the architecture review.' : '',
      owner: i % 3 === 0 ? 'Łukasz Kowalski' : 'Platform team',
      due: i % 4 === 0 ? '2026-01-31' : '2027-03-31',
      evidence:
        item.evidence.some((e) => e.startsWith('turn:'))
          ? [
              {
                id: `ev-${item.id}`,
                kind: 'turn-test',
                label: 'TURN test of turn.example.com',
                verdict: 'pass',
                date: '2026-11-20T10:00:00.000Z',
                checks: [
                  { id: 'allocation', url: 'turn:turn.example.com:3478?transport=udp', verdict: 'pass', ms: 71, detail: 'relay candidate' },
                  { id: 'rejects-wrong-password', url: 'turn.example.com', verdict: 'pass', ms: 68, errorCode: 401, detail: 'refused' },
                ],
              },
            ]
          : [],
      updatedAt: now,
    };
  });
  answers['retired-example-item'] = {
    status: 'yes',
    note: 'An answer to an item a later checklist version retired.',
    naReason: '',
    owner: '',
    due: '',
    evidence: [],
    updatedAt: now,
  };
  return {
    id: 'p-report',
    name: REPORT_PROJECT_NAME,
    createdAt: now,
    updatedAt: now,
    nameUpdatedAt: now,
    profileUpdatedAt: now,
    profile: { ...EMPTY_PROFILE, topology: 'sfu', turn: 'own', mediaServer: 'janus', recording: true },
    answers,
    contentVersion: content.version,
  };
}
