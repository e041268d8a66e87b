import { lazy, Suspense, useId, useState } from 'react';
import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { clearEvidenceFile, pendingEvidenceFile } from '@/features/projects/pending-evidence-file';
import { checkResultsFileSize } from '@/features/turn-tester/results-file-size';
import { NotAttached } from './not-attached';

// The parsers and the checklist texts load once a file is chosen: the control itself shows with the
// page, at its full height, so nothing below it moves when they arrive.
const ResultsFilePreview = lazy(() => import('./results-file-preview').then((m) => ({ default: m.ResultsFilePreview })));

/** A file to read: chosen here, or one "Import project" handed over (issue 13). */
export interface ChosenFile {
  readonly name: string;
  readonly text: string;
  readonly handedOver: boolean;
}

/** What "Attach as evidence" did. */
export interface AttachedFile {
  readonly name: string;
  readonly items: number;
  /** The first item given evidence, in the walkthrough (the project page when none). */
  readonly firstItemHref: string;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'chosen'; readonly file: ChosenFile }
  | { readonly kind: 'done'; readonly attached: AttachedFile };

/**
 * "Attach results file to project" (issue 15): a TURN tester or probe results file, or a coturn
 * findings file — one a contractor sent back — validated, previewed, then attached like a live run.
 */
export function AttachResultsFile({ projectId }: { projectId: string }) {
  const id = useId();
  // A file "Import project" handed over opens straight in the preview.
  const [state, setState] = useState<State>(() => {
    const pending = pendingEvidenceFile();
    return pending === null ? { kind: 'idle' } : { kind: 'chosen', file: { ...pending, handedOver: true } };
  });

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    const tooBig = checkResultsFileSize(file.size);
    if (tooBig !== null) return setState({ kind: 'error', message: `“${file.name}” was not attached. ${tooBig}` });
    try {
      const text = await file.text();
      clearEvidenceFile();
      setState({ kind: 'chosen', file: { name: file.name, text, handedOver: false } });
    } catch (error) {
      setState({ kind: 'error', message: `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const cancel = () => {
    clearEvidenceFile();
    setState({ kind: 'idle' });
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
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {state.kind === 'error' && <NotAttached message={state.message} />}
      {state.kind === 'chosen' && (
        <Suspense fallback={<p className="pj-hint">Reading “{state.file.name}”…</p>}>
          <ResultsFilePreview
            projectId={projectId}
            chosen={state.file}
            onDone={(attached) => setState({ kind: 'done', attached })}
            onCancel={cancel}
          />
        </Suspense>
      )}
      <div role="status">
        {state.kind === 'done' && (
          <p>
            “{state.attached.name}” attached as evidence to {state.attached.items} checklist {state.attached.items === 1 ? 'item' : 'items'}.{' '}
            <Link to={state.attached.firstItemHref}>Show the first one</Link>
          </p>
        )}
      </div>
    </div>
  );
}
