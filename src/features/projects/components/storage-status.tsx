import { downloadAllProjects } from '../exports';
import { useStorageHealth } from '../use-storage-health';

/** "Storage: persistent / may be cleared by the browser", and a visible alert when a save failed. */
export function StorageStatus() {
  const { saveProblem, persistence } = useStorageHealth();
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
      {saveProblem && (
        <div className="notice error pj-save-problem no-print" role="alert">
          <p>
            <strong>{saveProblem.kind === 'quota' ? 'Storage is full: changes are not being saved.' : 'Changes are not being saved.'}</strong>{' '}
            {saveProblem.message}
          </p>
          <p>Export all projects to keep a copy{saveProblem.kind === 'quota' ? ', then delete projects you no longer need to free space' : ''}.</p>
          <p>
            <button type="button" className="primary" onClick={downloadAllProjects}>
              Export all projects
            </button>
          </p>
        </div>
      )}
    </>
  );
}
