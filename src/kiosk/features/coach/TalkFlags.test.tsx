import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '#tests/helpers/renderApp.tsx';
import type { Checkin } from '#shared/records.ts';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

const checkin = (memberId: string, teamId: string, id: string, wantsTalk: boolean): Checkin => ({
  id, teamId, memberId, day: '2026-11-25', moment: 'start', score: 1, wantsTalk, answeredAt: FIXED_NOW.toISOString(),
});

describe('talk flags on a coach tablet', () => {
  it('never shows who wants to talk outside coach mode, to whoever holds the tablet', async () => {
    const { db, member } = await renderCoachTablet();
    await db.checkins.put(checkin(member.id, member.teamId, '01900000-0000-7000-8000-0000000007a0', true));
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('button', { name: 'Ann' });
    await user.click(screen.getByRole('button', { name: 'Ann' }));
    await screen.findByRole('button', { name: 'Goed' });
    expect(screen.queryByRole('region', { name: /wil praten/ })).toBeNull();
    expect(screen.queryByText(/Ann \(/)).toBeNull();
  });

  it('lists check-ins where a member asked to talk, and acknowledges one with a helpAck naming the check-in', async () => {
    const { db, member } = await renderCoachTablet('unlocked');
    const talk = checkin(member.id, member.teamId, '01900000-0000-7000-8000-0000000007a1', true);
    await db.checkins.bulkPut([talk, checkin(member.id, member.teamId, '01900000-0000-7000-8000-0000000007a2', false)]);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: /^Meldingen/ }));

    const region = await screen.findByRole('region', { name: '1 persoon wil praten' });
    expect(region.textContent).toContain('Ann');
    expect(region.textContent).toContain('begin van de dag');
    await user.click(screen.getByRole('button', { name: 'Praatvraag gezien: Ann' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /wil praten/ })).toBeNull();
    });
    expect(await db.helpAcks.toArray()).toMatchObject([{ callId: talk.id, teamId: member.teamId }]);
    expect((await db.outbox.toArray()).map((e) => e.kind)).toEqual(['helpAck']);
  });

  it('shows the flags in coach mode too, and says when there are none', async () => {
    const { db, member } = await renderCoachTablet('unlocked');
    await db.checkins.put(checkin(member.id, member.teamId, '01900000-0000-7000-8000-0000000007a3', true));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: /^Meldingen/ }));
    expect(await screen.findAllByRole('region', { name: '1 persoon wil praten' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Praatvraag gezien: Ann' }));
    expect(await screen.findByText('Er zijn geen open hulpvragen en niemand vraagt om te praten.')).toBeDefined();
  });
});
