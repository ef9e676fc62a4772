import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '../../tests/helpers/enrolledDb.ts';
import { renderWithServices } from '../../tests/helpers/renderApp.tsx';
import { App } from './App.tsx';

describe('a member’s shift on the tablet', () => {
  it('signs in by picture, answers the face question, does a task step by step and saves the counts', async () => {
    const { db, member } = await enrolledDb();
    const user = userEvent.setup();
    const { syncRequests } = renderWithServices(<App />, { db });

    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Goed' }));
    await waitFor(async () => {
      expect(await db.checkins.toArray()).toMatchObject([{ memberId: member.id, score: 3, moment: 'start' }]);
    });

    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    const cards = screen.getAllByRole('button', { name: /Dozen inpakken/ });
    expect(cards).toHaveLength(2);
    await user.click(cards[0] as HTMLElement);

    expect(await screen.findByText('Stap 1 van 3')).toBeDefined();
    expect(screen.getByRole('list', { name: 'Draag dit' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Neem een doos.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    expect(screen.getByText('Stap 1 van 3')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Tellen' }));

    await user.click(await screen.findByRole('button', { name: 'Eén meer: Foute stukken' }));
    await user.click(screen.getByRole('button', { name: 'Eén minder: Goede stukken' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));

    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    const completions = await db.taskCompletions.toArray();
    expect(completions).toMatchObject([{ memberId: member.id, good: 19, rejected: 1 }]);
    expect((await db.outbox.toArray()).map((e) => e.kind)).toEqual(['checkin', 'taskCompletion']);
    expect(syncRequests).toContain('write');
    expect(screen.getAllByRole('button', { name: /Dozen inpakken/ }).filter((b) => !(b as HTMLButtonElement).disabled)).toHaveLength(1);
  });

  it('lets the member skip the question, and does not ask again that day', async () => {
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Nu niet' }));
    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    expect(await db.checkins.count()).toBe(0);
  });

  it('shows the enrolment screen on a tablet that is not enrolled', async () => {
    const { db } = await enrolledDb();
    await db.device.clear();
    renderWithServices(<App />, { db });
    expect(await screen.findByRole('heading', { name: 'Tablet koppelen' })).toBeDefined();
  });
});
