import { useSyncExternalStore } from 'react';
import { storageHealth, type StorageHealth } from './persistence/health';

/** The storage state (unreadable data, failed saves, persistence) for components. */
export function useStorageHealth(): StorageHealth {
  return useSyncExternalStore(storageHealth.subscribe, storageHealth.get, storageHealth.getServerSnapshot);
}
