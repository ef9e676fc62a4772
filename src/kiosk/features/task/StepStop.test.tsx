import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { CardStep } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';

const step = (text: string, extra: Partial<CardStep> = {}): CardStep => ({ id: uuidv7(), picto: 'package', text, speech: text, ...extra });

/** Ann opens a card whose second step is a check and third a count of three. */
async function openCard() {
  const setup = await enrolledDb();
  const { db, member, card } = setup;
  const steps = [step('Neem een doos.'), step('Is de doos dicht?', { kind: 'check' }), step('Tel drie stukken.', { kind: 'count', target: 3 }), step('Zet de doos op de kar.')];
  await db.cards.put({ ...card, steps });
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup();
  const rendered = renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
  await screen.findByText('Stap 1 van 4');
  return { ...setup, steps, user, rendered };
}

const next = () => screen.getByRole('button', { name: 'Volgende' });

async function coachSeesAll(db: SchakelDb, teamId: string) {
  for (const call of await db.helpCalls.toArray()) await db.helpAcks.put({ id: uuidv7(), teamId, callId: call.id, ackedAt: FIXED_NOW.toISOString() });
}

describe('a step that stops the task', () => {
  it('stops on "no": next does not go on, one tap calls the coach with the step and the reason, and the coach’s "seen" lets the member go on', async () => {
    const { db, member, card, tasks, steps, user, rendered } = await openCard();
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Nee' }));
    expect(screen.getByText('Stop. Vraag hulp aan je coach.')).toBeDefined();
    expect(next().getAttribute('aria-disabled')).toBe('true');
    await user.click(next());
    expect(screen.getByText('Stap 2 van 4')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Roep je coach' }));
    await waitFor(async () => {
      expect(await db.helpCalls.toArray()).toEqual([
        expect.objectContaining({ memberId: member.id, reason: 'checkFailed', taskId: tasks[0]!.id, cardId: card.id, stepId: steps[1]!.id, stepIndex: 1 }),
      ]);
    });
    expect(rendered.syncRequests).toContain('write');
    // Sent, not yet seen: still stopped, and the screen says where the call is.
    expect(await screen.findByText('Je vraag wordt verstuurd.')).toBeDefined();
    await user.click(next());
    expect(screen.getByText('Stap 2 van 4')).toBeDefined();

    await coachSeesAll(db, member.teamId);
    expect(await screen.findByText('Je coach zag je vraag.')).toBeDefined();
    await waitFor(() => {
      expect(next().getAttribute('aria-disabled')).toBe('false');
    });
    await user.click(next());
    expect(screen.getByText('Stap 3 van 4')).toBeDefined();
  });

  it('goes on without a call once the answer is changed to "yes"', async () => {
    const { db, user } = await openCard();
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Nee' }));
    await user.click(next());
    expect(screen.getByText('Stap 2 van 4')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    expect(screen.queryByRole('button', { name: 'Roep je coach' })).toBeNull();
    await user.click(next());
    expect(screen.getByText('Stap 3 van 4')).toBeDefined();
    expect(await db.helpCalls.count()).toBe(0);
  });

  it('does not pass a count below its target except through the coach: next says why and offers the call', async () => {
    const { db, member, steps, user } = await openCard();
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    await user.click(next());
    const more = screen.getByRole('button', { name: 'Eén erbij' });
    await user.click(more);
    await user.click(more);
    expect(screen.getByText('2 van 3')).toBeDefined();
    await user.click(next());
    expect(screen.getByText('Stap 3 van 4')).toBeDefined();
    const stop = screen.getByText('Nog niet genoeg geteld. Tel verder, of roep je coach.');
    expect(stop).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Roep je coach' }));
    await waitFor(async () => {
      expect(await db.helpCalls.toArray()).toEqual([expect.objectContaining({ reason: 'material', stepId: steps[2]!.id, stepIndex: 2 })]);
    });
    await user.click(next());
    expect(screen.getByText('Stap 3 van 4')).toBeDefined();
    await coachSeesAll(db, member.teamId);
    await waitFor(() => {
      expect(next().getAttribute('aria-disabled')).toBe('false');
    });
    await user.click(next());
    expect(screen.getByText('Stap 4 van 4')).toBeDefined();
  });

  it('lets a count go on once it reaches the target, with no call', async () => {
    const { db, user } = await openCard();
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    await user.click(next());
    const section = screen.getByRole('region', { name: 'Tellen' });
    for (let i = 0; i < 3; i++) await user.click(within(section).getByRole('button', { name: 'Eén erbij' }));
    await user.click(next());
    expect(screen.getByText('Stap 4 van 4')).toBeDefined();
    expect(await db.helpCalls.count()).toBe(0);
  });
});
