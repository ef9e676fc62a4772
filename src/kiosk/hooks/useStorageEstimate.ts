import { useEffect, useState } from 'react';

export interface StorageEstimate {
  readonly usedBytes: number;
  readonly quotaBytes: number;
  readonly persisted: boolean;
}

/** How much this app stores and may store on the tablet; null where the browser does not say. */
export function useStorageEstimate(refreshKey: unknown = null): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    // Older browsers and test DOMs have no StorageManager.
    if (typeof navigator === 'undefined' || !('storage' in navigator) || typeof navigator.storage.estimate !== 'function') return undefined;
    const storage = navigator.storage;
    let live = true;
    void Promise.all([storage.estimate(), storage.persisted()]).then(([e, persisted]) => {
      if (live) setEstimate({ usedBytes: e.usage ?? 0, quotaBytes: e.quota ?? 0, persisted });
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return estimate;
}
