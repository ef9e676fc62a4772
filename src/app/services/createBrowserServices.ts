/**
 * The composition root in the browser: the one database, the HTTP transport
 * to the coordinator on the same origin, and the sync scheduler wired to the
 * browser's signals (start, online, visible, timer, after a write, on demand).
 */
import { uuidv7 } from 'uuidv7';
import { db } from '../../db/db.ts';
import { ChangeWatcher } from '../../sync/ChangeWatcher.ts';
import { SyncClient } from '../../sync/SyncClient.ts';
import { SyncScheduler } from '../../sync/SyncScheduler.ts';
import { httpTransport } from '../../sync/httpTransport.ts';
import { useAppStore } from '../state/store.ts';
import type { AppServices } from './servicesContext.ts';

declare const __APP_VERSION__: string;

export function createBrowserServices(): AppServices {
  const transport = httpTransport(window.location.origin);
  const now = () => new Date();
  const client = new SyncClient(db, transport, now);
  const scheduler = new SyncScheduler({
    run: () => client.sync(),
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
  scheduler.trigger('start');

  // One tab at a time holds the long poll; when it closes, the next tab takes the lock over.
  const watcher = new ChangeWatcher({
    db,
    transport,
    onChange: async () => {
      scheduler.trigger('remote');
      await scheduler.idle();
      return useAppStore.getState().sync.lastOutcome === 'ok';
    },
    sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
  });
  if ('locks' in navigator) void navigator.locks.request('schakel-watch', () => watcher.run());
  else void watcher.run();

  return {
    db,
    transport,
    now,
    newId: uuidv7,
    requestSync: (reason) => scheduler.trigger(reason),
    syncNow: async () => {
      scheduler.trigger('manual');
      await scheduler.idle();
    },
    appVersion: __APP_VERSION__,
  };
}

/** Only one tab of the app syncs at a time; the others skip their round (Web Locks). */
async function runExclusively(fn: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return fn();
  await navigator.locks.request('schakel-sync', { ifAvailable: true }, async (lock) => {
    if (lock) await fn();
  });
}
