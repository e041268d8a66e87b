import { checklist } from '@/entities/checklist/content';
import type { CoturnResult } from '@/features/coturn-config/use-coturn-analysis';
import { AttachEvidence } from '@/app/routes/attach-evidence';
import { planCoturnEvidence } from './project-evidence';

/** The analysis becomes evidence on the checklist items its rules are about, in a chosen project. */
export function AttachFindings({ result }: { result: CoturnResult }) {
  return (
    <AttachEvidence
      plan={(profile) => planCoturnEvidence(result.analysis, result.at, checklist.items, profile, new Date())}
      hint="Each rule group becomes evidence — verdict, date, rule ids, line numbers and the masked messages — on the checklist items it is about. The config itself and its secrets are not stored."
      itemsNoun="coturn items"
      resultNoun="these findings"
    />
  );
}
