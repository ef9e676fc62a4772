import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech, type FakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { Card, Language, Order, Task } from '#shared/records.ts';
import { pictogramRasterUrl } from '#shared/pictograms.ts';
import { App } from '#kiosk/App.tsx';

// Wednesday 25 November 2026, local time: the tablet's clock in every test here, whatever day they run on.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

let speech: FakeSpeech;
beforeEach(() => {
  speech = installFakeSpeech(['nl-BE', 'fr-BE', 'en-GB']);
});
afterEach(() => {
  speech.uninstall();
});

/** Ann's day: the cards and orders given (the helper's own two tasks replaced), past the morning question. */
async function annsDay(plan: { card?: Partial<Card>; order: Partial<Order>; task?: Partial<Task> }[], options: { now?: Date; language?: Language; done?: number[] } = {}) {
  const setup = await enrolledDb();
  const { db, member, card, tasks } = setup;
  await db.tasks.clear();
  const planned: Task[] = [];
  for (const item of plan) {
    // Without a card of its own, a task gets the helper's card: two such are the same card twice.
    const c: Card = item.card ? { ...card, id: uuidv7(), ...item.card } : card;
    const o: Order = { id: uuidv7(), teamId: member.teamId, customer: 'Klant', product: 'Dozen', quantity: 100, due: at(25, 15).toISOString(), ...item.order };
    const task: Task = { ...(tasks[0] as Task), id: uuidv7(), cardId: c.id, orderId: o.id, ...item.task };
    await db.cards.put(c);
    await db.orders.put(o);
    planned.push(task);
  }
  await db.tasks.bulkPut(planned);
  for (const i of options.done ?? []) {
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: planned[i]!.id, memberId: member.id, good: 1, rejected: 0, completedAt: at(25, 8).toISOString() });
  }
  if (options.language) await db.members.put({ ...member, language: options.language });
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup();
  const now = options.now ?? at(25, 10);
  renderWithServices(<App />, { db, now: () => now });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  await screen.findByRole('heading', { name: /Vandaag|Aujourd'hui|Today/ });
  return { ...setup, planned, user };
}

const labels = { title: 'Etiket kleven', picto: 'label' };
const checking = { title: 'Stukken controleren', picto: 'magnifier' };

describe('Today', () => {
  it('shows my station from the rota, else the team’s default', async () => {
    const { db, member } = await enrolledDb();
    const sorting = { id: uuidv7(), teamId: member.teamId, name: 'Sorteren', picto: 'sort', load: 'light' as const };
    const packing = (await db.stations.toArray())[0]!;
    await db.stations.put(sorting);
    await db.teamSettings.put({ id: uuidv7(), teamId: member.teamId, defaultStationId: packing.id });
    await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByText('Plaats: Inpakken')).toBeDefined();

    await db.rotaSlots.put({ id: uuidv7(), teamId: member.teamId, memberId: member.id, stationId: sorting.id, day: '2026-11-25', shift: 'am', week: '2026-W48', placedBy: 'coach', pinned: true });
    expect(await screen.findByText('Plaats: Sorteren')).toBeDefined();
  });

  it('shows what is due today first, and keeps each later day’s cards behind that day’s picture', async () => {
    const { user } = await annsDay([{ order: { due: at(27, 14).toISOString() }, card: checking }, { order: { due: at(25, 15).toISOString() } }, { order: { due: at(26, 12).toISOString() }, card: labels }]);
    const today = screen.getByRole('button', { name: /^Dozen inpakken/ });
    expect(screen.queryByRole('button', { name: /^Etiket kleven/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Stukken controleren/ })).toBeNull();
    const thursday = screen.getByRole('button', { name: 'Voor donderdag 26 november 1 taak' });
    const friday = screen.getByRole('button', { name: 'Voor vrijdag 27 november 1 taak' });
    expect(thursday.getAttribute('aria-expanded')).toBe('false');
    // Today's card comes before the days behind it, and the days come soonest first.
    expect(today.compareDocumentPosition(thursday) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(thursday.compareDocumentPosition(friday) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The day picture: a calendar leaf with the weekday and the date.
    expect(thursday.querySelector('svg.day-picture')?.textContent).toBe('DO26');

    await user.click(thursday);
    expect(thursday.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^Etiket kleven/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Stukken controleren/ })).toBeNull();
  });

  it('with today’s tasks done, says so and opens the next day’s cards by themselves', async () => {
    await annsDay([{ order: { due: at(25, 9).toISOString() } }, { order: { due: at(26, 12).toISOString() }, card: labels }, { order: { due: at(27, 12).toISOString() }, card: checking }], { done: [0] });
    expect(screen.getByText('Voor vandaag is alles klaar.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Voor donderdag 26 november 1 taak' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^Etiket kleven/ })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Voor vrijdag 27 november 1 taak' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('tells two cards with the same picture apart by a number, the order’s mark and the quantity', async () => {
    await annsDay([
      { order: { due: at(25, 15).toISOString(), customer: 'Kustbrouwerij' }, task: { quantity: 30 } },
      { order: { due: at(25, 11).toISOString(), customer: 'Noordzee Foods' }, task: { quantity: 20 } },
    ]);
    const [first, second] = screen.getAllByRole('button', { name: /^Dozen inpakken/ }) as [HTMLElement, HTMLElement];
    expect(first.textContent).toContain('nummer 1 van 2');
    expect(first.textContent).toContain('Noordzee Foods');
    expect(first.textContent).toContain('20 stuks');
    expect(second.textContent).toContain('nummer 2 van 2');
    expect(second.textContent).toContain('Kustbrouwerij');
    expect(second.textContent).toContain('30 stuks');
    // The two orders' marks differ in shape, not only in colour.
    const shape = (card: HTMLElement) => card.querySelector('svg.order-mark')?.getAttribute('data-shape');
    expect(shape(first)).not.toBe(shape(second));
    expect(within(first).getByText('1', { selector: '.task-card-twin' })).toBeDefined();
  });

  it('says which order a task is for, by customer and order number, and marks a rush order with a picture', async () => {
    await annsDay([
      { order: { customer: 'Kustbrouwerij', reference: 'PO-4711', priority: 'rush' } },
      { order: { customer: 'Noordzee Foods', reference: 'NF-12' }, card: labels },
    ]);
    const rush = screen.getByRole('button', { name: /^Dozen inpakken/ });
    expect(rush.textContent).toContain('Kustbrouwerij nr. PO-4711');
    expect(rush.textContent).toContain('Spoed');
    expect(rush.querySelector('.task-card-rush img, .task-card-rush svg')).not.toBeNull();
    const normal = screen.getByRole('button', { name: /^Etiket kleven/ });
    expect(normal.textContent).toContain('Noordzee Foods nr. NF-12');
    expect(normal.textContent).not.toContain('Spoed');
  });

  it('marks a task late once its due time has passed, with a picture and in what the speak button says', async () => {
    const plan = [{ order: { due: at(25, 9).toISOString() } }, { order: { due: at(25, 15).toISOString() }, card: labels }];
    const { user } = await annsDay(plan, { now: at(25, 9, 30) });
    const late = screen.getByRole('button', { name: /^Dozen inpakken/ });
    const onTime = screen.getByRole('button', { name: /^Etiket kleven/ });
    expect(late.textContent).toContain('Te laat');
    expect(late.querySelector('.task-card-late-mark img')?.getAttribute('src')).toBe(pictogramRasterUrl('clock'));
    expect(onTime.textContent).not.toContain('Te laat');
    // One word per meaning: "Tegen" for when it is due, "Klaar" only for done.
    expect(onTime.textContent).toContain('Tegen 15:00');
    expect(onTime.textContent).not.toContain('Klaar');

    await user.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(speech.spoken[0]).toContain('Dozen inpakken, Te laat');
    expect(speech.spoken[0]).toContain('Etiket kleven, Tegen 15:00');
  });

  it('is not late before the due time', async () => {
    await annsDay([{ order: { due: at(25, 9).toISOString() } }], { now: at(25, 8, 59) });
    expect(screen.getByRole('button', { name: /^Dozen inpakken/ }).textContent).not.toContain('Te laat');
  });

  it.each([
    ['nl-BE', '2 van 3 taken klaar'],
    ['fr-BE', '2 tâches sur 3 finies'],
    ['en', '2 of 3 tasks done'],
  ] as const)('in %s the progress row is named and says "%s" on a tap', async (language, words) => {
    const { user } = await annsDay([{ order: {} }, { order: {}, card: labels }, { order: {}, card: checking }], { language, done: [0, 2] });
    const progress = await screen.findByRole('button', { name: words });
    await user.click(progress);
    await waitFor(() => {
      expect(speech.spoken).toEqual([words]);
    });
  });

  it('names each card in my language, or in the card’s first language when it has none in mine', async () => {
    const french = { title: 'Dozen inpakken', translations: { 'fr-BE': { title: 'Emballer les boîtes' } } };
    await annsDay([{ order: { due: at(25, 15).toISOString() }, card: french }, { order: { due: at(25, 16).toISOString() }, card: labels }], { language: 'fr-BE' });
    expect(screen.getByRole('button', { name: /^Emballer les boîtes/ })).toBeDefined();
    expect(screen.getByRole('button', { name: /^Etiket kleven/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Dozen inpakken/ })).toBeNull();
  });
});
