import { useState } from 'react';
import { useStorageHealth } from '@/features/projects/use-storage-health';
import { ExportMessage, useExportMessage } from './export-message';
import './storage-status.css';

/**
 * "Storage: persistent / may be cleared by the browser", and an alert when a save failed. The alert
 * is fixed at the bottom of the window, so it is seen where the user is editing (the project page is
 * long); it can be dismissed and comes back on the next failed save.
 */
export function StorageStatus() {
  const { saveProblem, persistence, saveFailures } = useStorageHealth();
  const [dismissedAt, setDismissedAt] = useState(-1);
  const exported = useExportMessage();
  return (
    <>
      <p className="pj-persistence" data-state={persistence}>
        <span className="pj-dot" aria-hidden="true" />
        {persistence === 'persistent'
          ? 'Storage: persistent'
          : persistence === 'unknown'
            ? 'Storage: checking…'
            : 'Storage: may be cleared by the browser'}
        {persistence !== 'persistent' && persistence !== 'unknown' && (
          <span className="pj-hint"> — the browser did not grant persistent storage; export your projects now and then.</span>
        )}
      </p>
      {saveProblem && saveFailures !== dismissedAt && (
        <div className="notice error pj-save-problem no-print" role="alert">
          <p>
            <strong>{saveProblem.kind === 'quota' ? 'Storage is full: changes are not being saved.' : 'Changes are not being saved.'}</strong>{' '}
            {saveProblem.message}
          </p>
          <p>Export all projects to keep a copy{saveProblem.kind === 'quota' ? ', then delete projects you no longer need to free space' : ''}.</p>
          <p className="pj-save-problem-actions">
            <button type="button" className="primary" onClick={exported.exportAll}>
              Export all projects
            </button>
            <button type="button" onClick={() => setDismissedAt(saveFailures)}>
              Dismiss
            </button>
          </p>
          <ExportMessage state={exported} />
        </div>
      )}
    </>
  );
}
