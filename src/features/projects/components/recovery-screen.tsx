import { useState } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { STORAGE_KEYS } from '@/lib/storage';
import { storageHealth, type CorruptStorage } from '@/features/projects/persistence/health';
import { useRecovery } from '@/features/projects/use-recovery';
import { RecoverySteps } from './recovery-steps';
import './recovery.css';

const EXPLANATION: Record<CorruptStorage['problem']['kind'], string> = {
  'invalid-json':
    'The saved data is damaged: it is not readable JSON. It may have been cut off while saving, or edited by hand or by a browser extension.',
  'wrong-shape':
    'The saved data is readable but not in the shape this app expects, so reading it could lose or mix up answers.',
  'future-version':
    'The saved data was written by a newer version of this app. This version cannot read it without risking your answers. If the app was updated in another tab, reloading this page may fix it.',
};

/**
 * Shown instead of every page while the stored projects cannot be read. Order matters: the raw
 * value is already in the backup key; the user can download it, and only then start fresh or
 * import a project file. Nothing is ever reset silently.
 */
export default function RecoveryScreen({ corrupt }: { corrupt: CorruptStorage }) {
  const recovery = useRecovery(corrupt);
  // Projects this tab loaded before the stored data became unreadable (e.g. another tab wrote it).
  const [memoryCount] = useState(() => storageHealth.memoryProjectCount());
  return (
    <section className="recovery" aria-labelledby="recovery-heading">
      <PageTitle title="Recover saved projects" />
      <h1 id="recovery-heading">Your saved projects could not be opened</h1>
      <div className="notice error" role="alert">
        <p>
          <strong>What is wrong:</strong> {corrupt.problem.message}
        </p>
        <p>{EXPLANATION[corrupt.problem.kind]}</p>
      </div>
      <BackupNotice corrupt={corrupt} />
      {memoryCount > 0 && <MemoryCopyNotice count={memoryCount} onExport={recovery.exportMemory} />}
      <RecoverySteps recovery={recovery} futureVersion={corrupt.problem.kind === 'future-version'} />
    </section>
  );
}

function BackupNotice({ corrupt }: { corrupt: CorruptStorage }) {
  return (
    <p>
      Nothing has been deleted or overwritten.{' '}
      {corrupt.backedUp ? (
        <>
          A copy of the stored data is kept in this browser under the key <code>{corrupt.backupKey}</code>. Earlier backups
          (keys starting with <code>{STORAGE_KEYS.backupPrefix}</code>) are kept too: a backup is never overwritten.
        </>
      ) : (
        <>
          A backup copy could not be saved in this browser ({corrupt.backupError ?? 'unknown error'}), so download the data before
          you go on.
        </>
      )}
    </p>
  );
}

function MemoryCopyNotice({ count, onExport }: { count: number; onExport: () => void }) {
  return (
    <div className="notice">
      <p>
        <strong>
          This tab still has {count === 1 ? '1 project' : `${count} projects`} in memory, loaded before the stored data became
          unreadable
        </strong>{' '}
        (probably changed in another tab). Export them now to keep a copy. They are not lost: when the stored data is readable
        again (after <strong>Start fresh</strong> or an import, here or in another tab), they are merged back and saved.
      </p>
      <p>
        <button type="button" className="primary" onClick={onExport}>
          Export all projects
        </button>
      </p>
    </div>
  );
}
