/**
 * "Remember these URLs": the TURN URL list is saved in localStorage only while the box is ticked,
 * and only as canonical, valid URLs (so nothing else typed into the field — such as a password
 * pasted by mistake — is ever written). Credentials are never saved.
 */

import { useCallback, useState } from 'react';
import { browserStorage, safeGetItem, safeRemoveItem, safeSetItem, STORAGE_KEYS } from '@/lib/storage';
import { parseUrlList } from './uri';

interface StoredUrls {
  readonly version: 1;
  readonly urls: readonly string[];
}

/** Reads the saved list; anything unexpected is ignored (the app never crashes on storage). */
function readSaved(): string[] | null {
  const read = safeGetItem(browserStorage(), STORAGE_KEYS.turnUrls);
  if (!read.ok || read.value === null) return null;
  try {
    const data = JSON.parse(read.value) as Partial<StoredUrls> | null;
    if (data?.version !== 1 || !Array.isArray(data.urls)) return null;
    const text = data.urls.filter((u): u is string => typeof u === 'string').join('\n');
    return parseUrlList(text).uris.map((u) => u.url);
  } catch {
    return null;
  }
}

export interface RememberedUrls {
  /** The saved URLs joined by newlines, or '' when nothing is saved. */
  readonly initialText: string;
  readonly remember: boolean;
  /** Ticks or unticks the box: saving `text` now, or deleting what was saved. */
  setRemember(remember: boolean, text: string): void;
  /** Saves `text` if the box is ticked. */
  save(text: string): void;
  /** Why the last save failed, if it did. */
  readonly problem: string | null;
}

export function useRememberedUrls(): RememberedUrls {
  const [initial] = useState(readSaved);
  const [remember, setRememberState] = useState(initial !== null);
  const [problem, setProblem] = useState<string | null>(null);

  const write = useCallback((text: string) => {
    const urls = parseUrlList(text).uris.map((u) => u.url);
    const data: StoredUrls = { version: 1, urls };
    const r = safeSetItem(browserStorage(), STORAGE_KEYS.turnUrls, JSON.stringify(data));
    setProblem(r.ok ? null : `The URLs could not be saved: ${r.reason === 'quota' ? 'the browser storage is full' : r.message}`);
  }, []);

  const setRemember = useCallback(
    (next: boolean, text: string) => {
      setRememberState(next);
      if (next) write(text);
      else {
        safeRemoveItem(browserStorage(), STORAGE_KEYS.turnUrls);
        setProblem(null);
      }
    },
    [write],
  );

  const save = useCallback(
    (text: string) => {
      if (remember) write(text);
    },
    [remember, write],
  );

  return { initialText: initial?.join('\n') ?? '', remember, setRemember, save, problem };
}
