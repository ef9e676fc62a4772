import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

const labels = () => screen.getAllByRole('textbox', { name: /^Naam van (?!de nieuwe)/ }).map((i) => (i as HTMLInputElement).value);

describe('reject reasons', { timeout: 20_000 }, () => {
  it('adds reasons with a pictogram, renames, reorders and deletes them, each as a change to sync', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Redenen afkeur' }));
    expect(await screen.findByText('Nog geen redenen.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: /^Prentje van de nieuwe reden/ }));
    await user.type(screen.getByRole('searchbox'), 'stain');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'vuil' }));
    expect(screen.getByRole('button', { name: 'Prentje van de nieuwe reden: vuil' })).toBeDefined();
    await user.type(screen.getByRole('textbox', { name: 'Naam van de nieuwe reden' }), 'Kras');
    await user.click(screen.getByRole('button', { name: 'Reden toevoegen' }));
    await user.type(await screen.findByRole('textbox', { name: 'Naam van de nieuwe reden' }), 'Vuil{Enter}');
    await waitFor(() => {
      expect(labels()).toEqual(['Kras', 'Vuil']);
    });
    expect((await db.rejectReasons.toArray()).map((r) => [r.label, r.picto, r.position])).toEqual(expect.arrayContaining([['Kras', 'drop', 0], ['Vuil', 'drop', 1]]));

    const name = screen.getByRole('textbox', { name: 'Naam van Kras' });
    await user.clear(name);
    await user.type(name, 'Krassen');
    await user.click(screen.getByRole('button', { name: 'Naam bewaren voor Kras' }));
    await waitFor(() => {
      expect(labels()).toEqual(['Krassen', 'Vuil']);
    });

    await user.click(screen.getByRole('button', { name: 'Vuil omhoog' }));
    await waitFor(() => {
      expect(labels()).toEqual(['Vuil', 'Krassen']);
    });

    await user.click(screen.getByRole('button', { name: 'Verwijder Krassen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => {
      expect(labels()).toEqual(['Vuil']);
    });
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([
      ['rejectReason', 'insert'],
      ['rejectReason', 'insert'],
      ['rejectReason', 'patch'],
      ['rejectReason', 'patch'],
      ['rejectReason', 'patch'],
      ['rejectReason', 'delete'],
    ]);
  });

  it('will not add a reason without a name', async () => {
    const { db } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Redenen afkeur' }));
    await user.click(await screen.findByRole('button', { name: 'Reden toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Geef de reden een korte naam (hoogstens 40 tekens).');
    expect(await db.rejectReasons.count()).toBe(0);
  });
});
