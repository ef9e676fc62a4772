/**
 * The coach sees the week's rota clashes as pulled from the server: who,
 * which half-day, both places with their pictures and which one the slot
 * kept (in words), and marks one seen, which is a change that syncs. Other
 * weeks' and other teams' notes stay out.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { slotConflictId } from '#domain/slotConflict.ts';
import { pictogramRasterUrl } from '#shared/pictograms.ts';
import type { RotaConflict, Station } from '#shared/records.ts';
import { TEAM_ID, enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { RotaConflictList } from './RotaConflictList.tsx';

async function setUp() {
  const { db, member } = await enrolledDb();
  // The notes are the coach's: only a coach tablet pulls them.
  await db.device.update('self', { role: 'coach' });
  const [packing] = await db.stations.toArray();
  const sawing: Station = { id: uuidv7(), teamId: TEAM_ID, name: 'Zagen', picto: 'hammer', load: 'heavy' };
  await db.stations.put(sawing);
  const note = (day: string, shift: 'am' | 'pm', week: string, fields: Partial<RotaConflict> = {}): RotaConflict => {
    const slotId = uuidv7();
    return { id: slotConflictId(TEAM_ID, slotId), teamId: TEAM_ID, slotId, memberId: member.id, week, day, shift, memberStationId: packing!.id, coachStationId: sawing.id, winner: 'coach', at: '2026-11-30T08:00:00.000Z', seenAt: null, ...fields };
  };
  const coachKept = note('2026-11-30', 'am', '2026-W49');
  const memberKept = note('2026-12-01', 'pm', '2026-W49', { winner: 'member', coachStationId: null });
  await db.rotaConflicts.bulkPut([coachKept, memberKept, note('2026-12-07', 'am', '2026-W50'), { ...note('2026-11-30', 'pm', '2026-W49'), teamId: uuidv7() }]);
  await db.versions.bulkPut([coachKept, memberKept].map((n) => ({ id: n.id, kind: 'rotaConflict' as const, version: 1 })));
  return { db, member, coachKept, memberKept };
}

describe('the coach’s list of rota clashes', { timeout: 20_000 }, () => {
  it('shows each clash of the week with the member, both places and the one kept, in words', async () => {
    const { db } = await setUp();
    renderWithServices(<RotaConflictList teamId={TEAM_ID} week="2026-W49" />, { db });
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [monday, tuesday] = items as [HTMLElement, HTMLElement];
    expect(monday.getAttribute('aria-label')).toBe('Ann, maandag 30 november, voormiddag');
    expect(within(monday).getByText('Inpakken')).toBeDefined();
    expect(within(monday).getByText('Zagen')).toBeDefined();
    // The kept place says so in words beside the coach's place, not by colour.
    expect(within(monday).getByText('Blijft').closest('.rota-conflict-place')?.textContent).toContain('Coach plaatste');
    // The member's animal and both stations' pictures.
    const pictures = [...monday.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(pictures).toEqual(expect.arrayContaining([pictogramRasterUrl('dog'), pictogramRasterUrl('package'), pictogramRasterUrl('hammer')]));
    expect(tuesday.getAttribute('aria-label')).toBe('Ann, dinsdag 1 december, namiddag');
    expect(within(tuesday).getByText('Pool')).toBeDefined();
    expect(within(tuesday).getByText('Blijft').closest('.rota-conflict-place')?.textContent).toContain('Koos zelf');
  });

  it('marks a clash seen: the note changes on this tablet and waits to sync', async () => {
    const { db, coachKept } = await setUp();
    const { syncRequests } = renderWithServices(<RotaConflictList teamId={TEAM_ID} week="2026-W49" />, { db });
    const [monday] = await screen.findAllByRole('listitem');
    await userEvent.click(within(monday!).getByRole('button', { name: 'Gezien' }));
    await waitFor(async () => expect((await db.rotaConflicts.get(coachKept.id))?.seenAt).toBe(FIXED_NOW.toISOString()));
    const [waiting] = await db.outbox.toArray();
    expect(waiting).toMatchObject({ kind: 'rotaConflict', op: 'patch', recordId: coachKept.id, data: { seenAt: FIXED_NOW.toISOString() }, baseVersion: 1 });
    expect(syncRequests).toContain('write');
    await waitFor(() => expect(within(screen.getAllByRole('listitem')[0]!).queryByRole('button')).toBeNull());
    expect(within(screen.getAllByRole('listitem')[0]!).getByText('Gezien')).toBeDefined();
    // The other clash still waits for the coach.
    expect(within(screen.getAllByRole('listitem')[1]!).getByRole('button', { name: 'Gezien' })).toBeDefined();
  });

  it('says so when the week has no clash', async () => {
    const { db } = await setUp();
    renderWithServices(<RotaConflictList teamId={TEAM_ID} week="2026-W48" />, { db });
    expect(await screen.findByText('Deze week botste niets.')).toBeDefined();
  });
});
