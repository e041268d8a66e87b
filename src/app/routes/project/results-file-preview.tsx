/**
 * The part of "Attach results file to project" that reads a chosen file (attach-results-file.tsx):
 * loaded once a file is chosen, with the parsers (valibot schemas for three formats) and the
 * checklist texts the preview names items with.
 */
import { useMemo } from 'react';
import { paths } from '@/config/paths';
import { checklist, getItem } from '@/entities/checklist/content';
import { EVIDENCE_VERDICT_LABELS } from '@/entities/project/evidence-labels';
import type { EvidenceVerdict } from '@/entities/project/types';
import { clearEvidenceFile } from '@/features/projects/pending-evidence-file';
import { getProjectsStore } from '@/features/projects/store';
import { useProject } from '@/features/projects/use-projects';
import { getOwn } from '@/lib/dict';
import { planEvidenceFile, previewRows, readEvidenceFile, summarizeEvidenceFile, type EvidenceFile } from './evidence-file';
import { formatDateTime } from '@/lib/format-date';
import type { AttachedFile, ChosenFile } from './attach-results-file';
import { NotAttached } from './not-attached';

function itemHref(projectId: string, itemId: string | undefined): string {
  const item = itemId === undefined ? undefined : getItem(itemId);
  const base = paths.project.getHref(projectId);
  return item === undefined ? base : `${base}?${new URLSearchParams({ section: item.section, item: item.id }).toString()}`;
}

/** What will be attached: the file's source and date, then each piece of evidence → its checklist items. */
function Preview({ projectId, chosen, file, onAttach, onCancel }: { projectId: string; chosen: ChosenFile; file: EvidenceFile; onAttach: () => void; onCancel: () => void }) {
  const project = useProject(projectId);
  if (project === undefined) return null;
  const summary = summarizeEvidenceFile(file);
  const plan = planEvidenceFile(file, checklist.items, project.profile);
  const rows = previewRows(plan);
  return (
    <div className="notice pj-evidence-preview" role="region" aria-label="Results file preview">
      {chosen.handedOver && <p>“{chosen.name}” is a results file, not a project file: it becomes evidence on this project. Check what it attaches, then confirm.</p>}
      <p>
        <strong>{summary.source}</strong> results taken <time dateTime={summary.takenAt}>{formatDateTime(summary.takenAt)}</time> ({chosen.name}): {summary.contents}.
      </p>
      {summary.notes.map((n) => (
        <p key={n} className="pj-hint">
          {n}
        </p>
      ))}
      {rows.length === 0 ? (
        <p>No checklist item that applies to this project takes evidence from this file{plan.outOfScopeItemIds.length > 0 ? ' (the items it proves do not apply to its architecture profile)' : ''}.</p>
      ) : (
        <ul className="pj-evidence-preview-list" aria-label="Evidence to attach">
          {rows.map((r) => (
            <li key={r.label}>
              {r.label} ({EVIDENCE_VERDICT_LABELS[r.verdict as EvidenceVerdict] ?? r.verdict}) → {r.itemIds.map((id) => getItem(id)?.title ?? id).join('; ')}
            </li>
          ))}
        </ul>
      )}
      {plan.outOfScopeItemIds.length > 0 && rows.length > 0 && (
        <p className="pj-hint">
          {plan.outOfScopeItemIds.length} more {plan.outOfScopeItemIds.length === 1 ? 'item takes' : 'items take'} this evidence but {plan.outOfScopeItemIds.length === 1 ? 'does' : 'do'} not apply to this project’s architecture profile.
        </p>
      )}
      <div className="pj-form-actions">
        <button type="button" className="primary" onClick={onAttach} disabled={rows.length === 0}>
          Attach as evidence
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface PreviewProps {
  projectId: string;
  chosen: ChosenFile;
  onDone: (attached: AttachedFile) => void;
  onCancel: () => void;
}

/** The chosen file checked, then what it would attach, for confirmation; or what is wrong with it. */
export function ResultsFilePreview({ projectId, chosen, onDone, onCancel }: PreviewProps) {
  const read = useMemo(() => readEvidenceFile(chosen.text), [chosen.text]);
  if (!read.ok) return <NotAttached message={`“${chosen.name}” was not attached. ${read.error}`} />;
  const attach = () => {
    const store = getProjectsStore().getState();
    const project = getOwn(store.projects, projectId);
    if (project === undefined) return;
    const plan = planEvidenceFile(read.value, checklist.items, project.profile);
    store.attachEvidenceBatch(projectId, plan.entries);
    clearEvidenceFile();
    onDone({ name: chosen.name, items: plan.itemIds.length, firstItemHref: itemHref(projectId, plan.itemIds[0]) });
  };
  return <Preview projectId={projectId} chosen={chosen} file={read.value} onAttach={attach} onCancel={onCancel} />;
}
