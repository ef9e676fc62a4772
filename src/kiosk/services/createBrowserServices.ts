/**
 * The composition root in the browser: the one database, the HTTP transport
 * to the coordinator on the same origin, and the sync scheduler wired to the
 * browser's signals (start, online, visible, timer, after a write, on demand).
 *
 * The scheduler lives in the entry chunk, so every trigger is seen from the
 * first moment; the sync engine it drives (client, transport, watcher and the
 * zod wire schemas they parse with) is a separate chunk, imported by the
 * first round that can reach the network, which `start()` asks for once the
 * first screen is drawn. Until then a trigger simply waits for the import,
 * as it would wait for the network; a tablet started offline never loads it
 * before it is back online.
 */
import { uuidv7 } from 'uuidv7';
import { db } from '#db/db.ts';
import { SyncScheduler } from '#sync/SyncScheduler.ts';
import { TRANSPORT_FAILURES, TransportError } from '#sync/Transport.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { lazyTransport } from './lazyTransport.ts';
import type { AppServices } from './servicesContext.ts';
import type { SyncEngine } from './syncEngine.ts';

declare const __APP_VERSION__: string;

export interface BrowserServices {
  readonly services: AppServices;
  /** Runs the start-up round and opens the long poll (loading the sync engine for them). Call once, after the first render. */
  readonly start: () => void;
}

export function createBrowserServices(): BrowserServices {
  const now = () => new Date();

  let engine: Promise<SyncEngine> | null = null;
  const loadEngine = (): Promise<SyncEngine> => {
    engine ??= import('./syncEngine.ts').then(
      (module) => module.createSyncEngine(db, window.location.origin, now),
      (error: unknown) => {
        // Let the next round try the import again (the service worker precaches the chunk, so this is rare).
        engine = null;
        throw error;
      },
    );
    return engine;
  };

  const scheduler = new SyncScheduler({
    run: async () => {
      // A browser that says it is offline has no network at all (only "online" can be wrong), so the
      // round fails as the first request would, without reading and encoding a long outbox on every
      // retry while the person works. The 'online' event starts the next round.
      if (!navigator.onLine) throw new TransportError(TRANSPORT_FAILURES.offline, 'This tablet has no network.');
      return (await loadEngine()).client.sync();
    },
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => {
      window.clearTimeout(handle as number);
    },
    random: Math.random,
    exclusive: runExclusively,
    onStatus: (status) => {
      useAppStore.getState().setSyncStatus(status);
    },
  });

  window.addEventListener('online', () => {
    useAppStore.getState().setOnline(true);
    scheduler.trigger('online');
  });
  window.addEventListener('offline', () => {
    useAppStore.getState().setOnline(false);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') scheduler.trigger('visible');
  });

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    scheduler.trigger('start');
    void startWatcher(loadEngine, scheduler);
  };

  const services: AppServices = {
    db,
    transport: lazyTransport(async () => (await loadEngine()).transport),
    now,
    newId: uuidv7,
    requestSync: (reason) => {
      scheduler.trigger(reason);
    },
    syncNow: async () => {
      scheduler.trigger('manual');
      await scheduler.idle();
    },
    appVersion: __APP_VERSION__,
  };
  return { services, start };
}

/** One tab at a time holds the long poll; when it closes, the next tab takes the lock over. */
async function startWatcher(loadEngine: () => Promise<SyncEngine>, scheduler: SyncScheduler): Promise<void> {
  // A long poll needs the network: a tablet started offline does not even load the engine for it yet.
  if (!navigator.onLine) {
    await new Promise<void>((resolve) => {
      window.addEventListener('online', () => resolve(), { once: true });
    });
  }
  let loaded: SyncEngine | null = null;
  // The chunk is precached by the service worker, so a failed import is rare; try again a little later.
  while (loaded === null) {
    try {
      loaded = await loadEngine();
    } catch {
      await new Promise((resolve) => window.setTimeout(resolve, 5_000));
    }
  }
  const watcher = loaded.watch(async () => {
    scheduler.trigger('remote');
    await scheduler.idle();
    return useAppStore.getState().sync.lastOutcome === 'ok';
  });
  if ('locks' in navigator) await navigator.locks.request('schakel-watch', () => watcher.run());
  else await watcher.run();
}

/** Only one tab of the app syncs at a time; the others skip their round (Web Locks). */
async function runExclusively(fn: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return fn();
  await navigator.locks.request('schakel-sync', { ifAvailable: true }, async (lock) => {
    if (lock) await fn();
  });
}
