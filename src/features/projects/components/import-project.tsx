import { useEffect, useId, useRef } from 'react';
import { Link } from '@/components/ui/link';
import { DisplayText } from '@/components/ui/display-text';
import { paths } from '@/config/paths';
import type { ImportState, ProjectImport } from '@/features/projects/use-project-import';

/** The "Import project" file input, styled as a button. */
export function ImportProjectButton({ importer }: { importer: ProjectImport }) {
  const id = useId();
  return (
    <span className="pj-file-button">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          void importer.importFiles(e.target.files);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button">
        Import project
      </label>
    </span>
  );
}

/** Outcome of an import: error, same-id question, or success. */
export function ImportMessages({ importer }: { importer: ProjectImport }) {
  const { state, resolve, dismiss } = importer;
  if (state.kind === 'idle') return null;
  if (state.kind === 'reading')
    return (
      <p className="pj-hint" role="status">
        Reading the file…
      </p>
    );
  if (state.kind === 'error')
    return (
      <div className="notice error pj-import-message" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  if (state.kind === 'confirm') return <ConfirmImport state={state} resolve={resolve} />;
  return (
    <div className="notice pj-import-message" role="status">
      <p>
        Imported{' '}
        {state.imported.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ', '}
            <Link to={paths.project.getHref(p.id)}>
              <DisplayText text={p.name} />
            </Link>
          </span>
        ))}
        .
      </p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * "This project already exists here": an alertdialog that takes focus when it opens, and gives it
 * back (to the control that started the import, or the page heading) when it closes.
 */
function ConfirmImport({ state, resolve }: { state: Extract<ImportState, { kind: 'confirm' }>; resolve: ProjectImport['resolve'] }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const node = dialog.current;
    node?.focus();
    return () => {
      // Only if focus is still in the dialog (being removed) or lost to <body>.
      const active = document.activeElement;
      if (active && active !== document.body && !node?.contains(active)) return;
      const target = previous?.isConnected ? previous : document.getElementById('page-heading');
      target?.focus();
    };
  }, []);
  const many = state.conflicts.length > 1;
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      className="notice warning pj-import-message"
      role="alertdialog"
      aria-labelledby="pj-import-conflict"
      aria-describedby="pj-import-conflict-desc"
    >
      <p id="pj-import-conflict">
        <strong>{many ? `${state.conflicts.length} projects in this file already exist here.` : 'This project already exists here.'}</strong>
      </p>
      <p id="pj-import-conflict-desc">
        {many ? 'Projects with the same ids: ' : 'A project with the same id: '}
        {state.conflicts.map((c, i) => (
          <span key={c.incoming.id}>
            {i > 0 && ', '}“<DisplayText text={c.existingName} />”
          </span>
        ))}
        . Import as a copy keeps both; replacing overwrites the
        existing {many ? 'projects' : 'project'} and cannot be undone.
      </p>
      <div className="pj-form-actions">
        <button type="button" className="primary" onClick={() => resolve('copy')}>
          Import as a copy
        </button>
        <button type="button" className="danger" onClick={() => resolve('replace')}>
          Replace existing {many ? 'projects' : 'project'}
        </button>
        <button type="button" onClick={() => resolve('cancel')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
