import { screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { SchakelDb } from '#db/SchakelDb.ts';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { TransportError, type Transport } from '#sync/Transport.ts';
import { rejectingTransport } from '#tests/helpers/rejectingTransport.ts';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import { EnrolScreen } from './EnrolScreen.tsx';

const team = { id: uuidv7(), name: 'Team Verpakking', siteName: 'Oostende', organisationName: 'Org' };

function transportAccepting(code: string): Transport {
  return rejectingTransport({
    enrol: (req) =>
      req.code === code
        ? Promise.resolve({ type: 'enrolled', protocolVersion: PROTOCOL_VERSION, deviceId: uuidv7(), token: 't'.repeat(43), role: 'kiosk', team })
        : Promise.reject(new TransportError('refused', 'This code is unknown or already used.', 404, 'enrolment_code_unknown')),
  });
}

const failingWith = (error: TransportError) => rejectingTransport({ enrol: () => Promise.reject(error) });

describe('enrolling a tablet', () => {
  it('tells the person when the code is wrong and stores nothing', async () => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    const user = userEvent.setup();
    renderWithServices(<EnrolScreen />, { db, transport: transportAccepting('GOOD-CODE') });
    await user.type(screen.getByLabelText('Koppelcode'), 'BAD-CODE');
    await user.click(screen.getByRole('button', { name: 'Koppelen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Deze code kennen we niet, of hij is al gebruikt. Kijk de code na, of vraag een nieuwe aan de coördinator.');
    expect(alert.textContent).not.toMatch(/unknown or already used/);
    expect(await db.device.count()).toBe(0);
  });

  it('says a refusal in the language on screen, chosen by its code, never in the server\'s English', async () => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    const french = createI18n('fr-BE');
    await french.changeLanguage('fr-BE');
    const user = userEvent.setup();
    renderWithServices(
      <I18nextProvider i18n={french}>
        <EnrolScreen />
      </I18nextProvider>,
      { db, transport: failingWith(new TransportError('refused', 'Too many enrolment tries from this network. Wait 42 seconds.', 429, 'enrol_rate_limited')) },
    );
    await user.type(screen.getByLabelText('Code de liaison'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Lier' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Trop d’essais. Attendez une minute, puis tapez à nouveau le code.');
  });

  it.each([
    ['a code this app does not know yet', new TransportError('refused', 'Some newer refusal.', 400, 'brand_new_code'), 'De server weigerde dit. Probeer opnieuw, of vraag hulp aan de coördinator.'],
    ['no code at all from a failing server', new TransportError('server', 'The server answered 502.', 502), 'De server had een probleem. Niets is verloren. Probeer straks opnieuw.'],
  ])('falls back to a general sentence in Dutch for %s', async (_what, error, shown) => {
    const db = new SchakelDb(`enrol-${uuidv7()}`);
    const user = userEvent.setup();
    renderWithServices(<EnrolScreen />, { db, transport: failingWith(error) });
    await user.type(screen.getByLabelText('Koppelcode'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(shown);
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
