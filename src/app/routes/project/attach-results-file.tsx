import { useId, useState } from 'react';
import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { checklist, getItem } from '@/entities/checklist/content';
import { EVIDENCE_VERDICT_LABELS } from '@/entities/project/evidence-labels';
import type { EvidenceVerdict } from '@/entities/project/types';
import { clearEvidenceFile, pendingEvidenceFile } from '@/features/projects/pending-evidence-file';
import { getProjectsStore } from '@/features/projects/store';
import { useProject } from '@/features/projects/use-projects';
import { checkResultsFileSize } from '@/features/turn-tester/results-file-parse';
import { getOwn } from '@/lib/dict';
import { planEvidenceFile, previewRows, readEvidenceFile, summarizeEvidenceFile, type EvidenceFile } from './evidence-file';
import { formatDateTime } from '@/lib/format-date';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'preview'; readonly name: string; readonly file: EvidenceFile; readonly handedOver: boolean }
  | { readonly kind: 'done'; readonly name: string; readonly items: number; readonly firstItemId: string | undefined };


function itemHref(projectId: string, itemId: string | undefined): string {
  const item = itemId === undefined ? undefined : getItem(itemId);
  const base = paths.project.getHref(projectId);
  return item === undefined ? base : `${base}?${new URLSearchParams({ section: item.section, item: item.id }).toString()}`;
}

/** What will be attached: the file's source and date, then each piece of evidence → its checklist items. */
function Preview({ projectId, state, onAttach, onCancel }: { projectId: string; state: Extract<State, { kind: 'preview' }>; onAttach: () => void; onCancel: () => void }) {
  const project = useProject(projectId);
  if (project === undefined) return null;
  const summary = summarizeEvidenceFile(state.file);
  const plan = planEvidenceFile(state.file, checklist.items, project.profile);
  const rows = previewRows(plan);
  return (
    <div className="notice pj-evidence-preview" role="region" aria-label="Results file preview">
      {state.handedOver && <p>“{state.name}” is a results file, not a project file: it becomes evidence on this project. Check what it attaches, then confirm.</p>}
      <p>
        <strong>{summary.source}</strong> results taken <time dateTime={summary.takenAt}>{formatDateTime(summary.takenAt)}</time> ({state.name}): {summary.contents}.
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

function stateFor(name: string, text: string, handedOver: boolean): State {
  const r = readEvidenceFile(text);
  return r.ok ? { kind: 'preview', name, file: r.value, handedOver } : { kind: 'error', message: `“${name}” was not attached. ${r.error}` };
}

/**
 * "Attach results file to project" (issue 15): a TURN tester or probe results file, or a coturn
 * findings file — one a contractor sent back — validated, previewed, then attached like a live run.
 */
export function AttachResultsFile({ projectId }: { projectId: string }) {
  const id = useId();
  // A file "Import project" handed over (issue 13) opens straight in the preview.
  const [state, setState] = useState<State>(() => {
    const pending = pendingEvidenceFile();
    return pending === null ? { kind: 'idle' } : stateFor(pending.name, pending.text, true);
  });
  const load = (name: string, text: string) => {
    clearEvidenceFile();
    setState(stateFor(name, text, false));
  };

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    const tooBig = checkResultsFileSize(file.size);
    if (tooBig !== null) return setState({ kind: 'error', message: `“${file.name}” was not attached. ${tooBig}` });
    try {
      load(file.name, await file.text());
    } catch (error) {
      setState({ kind: 'error', message: `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const attach = () => {
    if (state.kind !== 'preview') return;
    const store = getProjectsStore().getState();
    const project = getOwn(store.projects, projectId);
    if (project === undefined) return;
    const plan = planEvidenceFile(state.file, checklist.items, project.profile);
    store.attachEvidenceBatch(projectId, plan.entries);
    clearEvidenceFile();
    setState({ kind: 'done', name: state.name, items: plan.itemIds.length, firstItemId: plan.itemIds[0] });
  };

  return (
    <div className="pj-evidence-file">
      <p className="pj-hint">
        A results file from the <Link to={paths.turn.getHref()}>TURN tester</Link> (“Download results (JSON)”), the command-line probe (
        <code>npm run probe -- … --json results.json</code>) or the <Link to={paths.coturn.getHref()}>coturn analyzer</Link> (“Download findings (JSON)”) —
        yours, or one a contractor sent back — becomes evidence on the checklist items it proves. You see what it attaches before anything changes.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Attach results file to project</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => { void choose(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {state.kind === 'error' && (
        <div className="notice error" role="alert">
          <p>{state.message}</p>
          <p>Nothing was changed.</p>
        </div>
      )}
      {state.kind === 'preview' && <Preview projectId={projectId} state={state} onAttach={attach} onCancel={() => {
            clearEvidenceFile();
            setState({ kind: 'idle' });
          }} />}
      <div role="status">
        {state.kind === 'done' && (
          <p>
            “{state.name}” attached as evidence to {state.items} checklist {state.items === 1 ? 'item' : 'items'}. <Link to={itemHref(projectId, state.firstItemId)}>Show the first one</Link>
          </p>
        )}
      </div>
    </div>
  );
}
