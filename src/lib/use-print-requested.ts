import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let requested = false;
const listeners = new Set<() => void>();
let media: MediaQueryList | null = null;

function request() {
  if (requested) return;
  requested = true;
  // Synchronously, inside the event: the browser lays the page out for print right after `beforeprint`.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

function onMedia(event: MediaQueryListEvent) {
  if (event.matches) request();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (listeners.size === 1) {
    window.addEventListener('beforeprint', request);
    media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    media?.addEventListener('change', onMedia);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', request);
    media?.removeEventListener('change', onMedia);
    media = null;
  };
}

/**
 * False until the page is first printed (`beforeprint`, or print media applying), then true. Print-only
 * content that is costly to render (every item of the assessment as text) renders from then on instead
 * of on every view of the page.
 */
export function usePrintRequested(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => requested || (media?.matches ?? false),
    () => false,
  );
}
