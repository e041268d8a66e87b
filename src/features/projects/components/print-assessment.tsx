import { memo } from 'react';
import { InlineText } from '@/components/ui/inline-text';
import { checklistOutline as checklist } from '@/entities/checklist/outline';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import { PROJECT_PROFILE_QUESTIONS } from '@/entities/checklist/turn-exposure-question';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { STATUS_LABELS } from '@/features/projects/findings-csv';
import { redactSecrets } from '@/lib/redaction';
import type { AssessmentRow } from '@/features/projects/walkthrough-rows';
import { EvidenceText } from './evidence-list';

/*
 * What the project page prints instead of its form controls. Hidden on screen (and from assistive
 * technology, which gets the interactive page): `print-only` shows it only in print. It holds no form
 * controls, so the page's accessible names stay unique, and values print in full (a long note is
 * not cut to a textarea's height). Free text is redacted like the exports and the PDF report: a
 * printout leaves the browser too.
 */

type ProfileValue = ArchitectureProfile[keyof ArchitectureProfile];

/** The architecture profile answers as a list of question → answer. */
export function PrintProfile({ profile }: { profile: ArchitectureProfile }) {
  return (
    <dl className="print-only pj-print-profile" aria-hidden="true">
      {PROJECT_PROFILE_QUESTIONS.map((q) => {
        const option = (q.options as readonly { value: ProfileValue; label: string }[]).find((o) => o.value === profile[q.key]);
        return (
          <div key={q.key}>
            <dt>{q.label}</dt>
            <dd>{option && option.value !== 'unknown' && option.value !== null ? option.label : 'Not answered'}</dd>
          </div>
        );
      })}
    </dl>
  );
}

const PrintItem = memo(function PrintItem({ item, answer, reason }: AssessmentRow) {
  const status = answer?.status ?? null;
  return (
    <div className={`pj-print-item status-${status ?? 'none'}`}>
      <div className="pj-print-item-header">
        <h4>{item.title}</h4>
        <SeverityBadge severity={item.severity} />
      </div>
      <p className="pj-print-why">
        <InlineText text={item.why} />
      </p>
      {reason !== null && <p className="pj-print-scope">Not applicable to your architecture: {reason}</p>}
      <dl className="pj-print-answer">
        <div>
          <dt>Answer</dt>
          <dd className="pj-print-status">{STATUS_LABELS[status ?? 'none']}</dd>
        </div>
        {status === 'na' && (
          <div>
            <dt>Reason for N/A</dt>
            <dd className="pj-print-text">{answer?.naReason ? redactSecrets(answer.naReason) : 'No reason given'}</dd>
          </div>
        )}
        {answer?.note && (
          <div>
            <dt>Note</dt>
            <dd className="pj-print-text">{redactSecrets(answer.note)}</dd>
          </div>
        )}
        {answer?.owner && (
          <div>
            <dt>Owner</dt>
            <dd>{redactSecrets(answer.owner)}</dd>
          </div>
        )}
        {answer?.due && (
          <div>
            <dt>Due</dt>
            <dd>{answer.due}</dd>
          </div>
        )}
        {answer && answer.evidence.length > 0 && (
          <div>
            <dt>Evidence</dt>
            <dd>
              <EvidenceText evidence={answer.evidence} />
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
});

/** Every section's items (after the status and severity filters) with their answers as text. */
export const PrintAssessment = memo(function PrintAssessment({ rows, description }: { rows: readonly AssessmentRow[]; description: string }) {
  const sections = checklist.sections
    .map((section, index) => ({ section, index, rows: rows.filter((r) => r.item.section === section.id) }))
    .filter((s) => s.rows.length > 0);
  return (
    <div className="print-only pj-print-assessment" aria-hidden="true">
      <p className="pj-print-description">{description}</p>
      {sections.length === 0 && <p>No item matches the current filters.</p>}
      {sections.map(({ section, index, rows: sectionRows }) => (
        <section key={section.id} className="pj-print-section">
          <h3>
            {index + 1}. {section.title}
          </h3>
          {sectionRows.map((r) => (
            <PrintItem key={r.item.id} item={r.item} answer={r.answer} reason={r.reason} />
          ))}
        </section>
      ))}
    </div>
  );
});
