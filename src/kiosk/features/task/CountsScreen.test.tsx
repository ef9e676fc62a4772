import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from '#kiosk/App.tsx';

async function atCounts() {
  const setup = await enrolledDb();
  const { db, member } = setup;
  const reasons = [
    { id: uuidv7(), teamId: member.teamId, picto: 'broken', label: 'Kapot', position: 0 },
    { id: uuidv7(), teamId: member.teamId, picto: 'drop', label: 'Vuil', position: 1 },
  ];
  await db.rejectReasons.bulkPut(reasons);
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup();
  renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
  for (let i = 0; i < 3; i++) await user.click(await screen.findByRole('button', { name: /^(Volgende|Tellen)$/ }));
  await screen.findByRole('heading', { name: 'Hoeveel stukken?' });
  return { ...setup, reasons, user };
}

describe('the quality check-in', () => {
  it('takes a typed number, rejected pieces with their reasons, and saves them in one completion', async () => {
    const { db, member, reasons, user } = await atCounts();
    expect(screen.queryByRole('heading', { name: 'Wat is er fout?' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Typ het getal: Goede stukken' }));
    const pad = screen.getByRole('dialog', { name: 'Typ het getal: Goede stukken' });
    for (const key of ['4', '2']) await user.click(screen.getByRole('button', { name: key }));
    expect(pad.querySelector('output')?.textContent).toBe('42');
    await user.click(screen.getByRole('button', { name: 'Goed zo' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Goede stukken', { selector: 'output' }).textContent).toBe('42');

    await user.click(screen.getByRole('button', { name: 'Eén meer: Foute stukken' }));
    await user.click(screen.getByRole('button', { name: 'Eén meer: Foute stukken' }));
    expect(await screen.findByRole('heading', { name: 'Wat is er fout?' })).toBeDefined();
    await user.click(await screen.findByRole('button', { name: /Vuil/ }));
    expect(screen.getByRole('button', { name: /Vuil/ }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Klaar' }));

    await waitFor(async () => {
      expect(await db.taskCompletions.toArray()).toMatchObject([{ memberId: member.id, good: 42, rejected: 2, rejectReasons: [reasons[1]?.id], cardVersion: 1 }]);
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('lets the number pad be cancelled, and never takes a number above the limit', async () => {
    const { user } = await atCounts();
    await user.click(screen.getByRole('button', { name: 'Typ het getal: Foute stukken' }));
    for (const key of ['9', '9', '9', '9', '9', '9']) await user.click(screen.getByRole('button', { name: key }));
    expect(screen.getByRole('dialog').querySelector('output')?.textContent).toBe('99999');
    await user.click(screen.getByRole('button', { name: 'Wis één cijfer' }));
    expect(screen.getByRole('dialog').querySelector('output')?.textContent).toBe('9999');
    await user.click(screen.getByRole('button', { name: 'Annuleer' }));
    expect(screen.getByLabelText('Foute stukken', { selector: 'output' }).textContent).toBe('0');
  });

  it('does not keep reasons for pieces no longer rejected', async () => {
    const { db, user } = await atCounts();
    await user.click(screen.getByRole('button', { name: 'Eén meer: Foute stukken' }));
    await user.click(await screen.findByRole('button', { name: /Kapot/ }));
    await user.click(screen.getByRole('button', { name: 'Eén minder: Foute stukken' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await waitFor(async () => {
      expect(await db.taskCompletions.toArray()).toMatchObject([{ rejected: 0, rejectReasons: [] }]);
    });
  });
});
