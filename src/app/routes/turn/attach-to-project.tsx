import { checklist } from '@/entities/checklist/content';
import type { AuditRun } from '@/features/turn-tester/audit';
import { AttachEvidence } from '@/app/routes/attach-evidence';
import { planProjectEvidence } from './project-evidence';

/** Each check of the run becomes evidence on the checklist items it proves, in a chosen project. */
export function AttachToProject({ run, secrets }: { run: AuditRun; secrets: () => readonly string[] }) {
  return (
    <AttachEvidence
      plan={(profile) => planProjectEvidence(run, checklist.items, profile, new Date(), secrets())}
      hint="Each check becomes evidence — verdict, date and the rows above — on the checklist items it proves. Only URLs and verdicts are stored, never credentials."
      itemsNoun="TURN items"
      resultNoun="these checks"
    />
  );
}
