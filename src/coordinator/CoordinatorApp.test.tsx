import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from './testing/fakeServer.ts';
import { renderCoordinator } from './testing/renderCoordinator.tsx';

describe('the coordinator page', () => {
  it('asks whether a session is open, then opens in Dutch with its title, a main landmark and the sign-in form', async () => {
    renderCoordinator(fakeServer({ signedIn: false }));
    expect(screen.getByRole('status').textContent).toBe('Even kijken of je aangemeld bent…');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Aanmelden' });
    expect(document.title).toBe('Schakel — coördinator');
    expect(document.documentElement.lang).toBe('nl-BE');
    expect(screen.getByRole('main').contains(heading)).toBe(true);
    expect(screen.getByLabelText('Coördinatorsleutel')).toHaveProperty('type', 'password');
    expect(screen.queryByRole('button', { name: 'Afmelden' })).toBeNull();
  });

  it('asks for a key when none was typed', async () => {
    const user = renderCoordinator(fakeServer({ signedIn: false }));
    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    expect(screen.getByRole('alert').textContent).toBe('Vul je coördinatorsleutel in.');
    expect(screen.getByLabelText('Coördinatorsleutel').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in with the right key, opens the dashboard, and signs out again from the header', async () => {
    const user = renderCoordinator(fakeServer({ signedIn: false }));
    await user.type(await screen.findByLabelText('Coördinatorsleutel'), 'the-right-key{Enter}');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('button', { name: 'Naast elkaar' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Naast elkaar' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    expect(await screen.findByLabelText('Coördinatorsleutel')).toBeDefined();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
  });

  it('says a wrong key is wrong, and forgets it', async () => {
    const user = renderCoordinator(fakeServer({ signedIn: false }));
    const field = await screen.findByLabelText('Coördinatorsleutel');
    await user.type(field, 'not-the-key{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Die sleutel klopt niet. Kijk hem na en probeer opnieuw.');
    expect(field).toHaveProperty('value', '');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('after too many tries, says how long to wait (from retry-after)', async () => {
    const server = fakeServer({ signedIn: false });
    server.on('POST /api/coordinator/session', () => ({ status: 429, headers: { 'retry-after': '90' }, body: { error: 'rate_limited', code: 'sign_in_rate_limited', message: 'slow down' } }));
    const user = renderCoordinator(server);
    await user.type(await screen.findByLabelText('Coördinatorsleutel'), 'the-right-key{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Te veel pogingen. Probeer het opnieuw over 2 min.');
    // The button rests while the wait lasts, so a held Enter key does not keep the budget spent.
    expect(screen.getByRole('button', { name: 'Aanmelden' })).toHaveProperty('disabled', true);
  });

  it('goes back to the sign-in, saying why, when the session has run out', async () => {
    const server = fakeServer();
    server.on('GET /api/coordinator/overview', () => ({ status: 401, body: { error: 'unauthorised', code: 'coordinator_session_needed', message: 'expired' } }));
    renderCoordinator(server);
    expect(await screen.findByText('Je sessie is afgelopen. Meld je opnieuw aan.')).toBeDefined();
    expect(screen.getByLabelText('Coördinatorsleutel')).toBeDefined();
  });

  it('switches the whole page, its title and its language to English', async () => {
    const user = renderCoordinator(fakeServer({ signedIn: false }));
    await user.selectOptions(await screen.findByLabelText('Taal'), 'English');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeDefined();
    expect(screen.getByLabelText('Coordinator key')).toBeDefined();
    expect(document.title).toBe('Schakel — coordinator');
    expect(document.documentElement.lang).toBe('en');
  });
});
