import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useServices } from './useServices.ts';

/**
 * An object URL for a photo or clip, or null while this tablet does not
 * have it. A missing blob is fetched once in the background; until it
 * arrives the caller shows a placeholder, never an error.
 */
export function useBlobUrl(sha256: string | null | undefined): string | null {
  const { db, transport, now } = useServices();
  const blob = useLiveQuery(async () => (sha256 ? ((await db.blobs.get(sha256)) ?? null) : null), [db, sha256]);
  const url = useMemo(() => (blob ? URL.createObjectURL(new Blob([blob.bytes], { type: blob.mime })) : null), [blob]);

  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  useEffect(() => {
    if (!sha256 || blob !== null) return undefined;
    let cancelled = false;
    const isCancelled = () => cancelled;
    void (async () => {
      const device = await db.device.get('self');
      if (!device || isCancelled()) return;
      const fetched = await transport.fetchBlob(device.token, sha256).catch(() => null);
      if (!fetched || isCancelled()) return;
      await db.blobs.put({ sha256, mime: fetched.mime, bytes: fetched.bytes, state: 'remote', createdAt: now().toISOString() }).catch(() => undefined);
    })();
    return () => {
      cancelled = true;
    };
  }, [db, transport, now, sha256, blob]);

  return url;
}
