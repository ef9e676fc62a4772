import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { FIXED_NOW } from '#tests/helpers/renderApp.tsx';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

async function openMatrix() {
  const tablet = await renderCoachTablet('unlocked');
  const station = (await tablet.db.stations.toArray())[0]!;
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole('tab', { name: 'Vaardigheden' }));
  return { ...tablet, station, user };
}

describe('skills matrix', { timeout: 20_000 }, () => {
  it('a tap moves the level one step and stores the cell with a skillChange saying from and to', async () => {
    const { db, member, station, user } = await openMatrix();
    const device = await db.device.get('self');
    const cellId = requireNaturalId('skill', { teamId: member.teamId, memberId: member.id, stationId: station.id });

    await user.click(await screen.findByRole('button', { name: 'Ann bij Inpakken: Niet opgeleid' }));
    await user.click(await screen.findByRole('button', { name: 'Ann bij Inpakken: I: leert het' }));
    const cell = await screen.findByRole('button', { name: 'Ann bij Inpakken: L: kan het met hulp' });
    expect(within(cell).getByRole('img', { name: 'L: kan het met hulp' })).toBeDefined();

    expect(await db.skills.toArray()).toEqual([{ id: cellId, teamId: member.teamId, memberId: member.id, stationId: station.id, level: 'L' }]);
    const changes = (await db.skillChanges.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    expect(changes.map((c) => [c.memberId, c.stationId, c.from, c.to, c.changedAt, c.deviceId])).toEqual([
      [member.id, station.id, null, 'I', FIXED_NOW.toISOString(), device?.deviceId],
      [member.id, station.id, 'I', 'L', FIXED_NOW.toISOString(), device?.deviceId],
    ]);
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([
      ['skill', 'insert'],
      ['skillChange', 'insert'],
      ['skill', 'patch'],
      ['skillChange', 'insert'],
    ]);

    // U, O, and round to not trained: the last step is recorded too.
    await user.click(cell);
    await user.click(await screen.findByRole('button', { name: 'Ann bij Inpakken: U: kan het alleen' }));
    await user.click(await screen.findByRole('button', { name: 'Ann bij Inpakken: O: kan het aanleren' }));
    expect(await screen.findByRole('button', { name: 'Ann bij Inpakken: Niet opgeleid' })).toBeDefined();
    expect((await db.skills.get(cellId))?.level).toBeNull();
    await waitFor(async () => {
      const last = (await db.skillChanges.toArray()).sort((a, b) => a.id.localeCompare(b.id)).at(-1);
      expect([last?.from, last?.to]).toEqual(['O', null]);
    });
  });

  it('in details mode a tap sets training goal, restriction and preference, shown in the cell, and leaves the level alone', async () => {
    const { db, member, station, user } = await openMatrix();
    await user.click(await screen.findByRole('button', { name: 'Details' }));
    await user.click(await screen.findByRole('button', { name: 'Ann bij Inpakken: Niet opgeleid' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ann bij Inpakken' });
    await user.click(within(dialog).getByRole('button', { name: 'Leerdoel' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Leerdoel' }).getAttribute('aria-pressed')).toBe('true'));
    await user.click(within(dialog).getByRole('button', { name: 'Medisch niet toegelaten' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Medisch niet toegelaten' }).getAttribute('aria-pressed')).toBe('true'));
    await user.click(within(dialog).getByRole('button', { name: 'Liever niet' }));
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));

    expect(await screen.findByRole('button', { name: 'Ann bij Inpakken: Niet opgeleid, leerdoel, medisch niet toegelaten, doet het liever niet' })).toBeDefined();
    const [skill] = await db.skills.toArray();
    expect(skill).toMatchObject({ memberId: member.id, stationId: station.id, level: null, trainingGoal: true, restricted: true, preference: -1 });
    expect(await db.skillChanges.count()).toBe(0);

    // Off again: a second tap on the toggle clears it.
    await user.click(screen.getByRole('button', { name: /^Ann bij Inpakken/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leerdoel' }));
    await waitFor(async () => expect((await db.skills.toArray())[0]?.trainingGoal).toBe(false));
  });

  it('a station header opens its load, staffing per half-day and closed days, each stored on the station', async () => {
    const { db, station, user } = await openMatrix();
    await user.click(await screen.findByRole('button', { name: 'Rooster van werkpost Inpakken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rooster van Inpakken' });
    await user.click(within(dialog).getByRole('button', { name: 'Zwaar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Meer: Hoogstens zoveel mensen per halve dag' }));
    await waitFor(async () => expect((await db.stations.get(station.id))?.maxStaff).toBe(3));
    await user.click(within(dialog).getByRole('button', { name: 'Meer: Minstens zoveel mensen per halve dag' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Gesloten op' })).getByRole('button', { name: 'woensdag' }));

    await waitFor(async () => expect(await db.stations.get(station.id)).toMatchObject({ load: 'heavy', minStaff: 2, maxStaff: 3, closedDays: [3] }));
    // The minimum never passes the maximum: at 3 and 3, "more people at least" cannot be tapped.
    await user.click(within(dialog).getByRole('button', { name: 'Meer: Minstens zoveel mensen per halve dag' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Meer: Minstens zoveel mensen per halve dag' })).toHaveProperty('disabled', true));
    expect(await db.stations.get(station.id)).toMatchObject({ minStaff: 3, maxStaff: 3 });
    expect((await db.outbox.toArray()).every((e) => e.kind === 'station' && e.op === 'patch')).toBe(true);
  });

  it('a member header opens routine, variety target and home station, each stored on the member', async () => {
    const { db, member, station, user } = await openMatrix();
    await user.click(await screen.findByRole('button', { name: 'Rooster van Ann' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rooster van Ann' });
    await user.click(within(dialog).getByRole('button', { name: 'Heeft dezelfde plek nodig' }));
    await user.click(within(dialog).getByRole('button', { name: 'Minder: Aantal werkposten per week' }));
    await waitFor(async () => expect((await db.members.get(member.id))?.varietyTarget).toBe(2));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Eigen werkpost' }), 'Inpakken');

    await waitFor(async () => expect(await db.members.get(member.id)).toMatchObject({ routine: true, varietyTarget: 2, homeStationId: station.id }));
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op, e.data])).toEqual([
      ['member', 'patch', { routine: true }],
      ['member', 'patch', { varietyTarget: 2 }],
      ['member', 'patch', { homeStationId: station.id }],
    ]);
  });
});
