import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { loadWeekRecords } from '#db/rotaRepository.ts';
import { buildWeekInstance } from '#domain/rota/weekInstance.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { enrolledDb, TEAM_ID } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { RotaWeightsDialog } from './RotaWeightsDialog.tsx';

const weightGroup = (name: string) => screen.getByRole('group', { name });

describe('rota weights', { timeout: 20_000 }, () => {
  it('shows every weight at its default, writes a changed one to the team settings, and the optimiser reads it', async () => {
    const { db } = await enrolledDb();
    const user = userEvent.setup({ delay: null });
    renderWithServices(<RotaWeightsDialog teamId={TEAM_ID} onClose={() => undefined} />, { db });
    const dialog = await screen.findByRole('dialog', { name: 'Wat telt bij het voorstel' });
    expect(await within(dialog).findAllByRole('group')).toHaveLength(11);
    expect(within(weightGroup('Afwisseling')).getByRole('status').textContent).toBe('20');
    expect(within(weightGroup('Genoeg mensen')).getByRole('status').textContent).toBe('1000');
    expect(screen.getByRole('button', { name: 'Terug naar standaard: Afwisseling' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Meer: Afwisseling' }));
    await user.click(screen.getByRole('button', { name: 'Meer: Afwisseling' }));
    await user.click(screen.getByRole('button', { name: 'Minder: Genoeg mensen' }));
    await waitFor(() => expect(within(weightGroup('Afwisseling')).getByRole('status').textContent).toBe('22'));
    expect(within(weightGroup('Genoeg mensen')).getByRole('status').textContent).toBe('900');

    const settings = await db.teamSettings.toArray();
    expect(settings).toEqual([{ id: requireNaturalId('teamSettings', { teamId: TEAM_ID }), teamId: TEAM_ID, defaultStationId: null, rotaWeights: { varDev: 22, short: 900 } }]);
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([
      ['teamSettings', 'insert'],
      ['teamSettings', 'patch'],
      ['teamSettings', 'patch'],
    ]);
    const { instance } = buildWeekInstance(await loadWeekRecords(db, TEAM_ID, '2026-W48'));
    expect(instance.weights).toMatchObject({ varDev: 22, short: 900, change: 10 });
  });

  it('puts one weight back to its default and leaves the others as the team set them', async () => {
    const { db } = await enrolledDb();
    // An older settings record, from before natural ids: it is the one that changes.
    const id = uuidv7();
    await db.teamSettings.put({ id, teamId: TEAM_ID, defaultStationId: null, rotaWeights: { varDev: 30, train: 12 } });
    const user = userEvent.setup({ delay: null });
    renderWithServices(<RotaWeightsDialog teamId={TEAM_ID} onClose={() => undefined} />, { db });
    await screen.findByRole('dialog');
    await waitFor(() => expect(within(weightGroup('Afwisseling')).getByRole('status').textContent).toBe('30'));

    await user.click(screen.getByRole('button', { name: 'Terug naar standaard: Afwisseling' }));
    await waitFor(() => expect(within(weightGroup('Afwisseling')).getByRole('status').textContent).toBe('20'));
    expect(within(weightGroup('Leerdoelen')).getByRole('status').textContent).toBe('12');
    expect(screen.getByRole('button', { name: 'Terug naar standaard: Afwisseling' })).toHaveProperty('disabled', true);
    expect(await db.teamSettings.toArray()).toEqual([{ id, teamId: TEAM_ID, defaultStationId: null, rotaWeights: { train: 12 } }]);
  });
});
