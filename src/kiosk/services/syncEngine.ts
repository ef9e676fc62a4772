/**
 * The network half of the app: the HTTP transport, the sync client and the
 * long-poll watcher. It is loaded with a dynamic import after the first
 * screen is drawn, because it carries the wire schemas (zod) that the member
 * screens never need to become usable; see createBrowserServices.ts.
 */
import type { SchakelDb } from '#db/SchakelDb.ts';
import { ChangeWatcher } from '#sync/ChangeWatcher.ts';
import { SyncClient } from '#sync/SyncClient.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import type { Transport } from '#sync/Transport.ts';

export interface SyncEngine {
  readonly transport: Transport;
  readonly client: SyncClient;
  /** Starts the long poll; `onChange` runs a sync round and resolves true when it succeeded. */
  watch(onChange: () => Promise<boolean>): ChangeWatcher;
}

export function createSyncEngine(db: SchakelDb, origin: string, now: () => Date): SyncEngine {
  const transport = httpTransport(origin);
  const client = new SyncClient(db, transport, now);
  return {
    transport,
    client,
    watch: (onChange) =>
      new ChangeWatcher({
        db,
        transport,
        onChange,
        sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
      }),
  };
}
