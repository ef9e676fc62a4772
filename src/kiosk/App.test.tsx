import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from './App.tsx';
import { useAppStore } from './state/store.ts';

describe('a member’s shift on the tablet', () => {
  it('signs in by picture, answers the face question, does a task step by step and saves the counts', async () => {
    const { db, member } = await enrolledDb();
    const user = userEvent.setup();
    const { syncRequests } = renderWithServices(<App />, { db });

    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Goed' }));
    await user.click(await screen.findByRole('button', { name: 'Klaar' }));
    await waitFor(async () => {
      expect(await db.checkins.toArray()).toMatchObject([{ memberId: member.id, score: 3, scale: 3, moment: 'start' }]);
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
    // The task's reward, then back to Today.
    await user.click(await screen.findByRole('button', { name: 'Naar mijn taken' }));

    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    const completions = await db.taskCompletions.toArray();
    expect(completions).toMatchObject([{ memberId: member.id, good: 19, rejected: 1, cardVersion: 1 }]);
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

describe('several members on one tablet, offline', () => {
  it('keeps each member’s unsynced work, with its author, when the next one signs in', async () => {
    const { db, member: ann } = await enrolledDb();
    const bart = { ...ann, id: '01900000-0000-7000-8000-0000000000b2', name: 'Bart', avatar: 'cat' };
    await db.members.put(bart);
    await db.tasks.put({ ...(await db.tasks.toArray())[0]!, id: '01900000-0000-7000-8000-0000000000c2', memberId: bart.id });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });

    for (const name of ['Ann', 'Bart']) {
      await user.click(await screen.findByRole('button', { name }));
      await user.click(await screen.findByRole('button', { name: 'Nu niet' }));
      await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
      for (let i = 0; i < 3; i++) await user.click(await screen.findByRole('button', { name: /Volgende|Tellen/ }));
      await user.click(await screen.findByRole('button', { name: 'Klaar' }));
      await user.click(await screen.findByRole('button', { name: 'Naar mijn taken' }));
      await screen.findByRole('heading', { name: 'Vandaag' });
      await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    }

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.kind, e.actorMemberId])).toEqual([
      ['taskCompletion', ann.id],
      ['taskCompletion', bart.id],
    ]);
    expect((await db.taskCompletions.toArray()).map((c) => c.memberId).sort()).toEqual([ann.id, bart.id].sort());
  });
});

describe('a tablet the coordinator switched off', () => {
  it('says so and offers to enrol again, keeping what waits', async () => {
    const { db, member, tasks } = await enrolledDb();
    await db.outbox.add({ seq: 1, mutationId: '01900000-0000-7000-8000-0000000000e1', kind: 'taskCompletion', recordId: tasks[0]!.id, op: 'insert', data: {}, baseVersion: null, hlc: '000000000000001-00000-abc', actorMemberId: member.id, schemaVersion: 1, createdAt: '2026-11-25T09:00:00Z' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await screen.findByRole('button', { name: 'Ann' });
    act(() => {
      useAppStore.getState().setSyncStatus({ running: false, lastOutcome: 'unauthorised', lastMessage: 'This tablet was switched off by the coordinator.', lastCode: 'device_revoked', failures: 1 });
    });
    const banner = (await screen.findByRole('alert')).textContent;
    expect(banner).toContain('Deze tablet is losgekoppeld.');
    // In the screen's language, by the server's code: never the server's English sentence.
    expect(banner).toContain('De coördinator heeft deze tablet uitgeschakeld.');
    expect(banner).not.toContain('switched off');
    await user.click(screen.getByRole('button', { name: 'Opnieuw koppelen' }));
    expect(await screen.findByRole('heading', { name: 'Tablet koppelen' })).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.members.count()).toBe(1);
  });
});
