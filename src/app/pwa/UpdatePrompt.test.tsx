import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../tests/helpers/renderApp.tsx';
import { SchakelDb } from '../../db/SchakelDb.ts';
import { useAppStore } from '../state/store.ts';
import { UpdatePrompt } from './UpdatePrompt.tsx';

describe('the update prompt', () => {
  it('appears only when a new version waits, and updates only on a tap', async () => {
    const user = userEvent.setup();
    let applied = 0;
    renderWithServices(<UpdatePrompt />, { db: new SchakelDb(`u-${uuidv7()}`) });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => {
      useAppStore.getState().setUpdateAvailable(() => {
        applied += 1;
      });
    });
    expect(screen.getByRole('alertdialog').textContent).toContain('Er is een nieuwe versie.');
    expect(applied).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(applied).toBe(1);
  });

  it('can be put off with "later"', async () => {
    const user = userEvent.setup();
    renderWithServices(<UpdatePrompt />, { db: new SchakelDb(`u-${uuidv7()}`) });
    act(() => {
      useAppStore.getState().setUpdateAvailable(() => undefined);
    });
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
