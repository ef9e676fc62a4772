import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from '#kiosk/App.tsx';

describe('Today', () => {
  it('shows my station from the rota, else the team’s default, and how many tasks are done', async () => {
    const { db, member, tasks } = await enrolledDb();
    const sorting = { id: uuidv7(), teamId: member.teamId, name: 'Sorteren', picto: 'sort', load: 'light' as const };
    const packing = (await db.stations.toArray())[0]!;
    await db.stations.put(sorting);
    await db.teamSettings.put({ id: uuidv7(), teamId: member.teamId, defaultStationId: packing.id });
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 1, rejected: 0, completedAt: '2026-11-25T09:00:00Z' });
    await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByText('Plaats: Inpakken')).toBeDefined();
    expect(screen.getByRole('img', { name: '1 van 2 taken klaar' })).toBeDefined();

    await db.rotaSlots.put({ id: uuidv7(), teamId: member.teamId, memberId: member.id, stationId: sorting.id, day: '2026-11-25', shift: 'am' });
    expect(await screen.findByText('Plaats: Sorteren')).toBeDefined();
  });
});
