import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import { ServicesContext, type AppServices } from '#kiosk/services/servicesContext.ts';
import type { SyncTrigger } from '#sync/SyncScheduler.ts';
import type { Transport } from '#sync/Transport.ts';
import { rejectingTransport } from './rejectingTransport.ts';
import { resetAppStore } from './resetAppStore.ts';

export const FIXED_NOW = new Date('2026-11-25T09:30:00');

const unusedTransport: Transport = rejectingTransport();

export interface Rendered extends RenderResult {
  readonly syncRequests: SyncTrigger[];
}

/** Renders UI with a test's own database, a fixed clock and a recorded sync trigger; resets UI state first. */
export function renderWithServices(ui: ReactElement, options: { db: SchakelDb; transport?: Transport; now?: () => Date }): Rendered {
  resetAppStore();
  const syncRequests: SyncTrigger[] = [];
  const services: AppServices = {
    db: options.db,
    transport: options.transport ?? unusedTransport,
    now: options.now ?? (() => FIXED_NOW),
    newId: uuidv7,
    requestSync: (reason) => syncRequests.push(reason),
    syncNow: () => {
      syncRequests.push('manual');
      return Promise.resolve();
    },
    appVersion: 'test',
  };
  const result = render(
    <I18nextProvider i18n={createI18n()}>
      <ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>
    </I18nextProvider>,
  );
  return { ...result, syncRequests };
}
