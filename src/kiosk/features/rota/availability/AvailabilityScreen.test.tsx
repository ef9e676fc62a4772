import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadWeekRecords, placeInSlot } from '#db/rotaRepository.ts';
import { buildWeekInstance } from '#domain/rota/weekInstance.ts';
import { PICTOGRAMS } from '#shared/pictograms.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { enrolledDb, TEAM_ID } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { AvailabilityScreen } from './AvailabilityScreen.tsx';

// FIXED_NOW is Wednesday 25 November 2026, in week 2026-W48 (Monday 23 to Friday 27).
const WEEK = '2026-W48';

async function openScreen(options: { week?: string; onAbsentToday?: (memberId: string) => void } = {}) {
  const { db, member } = await enrolledDb();
  const user = userEvent.setup({ delay: null });
  const props = { teamId: TEAM_ID, week: options.week ?? WEEK, onClose: () => undefined, ...(options.onAbsentToday ? { onAbsentToday: options.onAbsentToday } : {}) };
  const rendered = renderWithServices(<AvailabilityScreen {...props} />, { db });
  return { db, member, user, rendered, props };
}

const pictureIn = (element: HTMLElement) => element.querySelector('img')?.getAttribute('src') ?? '';

describe('who is there this week', { timeout: 20_000 }, () => {
  it('marks a half-day absent with a reason picked from pictures, stores it, and shows the reason picture', async () => {
    const { db, member, user } = await openScreen();
    await user.click(await screen.findByRole('button', { name: 'Ann, woensdag voormiddag: is er' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ann, woensdag voormiddag' });
    await user.click(within(dialog).getByRole('button', { name: 'Afwezig: ziek' }));

    const cell = await screen.findByRole('button', { name: 'Ann, woensdag voormiddag: afwezig, ziek' });
    expect(pictureIn(cell)).toContain(PICTOGRAMS.unwell.hex);
    const id = requireNaturalId('availability', { teamId: TEAM_ID, memberId: member.id, day: '2026-11-25', shift: 'am' });
    expect(await db.availability.get(id)).toEqual({ id, teamId: TEAM_ID, memberId: member.id, day: '2026-11-25', shift: 'am', present: false, reason: 'ill' });
    // Only that half-day: the afternoon is untouched.
    expect(screen.getByRole('button', { name: 'Ann, woensdag namiddag: is er' })).toBeDefined();

    // And there again: the same record says present, and the cell shows it.
    await user.click(cell);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Is er' }));
    const again = await screen.findByRole('button', { name: 'Ann, woensdag voormiddag: is er' });
    expect(pictureIn(again)).toContain(PICTOGRAMS.done.hex);
    expect(await db.availability.get(id)).toMatchObject({ present: true, reason: null });
    expect(await db.availability.count()).toBe(1);
  });

  it('a half-day the member never works is their weekly pattern: shown in every week, stored on the member and not as a one-off record', async () => {
    const { db, member, user, rendered, props } = await openScreen();
    await user.click(await screen.findByRole('button', { name: 'Ann, woensdag namiddag: is er' }));
    const dialog = await screen.findByRole('dialog');
    const everyWeek = within(dialog).getByRole('button', { name: 'Werkt nooit op woensdag namiddag' });
    expect(everyWeek.getAttribute('aria-pressed')).toBe('false');
    await user.click(everyWeek);

    const cell = await screen.findByRole('button', { name: 'Ann, woensdag namiddag: werkt niet (elke week)' });
    expect(pictureIn(cell)).toContain(PICTOGRAMS.home.hex);
    expect((await db.members.get(member.id))?.offHalfDays).toEqual(['wed-pm']);
    // A pattern is no availability record: it belongs to the member.
    expect(await db.availability.count()).toBe(0);

    // Next week and the week after: the same half-day is off, and the week's plan leaves the member out of it.
    let shown = rendered;
    for (const week of ['2026-W49', '2027-W01']) {
      shown.unmount();
      shown = renderWithServices(<AvailabilityScreen {...props} week={week} />, { db });
      expect(await screen.findByRole('button', { name: 'Ann, woensdag namiddag: werkt niet (elke week)' })).toBeDefined();
      expect(screen.getByRole('button', { name: 'Ann, woensdag voormiddag: is er' })).toBeDefined();
      const { instance, slotOf, days } = buildWeekInstance(await loadWeekRecords(db, TEAM_ID, week));
      expect(instance.members[0]?.available[slotOf(days[2]!, 'pm')]).toBe(false);
      expect(instance.members[0]?.available.filter((a) => !a)).toHaveLength(1);
    }

    // Working again on Wednesday afternoons: the toggle turns the pattern off.
    await user.click(screen.getByRole('button', { name: 'Ann, woensdag namiddag: werkt niet (elke week)' }));
    const toggle = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Werkt nooit op woensdag namiddag' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);
    expect(await screen.findByRole('button', { name: 'Ann, woensdag namiddag: is er' })).toBeDefined();
    expect((await db.members.get(member.id))?.offHalfDays).toEqual([]);
  });

  it('an absence today or later of a member the plan has places for calls onAbsentToday, and the plan drops their place', async () => {
    const onAbsentToday = vi.fn<(memberId: string) => void>();
    const { db, member, user } = await openScreen({ onAbsentToday });
    const ctx = { actorMemberId: member.id, now: FIXED_NOW, newId: () => crypto.randomUUID() };
    const station = (await db.stations.toArray())[0]!;
    for (const day of ['2026-11-23', '2026-11-25']) await placeInSlot(db, { teamId: TEAM_ID, memberId: member.id, day, shift: 'am', stationId: station.id }, { by: 'member' }, ctx);

    // Monday is past: marking it does not ask for a repair.
    await user.click(await screen.findByRole('button', { name: 'Ann, maandag voormiddag: is er' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Afwezig: afspraak' }));
    await screen.findByRole('button', { name: 'Ann, maandag voormiddag: afwezig, afspraak' });
    expect(onAbsentToday).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Ann, woensdag voormiddag: is er' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Afwezig: verlof' }));
    await waitFor(() => expect(onAbsentToday).toHaveBeenCalledWith(member.id));
    expect(onAbsentToday).toHaveBeenCalledTimes(1);
    expect(pictureIn(screen.getByRole('button', { name: 'Ann, woensdag voormiddag: afwezig, verlof' }))).toContain(PICTOGRAMS.sun.hex);

    // The board's plan no longer counts her in those half-days: her pins there are gone.
    const { instance } = buildWeekInstance(await loadWeekRecords(db, TEAM_ID, WEEK));
    expect(instance.pins).toEqual([]);
  });
});
