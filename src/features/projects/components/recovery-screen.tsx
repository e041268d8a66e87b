import { useId, useState, type ChangeEvent } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { saveText } from '@/lib/download';
import { browserStorage, safeSetItem, STORAGE_KEYS } from '@/lib/storage';
import { emptyData, encodePersisted } from '@/features/projects/persisted-format';
import { storageHealth, type CorruptStorage } from '@/features/projects/storage-health';
import type { ProjectsData } from '@/entities/project/types';
import './recovery.css';

const EXPLANATION: Record<CorruptStorage['problem']['kind'], string> = {
  'invalid-json':
    'The saved data is damaged: it is not readable JSON. It may have been cut off while saving, or edited by hand or by a browser extension.',
  'wrong-shape':
    'The saved data is readable but not in the shape this app expects, so reading it could lose or mix up answers.',
  'future-version':
    'The saved data was written by a newer version of this app. This version cannot read it without risking your answers. If the app was updated in another tab, reloading this page may fix it.',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Shown instead of every page while the stored projects cannot be read. Order matters: the raw
 * value is already in the backup key; the user can download it, and only then start fresh or
 * import a project file. Nothing is ever reset silently.
 */
export default function RecoveryScreen({ corrupt }: { corrupt: CorruptStorage }) {
  const [downloaded, setDownloaded] = useState(false);
  const [skipDownload, setSkipDownload] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const skipId = useId();
  const importId = useId();
  const canReplace = downloaded || skipDownload;
  const { problem } = corrupt;
  // Projects this tab loaded before the stored data became unreadable (e.g. another tab wrote it).
  const [memoryCount] = useState(() => storageHealth.memoryProjectCount());

  const exportMemory = () => {
    void import('@/features/projects/exports').then(({ downloadAllProjects }) => {
      downloadAllProjects();
      setDownloaded(true);
    });
  };

  const download = () => {
    const isJson = problem.kind !== 'invalid-json';
    saveText(corrupt.raw, `webrtc-checklist-stored-data-${today()}.${isJson ? 'json' : 'txt'}`, isJson ? 'application/json' : 'text/plain');
    setDownloaded(true);
  };

  const replaceWith = (data: ProjectsData): boolean => {
    const written = safeSetItem(browserStorage(), STORAGE_KEYS.projects, encodePersisted(data));
    if (!written.ok) {
      setMessage({
        kind: 'error',
        text:
          written.reason === 'quota'
            ? 'The browser storage is full, so the new data could not be saved. Free space by clearing other data of this site, then try again.'
            : `The new data could not be saved: ${written.message}`,
      });
      return false;
    }
    storageHealth.markRecovered();
    return true;
  };

  const startFresh = () => {
    replaceWith(emptyData());
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const { checkImportSize, parseProjectFile } = await import('@/features/projects/project-file');
      const tooBig = checkImportSize(file.size);
      if (tooBig) {
        setMessage({ kind: 'error', text: tooBig });
        return;
      }
      const result = parseProjectFile(await file.text());
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error });
        return;
      }
      const data = emptyData();
      for (const p of result.value.projects) data.projects[p.id] = p;
      replaceWith(data);
    } catch (error) {
      setMessage({ kind: 'error', text: `The file could not be imported: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="recovery" aria-labelledby="recovery-heading">
      <PageTitle title="Recover saved projects" />
      <h1 id="recovery-heading">Your saved projects could not be opened</h1>
      <div className="notice error" role="alert">
        <p>
          <strong>What is wrong:</strong> {problem.message}
        </p>
        <p>{EXPLANATION[problem.kind]}</p>
      </div>
      <p>
        Nothing has been deleted or overwritten.{' '}
        {corrupt.backedUp ? (
          <>
            A copy of the stored data is kept in this browser under the key <code>{corrupt.backupKey}</code>. Earlier
            backups (keys starting with <code>{STORAGE_KEYS.backupPrefix}</code>) are kept too: a backup is never
            overwritten.
          </>
        ) : (
          <>
            A backup copy could not be saved in this browser ({corrupt.backupError ?? 'unknown error'}), so download the data
            before you go on.
          </>
        )}
      </p>

      {memoryCount > 0 && (
        <div className="notice">
          <p>
            <strong>
              This tab still has {memoryCount === 1 ? '1 project' : `${memoryCount} projects`} in memory, loaded before the stored
              data became unreadable
            </strong>{' '}
            (probably changed in another tab). Export them now to keep a copy. They are not lost: when the stored data is
            readable again (after <strong>Start fresh</strong> or an import, here or in another tab), they are merged back and
            saved.
          </p>
          <p>
            <button type="button" className="primary" onClick={exportMemory}>
              Export all projects
            </button>
          </p>
        </div>
      )}

      <ol className="recovery-steps">
        <li>
          <h2>Download the stored data</h2>
          <p>Keep the file: it holds your projects as they were saved, and can be repaired by hand or sent to support.</p>
          <p>
            <button type="button" className="primary" onClick={download}>
              Download the stored data
            </button>
            {downloaded && <span className="recovery-done"> Downloaded.</span>}
          </p>
          {problem.kind === 'future-version' && (
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
            <strong>Start fresh</strong> replaces the unreadable data with an empty project list.{' '}
            <strong>Import a project file</strong> replaces it with the projects from an exported file.
          </p>
          {!downloaded && (
            <p className="recovery-skip">
              <input id={skipId} type="checkbox" checked={skipDownload} onChange={(e) => setSkipDownload(e.target.checked)} />{' '}
              <label htmlFor={skipId}>Continue without downloading (the copy in the browser stays)</label>
            </p>
          )}
          <div className="recovery-actions">
            <button type="button" className="danger" disabled={!canReplace || busy} onClick={startFresh}>
              Start fresh
            </button>
            <label htmlFor={importId} className={`button${!canReplace || busy ? ' is-disabled' : ''}`}>
              Import a project file
            </label>
            <input
              id={importId}
              className="visually-hidden"
              type="file"
              accept=".json,application/json"
              disabled={!canReplace || busy}
              onChange={(e) => void importFile(e)}
            />
          </div>
          {!canReplace && <p className="hint">Download the stored data first (or tick the box above) to enable these.</p>}
          {message && (
            <p className={message.kind === 'error' ? 'field-error' : ''} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
        </li>
      </ol>
    </section>
  );
}
