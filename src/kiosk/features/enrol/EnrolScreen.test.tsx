import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { SchakelDb } from '#db/SchakelDb.ts';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { TransportError, type Transport } from '#sync/Transport.ts';
import { rejectingTransport } from '#tests/helpers/rejectingTransport.ts';
import { EnrolScreen } from './EnrolScreen.tsx';

const team = { id: uuidv7(), name: 'Team Verpakking', siteName: 'Oostende', organisationName: 'Org' };

function transportAccepting(code: string): Transport {
  return rejectingTransport({
    enrol: (req) =>
      req.code === code
        ? Promise.resolve({ type: 'enrolled', protocolVersion: PROTOCOL_VERSION, deviceId: uuidv7(), token: 't'.repeat(43), role: 'kiosk', team })
        : Promise.reject(new TransportError('refused', 'This code is unknown or already used.', 404)),
  });
}

describe('enrolling a tablet', () => {
  it('tells the person when the code is wrong and stores nothing', async () => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    const user = userEvent.setup();
    renderWithServices(<EnrolScreen />, { db, transport: transportAccepting('GOOD-CODE') });
    await user.type(screen.getByLabelText('Koppelcode'), 'BAD-CODE');
    await user.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/unknown or already used/);
    expect(await db.device.count()).toBe(0);
  });

  it('stores the device token and team and asks for a first sync', async () => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    const user = userEvent.setup();
    const { syncRequests } = renderWithServices(<EnrolScreen />, { db, transport: transportAccepting('GOOD-CODE') });
    await user.type(screen.getByLabelText('Koppelcode'), 'GOOD-CODE');
    await user.click(screen.getByRole('button', { name: 'Koppelen' }));
    await vi.waitFor(async () => {
      expect(await db.device.get('self')).toMatchObject({ role: 'kiosk', team });
    });
    expect(syncRequests).toEqual(['start']);
  });

  it('forgets the old coach code when the tablet is enrolled again, so a forgotten one can be reset', async () => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    await db.localSettings.put({ key: 'coachPin', pin: { salt: '0'.repeat(32), hash: 'a'.repeat(64) } });
    const user = userEvent.setup();
    renderWithServices(<EnrolScreen />, { db, transport: transportAccepting('GOOD-CODE') });
    await user.type(screen.getByLabelText('Koppelcode'), 'GOOD-CODE');
    await user.click(screen.getByRole('button', { name: 'Koppelen' }));
    await vi.waitFor(async () => {
      expect(await db.device.get('self')).toBeDefined();
    });
    expect(await db.localSettings.get('coachPin')).toBeUndefined();
  });
});
