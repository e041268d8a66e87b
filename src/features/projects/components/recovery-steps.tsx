import { useId, useState } from 'react';
import type { Recovery } from '@/features/projects/use-recovery';

/** Step 1: download the stored data. Step 2 (enabled after it, or when skipped): start fresh or import. */
export function RecoverySteps({ recovery, futureVersion }: { recovery: Recovery; futureVersion: boolean }) {
  const [skipDownload, setSkipDownload] = useState(false);
  const skipId = useId();
  const importId = useId();
  const { downloaded, busy, message } = recovery;
  const canReplace = downloaded || skipDownload;
  const disabled = !canReplace || busy;
  return (
    <ol className="recovery-steps">
      <li>
        <h2>Download the stored data</h2>
        <p>Keep the file: it holds your projects as they were saved, and can be repaired by hand or sent to support.</p>
        <p>
          <button type="button" className="primary" onClick={recovery.download}>
            Download the stored data
          </button>
          {downloaded && <span className="recovery-done"> Downloaded.</span>}
        </p>
        {futureVersion && (
          <p>
            <button type="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>{' '}
            to load the newest version of the app.
          </p>
        )}
      </li>
      <li>
        <h2>Then start again</h2>
        <p>
          <strong>Start fresh</strong> replaces the unreadable data with an empty project list. <strong>Import a project file</strong>{' '}
          replaces it with the projects from an exported file.
        </p>
        {!downloaded && (
          <p className="recovery-skip">
            <input id={skipId} type="checkbox" checked={skipDownload} onChange={(e) => setSkipDownload(e.target.checked)} />{' '}
            <label htmlFor={skipId}>Continue without downloading (the copy in the browser stays)</label>
          </p>
        )}
        <div className="recovery-actions">
          <button type="button" className="danger" disabled={disabled} onClick={() => void recovery.startFresh()}>
            Start fresh
          </button>
          <label htmlFor={importId} className={`button${disabled ? ' is-disabled' : ''}`}>
            Import a project file
          </label>
          <input id={importId} className="visually-hidden" type="file" accept=".json,application/json" disabled={disabled} onChange={recovery.importFile} />
        </div>
        {!canReplace && <p className="hint">Download the stored data first (or tick the box above) to enable these.</p>}
        {message && (
          <p className={message.kind === 'error' ? 'field-error' : ''} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </li>
    </ol>
  );
}
