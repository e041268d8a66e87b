import { useSyncExternalStore } from 'react';
import { appUpdates } from './service-worker';

/** The prerendered HTML (and hydration) never shows the prompt: a worker registers after load. */
const noUpdate = () => false;

/** "A new version is available": shown when a new deploy has been installed in the background. */
export function UpdatePrompt() {
  const available = useSyncExternalStore(appUpdates.subscribe, appUpdates.updateAvailable, noUpdate);
  if (!available) return null;
  return (
    <div className="update-prompt no-print" role="status">
      <p>A new version of the app is available.</p>
      <button type="button" className="primary" onClick={() => appUpdates.apply()}>
        Reload to update
      </button>
    </div>
  );
}
