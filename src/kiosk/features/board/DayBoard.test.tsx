import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { displayMode, setDisplayMode } from '#db/displaySetting.ts';
import type { Card, Member, Order, Station, Task, TaskCompletion } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech, type FakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';

// The test tablet's clock: Wednesday 25 November 2026, 09:30 local time (FIXED_NOW).
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();

let speech: FakeSpeech;
beforeEach(() => {
  speech = installFakeSpeech(['nl-BE']);
});
afterEach(() => {
  speech.uninstall();
});

interface Plan {
  readonly order: Partial<Order> & Pick<Order, 'customer' | 'quantity' | 'due'>;
  /** Good pieces done, by when. */
  readonly done?: readonly { good: number; at: string }[];
  readonly card?: Partial<Card>;
  readonly memberToday?: boolean;
}

/** The team's orders as given, each with one task on the helper's station; the helper's own order removed. */
async function workshop(plans: readonly Plan[]) {
  const setup = await enrolledDb();
  const { db, member, card } = setup;
  await db.orders.clear();
  await db.tasks.clear();
  const station: Station = { id: uuidv7(), teamId: member.teamId, name: 'Etiketten', picto: 'label', load: 'light' };
  await db.stations.put(station);
  const tasks: Task[] = [];
  for (const plan of plans) {
    const c: Card = plan.card ? { ...card, id: uuidv7(), stationId: station.id, ...plan.card } : card;
    await db.cards.put(c);
    const order: Order = { id: uuidv7(), teamId: member.teamId, product: 'Dozen', cardId: c.id, ...plan.order };
    await db.orders.put(order);
    const task: Task = { id: uuidv7(), teamId: member.teamId, orderId: order.id, cardId: c.id, stationId: c.stationId, day: '2026-11-25', memberId: plan.memberToday === false ? null : member.id, quantity: order.quantity };
    tasks.push(task);
    await db.tasks.put(task);
    for (const d of plan.done ?? []) await db.taskCompletions.put(completion(member, task, d.good, d.at));
  }
  return { ...setup, tasks };
}

function completion(member: Member, task: Task, good: number, completedAt: string): TaskCompletion {
  return { id: uuidv7(), teamId: member.teamId, taskId: task.id, memberId: member.id, good, rejected: 0, completedAt };
}

async function showBoard(db: SchakelDb, now?: () => Date) {
  await setDisplayMode(db, 'board');
  const rendered = renderWithServices(<App />, { db, ...(now ? { now } : {}) });
  await screen.findByRole('heading', { name: 'Dagbord', level: 1 }, { timeout: 10_000 });
  return rendered;
}

const cardOf = (name: RegExp) => screen.getByRole('article', { name });

describe('the day board', { timeout: 20_000 }, () => {
  it('shows every open order as a card, the ones behind first with a picture and a word, and says why', async () => {
    const { db } = await workshop([
      // 240 yesterday, 60 since 08:00 (40 an hour): 200 left take 5 hours → 14:30, after 11:00.
      { order: { customer: 'Acme', reference: '4711', quantity: 500, due: at(25, 11) }, done: [{ good: 240, at: at(24, 14) }, { good: 60, at: at(25, 9) }] },
      // Due yesterday and not done.
      { order: { customer: 'Beta', reference: 'B-1', quantity: 100, due: at(24, 15) }, done: [{ good: 10, at: at(24, 14) }] },
      // Nothing yet today: the card's 20 an hour for the one member on it → 14:30, before tomorrow noon.
      { order: { customer: 'Ceres', product: 'Flessen', quantity: 100, due: at(26, 12), priority: 'rush' }, card: { picto: 'drop', piecesPerHour: 20 } },
      // Finished this morning: still on the board, marked done.
      { order: { customer: 'Delta', quantity: 50, due: at(25, 15) }, done: [{ good: 50, at: at(25, 9) }] },
      // Finished yesterday, and cancelled: not on the board.
      { order: { customer: 'Echo', quantity: 50, due: at(24, 15) }, done: [{ good: 50, at: at(24, 12) }] },
      { order: { customer: 'Fox', quantity: 50, due: at(25, 15), cancelled: true } },
    ]);
    await showBoard(db);
    await screen.findByRole('article', { name: /Acme/ });

    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual(['Beta · B-1', 'Acme · 4711', 'Ceres', 'Delta']);
    expect(document.querySelector('.dayboard-summary')?.textContent).toBe('3 open, 2 te laat');

    const acme = cardOf(/Acme/);
    expect(acme.textContent).toContain('300 / 500');
    expect(within(acme).getByRole('progressbar', { name: 'Goede stuks: 300 van 500' }).getAttribute('aria-valuenow')).toBe('300');
    expect(acme.textContent).toContain('Te laat verwacht');
    expect(acme.textContent).toContain('Klaar om 14:30');
    expect(acme.textContent).toContain('Tegen 11:00');
    expect(acme.textContent).toContain('Inpakken');
    await userEvent.setup({ delay: null }).click(within(acme).getByRole('button', { name: 'Lees voor' }));
    expect(speech.spoken).toEqual(['Bestelling 4711 voor Acme: 300 van 500 stuks, klaar om 14:30, dat is na 11:00.']);

    const beta = cardOf(/Beta/);
    expect(beta.textContent).toContain('Over tijd');
    expect(beta.textContent).toContain('10 / 100');
    expect(within(beta).getByRole('button', { name: 'Lees voor' })).toBeDefined();

    const ceres = cardOf(/Ceres/);
    expect(ceres.textContent).toContain('Spoed');
    expect(ceres.textContent).toContain('Flessen');
    expect(ceres.textContent).toContain('Etiketten');
    expect(ceres.textContent).toContain('Op tijd');
    expect(ceres.textContent).toContain('Klaar om 14:30');
    // Due tomorrow: the clock says the day.
    expect(ceres.textContent).toMatch(/Tegen do\.? 12:00/);
    // On time: nothing to warn about, nothing extra to say.
    expect(within(ceres).queryByRole('button', { name: 'Lees voor' })).toBeNull();
    expect(ceres.querySelector('img[src*="1F4A7"]')).not.toBeNull();

    const delta = cardOf(/Delta/);
    expect(delta.textContent).toContain('Klaar');
    expect(delta.textContent).toContain('50 / 50');
    expect(screen.queryByText(/Echo|Fox/)).toBeNull();
  });

  it('moves the bar by itself when a completion lands in IndexedDB (as the long poll writes them)', async () => {
    const { db, member, tasks } = await workshop([{ order: { customer: 'Acme', reference: '4711', quantity: 500, due: at(25, 16) }, done: [{ good: 120, at: at(25, 9) }] }]);
    await showBoard(db);
    expect((await screen.findByRole('article', { name: /Acme/ })).textContent).toContain('120 / 500');
    await db.taskCompletions.put(completion(member, tasks[0]!, 40, at(25, 9, 20)));
    await waitFor(() => {
      expect(cardOf(/Acme/).textContent).toContain('160 / 500');
    });
    expect(within(cardOf(/Acme/)).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('160');
  });

  it('looks at the clock every 30 seconds: an order turns overdue when its due time passes', async () => {
    const { db } = await workshop([{ order: { customer: 'Acme', quantity: 500, due: at(25, 10) }, done: [{ good: 450, at: at(25, 9) }] }]);
    // Only the board's interval is faked: IndexedDB keeps its own timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = new Date(2026, 10, 25, 9, 30);
      await showBoard(db, () => now);
      expect((await screen.findByRole('article', { name: /Acme/ })).textContent).toContain('Op tijd');
      expect(screen.getByText('09:30')).toBeDefined();
      now = new Date(2026, 10, 25, 10, 1);
      act(() => {
        vi.advanceTimersByTime(30_000);
      });
      expect(cardOf(/Acme/).textContent).toContain('Over tijd');
      expect(screen.getByText('10:01')).toBeDefined();
      expect(document.querySelector('.dayboard-summary')?.textContent).toBe('1 open, 1 te laat');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so when there is no open order', async () => {
    const { db } = await workshop([]);
    await showBoard(db);
    expect(await screen.findByText('Geen open bestellingen.')).toBeDefined();
    expect(document.querySelector('.dayboard-summary')?.textContent).toBe('0 open, 0 te laat');
  });
});

describe('board mode', { timeout: 20_000 }, () => {
  it('is switched on the photo grid, stays after the app starts again, and is left with Naar de leden', async () => {
    const { db } = await workshop([{ order: { customer: 'Acme', quantity: 500, due: at(25, 16) } }]);
    const user = userEvent.setup({ delay: null });
    const first = renderWithServices(<App />, { db });
    expect(await screen.findByRole('button', { name: 'Ann' })).toBeDefined();
    await user.click(await screen.findByRole('button', { name: 'Dagbord' }));
    expect(await screen.findByRole('heading', { name: 'Dagbord', level: 1 }, { timeout: 10_000 })).toBeDefined();
    expect(await screen.findByRole('article', { name: /Acme/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Ann' })).toBeNull();
    expect(await displayMode(db)).toBe('board');
    // A setting of this tablet alone: nothing waits to be synced.
    expect(await db.outbox.count()).toBe(0);

    first.unmount();
    renderWithServices(<App />, { db });
    expect(await screen.findByRole('heading', { name: 'Dagbord', level: 1 }, { timeout: 10_000 })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Ann' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Naar de leden' }));
    expect(await screen.findByRole('button', { name: 'Ann' })).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Dagbord', level: 1 })).toBeNull();
    expect(await displayMode(db)).toBe('members');
  });
});
