import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { CardStep, IluoLevel } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';

const step = (text: string, extra: Partial<CardStep> = {}): CardStep => ({ id: uuidv7(), picto: 'package', text, speech: `${text} (gezegd)`, ...extra });

/** Ann at the Inpakken station with a card of every step kind, past the morning question. */
async function openCard(level?: IluoLevel) {
  const setup = await enrolledDb();
  const { db, member, card } = setup;
  await db.cards.put({
    ...card,
    steps: [
      step('Neem een doos.', { key: true }),
      step('Tel vier stukken.', { kind: 'count', target: 4, key: true }),
      step('Wacht tot de lijm droog is.', { kind: 'timer', seconds: 3 }),
      step('Is de doos dicht?', { kind: 'check', key: true }),
    ],
  });
  if (level) await db.skills.put({ id: uuidv7(), teamId: member.teamId, memberId: member.id, stationId: card.stationId, level });
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {});
  const rendered = renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
  await screen.findByRole('button', { name: 'Naar mijn taken' });
  return { ...setup, user, rendered };
}

/** The card's count step asks for four: "next" waits until they are counted. */
async function countToFour(user: ReturnType<typeof userEvent.setup>) {
  for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Eén erbij' }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the step player', () => {
  it('counts pieces with a big tap, and undoes the last tap', async () => {
    const { user } = await openCard();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Tel vier stukken.')).toBeDefined();
    const more = screen.getByRole('button', { name: 'Eén erbij' });
    for (let i = 0; i < 4; i++) await user.click(more);
    expect(screen.getByText('4 van 4')).toBeDefined();
    expect(screen.getByText('Genoeg geteld!')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByText('3 van 4')).toBeDefined();
    expect(screen.queryByText('Genoeg geteld!')).toBeNull();

    // Undo also takes back a step: "next" then undo returns to the count, with the count kept.
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Stap 3 van 4')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByText('4 van 4')).toBeDefined();
  });

  it('asks yes or no with thumbs, and says to stop and ask the coach on "no"', async () => {
    const { user } = await openCard();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await countToFour(user);
    for (let i = 0; i < 2; i++) await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Nee' }));
    expect(screen.getByRole('button', { name: 'Nee' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Stop. Vraag hulp aan je coach.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    expect(screen.queryByText('Stop. Vraag hulp aan je coach.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tellen' }));
    expect(await screen.findByRole('heading', { name: 'Hoeveel stukken?' })).toBeDefined();
  });

  it('speaks every step as it appears at level I', async () => {
    const speech = installFakeSpeech();
    try {
      const { user } = await openCard('I');
      await waitFor(() => {
        expect(speech.spoken).toEqual(['Neem een doos. (gezegd)']);
      });
      await user.click(screen.getByRole('button', { name: 'Volgende' }));
      await waitFor(() => {
        expect(speech.spoken.at(-1)).toBe('Tel vier stukken. (gezegd)');
      });
    } finally {
      speech.uninstall();
    }
  });

  it('shows only the key steps at level U and a one-screen summary at level O', async () => {
    const u = await openCard('U');
    expect(screen.getByText('Stap 1 van 3')).toBeDefined();
    await u.user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Tel vier stukken.')).toBeDefined();
    await countToFour(u.user);
    await u.user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Is de doos dicht?')).toBeDefined();
    u.rendered.unmount();

    await openCard('O');
    expect(screen.getAllByRole('listitem').filter((li) => li.className === 'summary-step')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Tellen' })).toBeDefined();
  });

  it('keeps the steps it started with when a sync changes the member’s level mid-task', async () => {
    const { db, member, card, user } = await openCard('L');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Stap 2 van 4')).toBeDefined();
    const [skill] = await db.skills.toArray();
    await db.skills.put({ ...skill!, memberId: member.id, stationId: card.stationId, level: 'O' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('Stap 2 van 4')).toBeDefined();
    expect(screen.getByText('Tel vier stukken.')).toBeDefined();
  });

  it('follows the coach’s override over the skills matrix', async () => {
    const { db, member, card } = await enrolledDb();
    await db.members.put({ ...member, detailOverrides: { [card.stationId]: 'O' } });
    await db.skills.put({ id: uuidv7(), teamId: member.teamId, memberId: member.id, stationId: card.stationId, level: 'I' });
    await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
    expect(await screen.findByRole('button', { name: 'Tellen' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Volgende' })).toBeNull();
  });

  it('keeps the card a task started with when the coach saves a new version, and uses the new one next time', async () => {
    const { db, card, user } = await openCard();
    await db.cards.put({ ...card, version: 2, steps: [step('Nieuwe eerste stap.')] });
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Tel vier stukken.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.click(screen.getByRole('button', { name: 'Naar mijn taken' }));
    await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
    expect(await screen.findByText('Nieuwe eerste stap.')).toBeDefined();
  });
});
