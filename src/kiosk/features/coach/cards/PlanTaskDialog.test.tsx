import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

describe('planning a card for today', { timeout: 20_000 }, () => {
  it('puts the card on the chosen member’s day as a task for an order, ready to sync', async () => {
    const { db, member, card, syncRequests } = await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Plan vandaag: Dozen inpakken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dozen inpakken plannen voor vandaag' });
    expect(dialog).toBeDefined();
    const quantity = screen.getByRole('spinbutton', { name: 'Hoeveel stukken' });
    await user.clear(quantity);
    await user.type(quantity, '0');
    expect(screen.getByRole('alert').textContent).toContain('Typ een aantal van 1 tot 100.000.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Op de planning zetten' }).disabled).toBe(true);
    await user.clear(quantity);
    await user.type(quantity, '12');
    const before = await db.tasks.count();
    await user.click(screen.getByRole('button', { name: 'Op de planning zetten' }));

    expect(await screen.findByText('“Dozen inpakken” staat vandaag bij Ann.')).toBeDefined();
    await waitFor(async () => {
      expect(await db.tasks.count()).toBe(before + 1);
    });
    const planned = (await db.tasks.toArray()).find((t) => t.quantity === 12);
    expect(planned).toMatchObject({ memberId: member.id, cardId: card.id, stationId: card.stationId, day: '2026-11-25' });
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([['task', 'insert']]);
    expect(syncRequests).toContain('write');
  });
});
