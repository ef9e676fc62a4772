import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from '#kiosk/App.tsx';

describe('help', () => {
  it('lets a member call the coach by picture from any screen, and shows when the coach has seen it', async () => {
    const { db, member } = await enrolledDb();
    const user = userEvent.setup();
    const { syncRequests } = renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Hulp' }));
    expect(screen.getByRole('dialog', { name: 'Waarvoor heb je hulp nodig?' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Machine kapot' }));
    await waitFor(async () => {
      expect(await db.helpCalls.toArray()).toMatchObject([{ memberId: member.id, reason: 'machine' }]);
    });
    expect(await screen.findByRole('button', { name: 'Coach komt' })).toBeDefined();
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.actorMemberId])).toEqual([['helpCall', member.id]]);
    expect(syncRequests).toContain('write');

    const [call] = await db.helpCalls.toArray();
    await db.helpAcks.put({ id: '01900000-0000-7000-8000-0000000000f1', teamId: member.teamId, callId: call!.id, ackedAt: FIXED_NOW.toISOString() });
    expect(await screen.findByRole('button', { name: 'Coach zag het' })).toBeDefined();
  });

  it('shows a coach tablet the open calls and records "seen"', async () => {
    const { db, member } = await enrolledDb();
    await db.device.update('self', { role: 'coach' });
    await db.helpCalls.put({ id: '01900000-0000-7000-8000-0000000000f2', teamId: member.teamId, memberId: member.id, reason: 'unwell', calledAt: FIXED_NOW.toISOString() });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    const panel = await screen.findByRole('region', { name: '1 hulpvraag' });
    expect(panel.textContent).toContain('Ik voel me niet goed');
    await user.click(screen.getByRole('button', { name: 'Gezien: Ann' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /hulpvraag/ })).toBeNull();
    });
    expect((await db.outbox.toArray()).map((e) => e.kind)).toEqual(['helpAck']);
  });
});
