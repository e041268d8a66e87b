/**
 * The recovery screen's actions: download the unreadable stored value byte for byte, then replace
 * it (Start fresh, or the projects of a file) through the projects repository, the only writer.
 */
import { useState, type ChangeEvent } from 'react';
import { saveText } from '@/lib/download';
import { browserStorage, STORAGE_KEYS } from '@/lib/storage';
import { fail, ok, type Result } from '@/lib/result';
import type { CorruptStorage } from './persistence/health';
import type { ProjectsData } from '@/entities/project/types';

export type RecoveryMessage = { kind: 'error' | 'status'; text: string } | null;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function replaceStored(build: (empty: ProjectsData) => ProjectsData): Promise<string | null> {
  const [{ createProjectsRepository }, { emptyData }] = await Promise.all([import('./persistence/repository'), import('./persistence/codec')]);
  const repository = createProjectsRepository({ storage: browserStorage(), key: STORAGE_KEYS.projects, now: Date.now });
  const written = repository.replace(build(emptyData()));
  if (written.ok) return null;
  return written.reason === 'quota'
    ? 'The browser storage is full, so the new data could not be saved. Free space by clearing other data of this site, then try again.'
    : `The new data could not be saved: ${written.message}`;
}

async function projectsFromFile(file: File): Promise<Result<(empty: ProjectsData) => ProjectsData>> {
  const [{ checkImportSize, parseProjectFile }, { importProjects }] = await Promise.all([import('./project-file'), import('./operations')]);
  const tooBig = checkImportSize(file.size);
  if (tooBig) return fail(tooBig);
  const result = parseProjectFile(await file.text());
  if (!result.ok) return result;
  return ok((empty: ProjectsData) => importProjects(empty, result.value.projects, 'replace', Date.now()).data);
}

export function useRecovery(corrupt: CorruptStorage) {
  const [downloaded, setDownloaded] = useState(false);
  const [message, setMessage] = useState<RecoveryMessage>(null);
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const error = await task();
      if (error) setMessage({ kind: 'error', text: error });
    } catch (error) {
      setMessage({ kind: 'error', text: `The file could not be imported: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return {
    downloaded,
    busy,
    message,
    download() {
      const isJson = corrupt.problem.kind !== 'invalid-json';
      saveText(corrupt.raw, `webrtc-checklist-stored-data-${today()}.${isJson ? 'json' : 'txt'}`, isJson ? 'application/json' : 'text/plain');
      setDownloaded(true);
    },
    exportMemory() {
      void import('./backup-export').then(({ downloadAllProjects }) => {
        downloadAllProjects();
        setDownloaded(true);
      });
    },
    startFresh: () => run(() => replaceStored((empty) => empty)),
    importFile(event: ChangeEvent<HTMLInputElement>) {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      void run(async () => {
        const parsed = await projectsFromFile(file);
        return parsed.ok ? replaceStored(parsed.value) : parsed.error;
      });
    },
  };
}

export type Recovery = ReturnType<typeof useRecovery>;
