import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

/** What a sync does once the server has taken the call: its outbox entry goes. */
async function serverTakes(db: SchakelDb, callId: string) {
  await db.outbox.where('recordId').equals(callId).delete();
}

async function coachSees(db: SchakelDb, teamId: string, callId: string) {
  await db.helpAcks.put({ id: '01900000-0000-7000-8000-0000000000f1', teamId, callId, ackedAt: FIXED_NOW.toISOString() });
}

describe('help', () => {
  it('lets a member call the coach by picture from any screen, and says "Coach komt" only once the server has the call', async () => {
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
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.actorMemberId])).toEqual([['helpCall', member.id]]);
    expect(syncRequests).toContain('write');
    // Online, on its way, but not there yet: no promise that the coach comes.
    const dialog = await screen.findByRole('dialog', { name: 'Machine kapot' });
    expect(await within(dialog).findByText('Je vraag wordt verstuurd.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Verzenden' })).toBeDefined();

    const [call] = await db.helpCalls.toArray();
    await serverTakes(db, call!.id);
    expect(await within(dialog).findByText('Je vraag is bij je coach. Je coach komt.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Coach komt' })).toBeDefined();

    await coachSees(db, member.teamId, call!.id);
    expect(await within(dialog).findByText('Je coach zag je vraag.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Coach zag het' })).toBeDefined();
  });

  it('says offline, in picture and speech, that the call waits and the member should walk to the coach; then "seen" when it arrives', async () => {
    const speech = installFakeSpeech();
    try {
      const { db, member } = await enrolledDb();
      const user = userEvent.setup();
      renderWithServices(<App />, { db });
      act(() => {
        useAppStore.getState().setOnline(false);
      });
      await user.click(await screen.findByRole('button', { name: 'Ann' }));
      await user.click(await screen.findByRole('button', { name: 'Hulp' }));
      await user.click(screen.getByRole('button', { name: 'Ik wil pauze' }));

      const waiting = 'Je vraag is nog niet verstuurd: geen verbinding. Ga zelf naar je coach.';
      const dialog = await screen.findByRole('dialog', { name: 'Ik wil pauze' });
      const status = await within(dialog).findByRole('status');
      expect(status.textContent).toBe(waiting);
      expect(status.querySelector('img')?.getAttribute('src')).toBe('/pictograms/1F6B6.webp');
      expect(screen.queryByText(/Coach komt|Je coach komt/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Wacht nog' })).toBeDefined();
      await user.click(within(status).getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken.at(-1)).toBe(waiting);

      // Back online, the call reaches the server, and a coach taps "seen".
      const [call] = await db.helpCalls.toArray();
      act(() => {
        useAppStore.getState().setOnline(true);
      });
      await serverTakes(db, call!.id);
      await coachSees(db, member.teamId, call!.id);
      expect(await within(dialog).findByText('Je coach zag je vraag.')).toBeDefined();
      expect(screen.getByRole('button', { name: 'Coach zag het' })).toBeDefined();
      await user.click(within(dialog).getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken.at(-1)).toBe('Je coach zag je vraag.');
    } finally {
      speech.uninstall();
    }
  });

  it('does not promise the coach when the network is up but the last sync failed', async () => {
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    act(() => {
      useAppStore.getState().setSyncStatus({ running: false, lastOutcome: 'server', lastMessage: 'down', failures: 1 });
    });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Hulp' }));
    await user.click(screen.getByRole('button', { name: 'Materiaal op' }));
    expect(await screen.findByText('Je vraag is nog niet verstuurd: geen verbinding. Ga zelf naar je coach.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Wacht nog' })).toBeDefined();
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

  it('shows the coach where a call from a task came from: the card, the step number and its picture', async () => {
    const { db, member, card, tasks } = await enrolledDb();
    await db.device.update('self', { role: 'coach' });
    const step = card.steps[1]!;
    await db.cards.put({ ...card, steps: card.steps.map((s) => (s.id === step.id ? { ...s, picto: 'tape' } : s)) });
    await db.helpCalls.put({
      id: '01900000-0000-7000-8000-0000000000f3', teamId: member.teamId, memberId: member.id, reason: 'checkFailed', calledAt: FIXED_NOW.toISOString(),
      taskId: tasks[0]!.id, cardId: card.id, stepId: step.id, stepIndex: 1,
    });
    renderWithServices(<App />, { db });
    const panel = await screen.findByRole('region', { name: '1 hulpvraag' });
    expect(await within(panel).findByText('Dozen inpakken, stap 2')).toBeDefined();
    expect(panel.textContent).toContain('Het klopt niet');
    expect([...panel.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toContain('/pictograms/1FA79.svg');
  });
});
