import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CoordinatorApp } from './CoordinatorApp.tsx';
import { createCoordinatorI18n } from './i18n/coordinatorI18n.ts';

function renderCoordinator() {
  render(
    <I18nextProvider i18n={createCoordinatorI18n()}>
      <CoordinatorApp />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('the coordinator page', () => {
  it('opens in Dutch with its title, a main landmark and the sign-in form', () => {
    renderCoordinator();
    expect(document.title).toBe('Schakel — coördinator');
    expect(document.documentElement.lang).toBe('nl-BE');
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1, name: 'Aanmelden' }))).toBe(true);
    expect(screen.getByLabelText('Coördinatorsleutel')).toHaveProperty('type', 'password');
    expect(screen.getByRole('button', { name: 'Aanmelden' })).toBeDefined();
  });

  it('asks for a key when none was typed', async () => {
    const user = renderCoordinator();
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(screen.getByRole('alert').textContent).toBe('Vul je coördinatorsleutel in.');
    expect(screen.getByLabelText('Coördinatorsleutel').getAttribute('aria-invalid')).toBe('true');
  });

  it('says signing in does not work yet, and forgets the key instead of keeping it', async () => {
    const user = renderCoordinator();
    const field = screen.getByLabelText('Coördinatorsleutel');
    await user.type(field, 'a-key-of-at-least-24-characters{Enter}');
    expect(screen.getByRole('status').textContent).toMatch(/niet verstuurd/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field).toHaveProperty('value', '');
  });

  it('switches the whole page, its title and its language to English', async () => {
    const user = renderCoordinator();
    await user.selectOptions(screen.getByLabelText('Taal'), 'English');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeDefined();
    expect(screen.getByLabelText('Coordinator key')).toBeDefined();
    expect(document.title).toBe('Schakel — coordinator');
    expect(document.documentElement.lang).toBe('en');
  });
});
