/**
 * The app's wiring, handed down by context so that component tests can give
 * each test its own database, clock and sync trigger.
 */
import { createContext } from 'react';
import type { SchakelDb } from '#db/SchakelDb.ts';
import type { SyncTrigger } from '#sync/SyncScheduler.ts';
import type { Transport } from '#sync/Transport.ts';

export interface AppServices {
  readonly db: SchakelDb;
  readonly transport: Transport;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Asks the scheduler for a sync round soon. */
  readonly requestSync: (reason: SyncTrigger) => void;
  /** Runs a sync round now and resolves when it is over, whatever its outcome. */
  readonly syncNow: () => Promise<void>;
  readonly appVersion: string;
}

export const ServicesContext = createContext<AppServices | null>(null);
