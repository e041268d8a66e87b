/**
 * Registers the service worker (dist/sw.js, see vite.config.ts) and tells the page when a new version
 * has been installed and waits: the "update available" prompt. Accepting it activates the waiting
 * worker and reloads once it controls the page. The first install shows no prompt (nothing to update).
 */
type Container = Pick<ServiceWorkerContainer, 'register' | 'controller' | 'addEventListener'>;

export interface UpdateWatcher {
  start(url: string): Promise<void>;
  subscribe(listener: () => void): () => void;
  updateAvailable(): boolean;
  /** Activates the waiting version; the page reloads when it takes over. */
  apply(): void;
}

/** How often an open tab asks for a new sw.js (browsers also check on every navigation). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function createUpdateWatcher(container: Container, reload: () => void, every = UPDATE_CHECK_MS): UpdateWatcher {
  let waiting: ServiceWorker | null = null;
  let accepted = false;
  const listeners = new Set<() => void>();
  const offer = (worker: ServiceWorker) => {
    // Without a controller this is the first install, not an update.
    if (!container.controller) return;
    waiting = worker;
    for (const l of listeners) l();
  };
  container.addEventListener('controllerchange', () => {
    if (accepted) reload();
  });
  const track = (reg: ServiceWorkerRegistration) => {
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const installing = reg.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
    setInterval(() => void reg.update().catch(() => undefined), every);
  };
  return {
    start: (url) => container.register(url).then(track),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    updateAvailable: () => waiting !== null,
    apply() {
      if (!waiting) return;
      accepted = true;
      waiting.postMessage('SKIP_WAITING');
    },
  };
}

const noUpdates: UpdateWatcher = { start: () => Promise.resolve(), subscribe: () => () => undefined, updateAvailable: () => false, apply: () => undefined };

/** The app's watcher; a no-op where service workers are unavailable (and in dev, where none is built). */
export const appUpdates: UpdateWatcher =
  import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator
    ? createUpdateWatcher(navigator.serviceWorker, () => window.location.reload())
    : noUpdates;
