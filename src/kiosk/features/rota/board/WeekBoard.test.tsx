import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { uuidv7 } from 'uuidv7';
import type { Member, Station } from '#shared/records.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { agreeWeek, placeInSlot } from '#db/rotaRepository.ts';
import { enrolledDb, TEAM_ID } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech, type FakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { WeekBoard } from './WeekBoard.tsx';

/**
 * The week board in both modes, on a small team: Ann (U at Inpakken), Bob
 * (I at Zagen, a heavy station, and U at Inpakken) and Cas (away on Monday
 * morning), in the week of the test clock (2026-W48, Monday 23 November).
 */
const WEEK = '2026-W48';
const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';
const ctx = (actorMemberId: string | null = null) => ({ actorMemberId, now: FIXED_NOW, newId: uuidv7 });

interface BoardTeam {
  readonly db: SchakelDb;
  readonly ann: Member;
  readonly bob: Member;
  readonly cas: Member;
  readonly packing: Station;
  readonly sawing: Station;
}

async function boardTeam(): Promise<BoardTeam> {
  const { db, member: ann } = await enrolledDb();
  const packing = (await db.stations.toArray())[0];
  if (!packing) throw new Error('enrolledDb has a station');
  const sawing: Station = { id: uuidv7(), teamId: TEAM_ID, name: 'Zagen', picto: 'gear', load: 'heavy' };
  const bob: Member = { id: uuidv7(), teamId: TEAM_ID, name: 'Bob', avatar: 'cat', language: 'nl-BE' };
  const cas: Member = { id: uuidv7(), teamId: TEAM_ID, name: 'Cas', avatar: 'fox', language: 'nl-BE' };
  await db.stations.put(sawing);
  await db.members.bulkPut([bob, cas]);
  const skill = (memberId: string, stationId: string, level: 'I' | 'L' | 'U' | 'O') => ({ id: requireNaturalId('skill', { teamId: TEAM_ID, memberId, stationId }), teamId: TEAM_ID, memberId, stationId, level });
  await db.skills.bulkPut([skill(ann.id, packing.id, 'U'), skill(bob.id, sawing.id, 'I'), skill(bob.id, packing.id, 'U'), skill(cas.id, packing.id, 'U')]);
  const away = { teamId: TEAM_ID, memberId: cas.id, day: MONDAY, shift: 'am' as const };
  await db.availability.put({ id: requireNaturalId('availability', away), ...away, present: false, reason: 'ill' });
  return { db, ann, bob, cas, packing, sawing };
}

/** Renders the board: the member's when `member` is given, else the coach's. */
function renderBoard(db: SchakelDb, member?: Member) {
  const rendered = renderWithServices(
    <Suspense fallback={null}>
      <WeekBoard teamId={TEAM_ID} member={member} />
    </Suspense>,
    { db },
  );
  return { ...rendered, user: userEvent.setup({ delay: null }) };
}

/** The table cell of a station (or the pool) in a half-day, found by its target's name. */
async function cellOf(place: string, weekday: string, shift: 'voormiddag' | 'namiddag'): Promise<HTMLElement> {
  const target = await screen.findByRole('button', { name: new RegExp(`${place}, ${weekday} ${shift}`) });
  const cell = target.closest('td');
  if (!cell) throw new Error('a target stands in a cell');
  return cell;
}

let speech: FakeSpeech;
beforeEach(() => {
  speech = installFakeSpeech();
});
afterEach(() => speech.uninstall());

describe('week board, member', { timeout: 20_000 }, () => {
  it('a member taps a cell and stands there: a pinned slot placed by the member', async () => {
    const { db, ann, packing } = await boardTeam();
    const { user } = renderBoard(db, ann);
    await user.click(await screen.findByRole('button', { name: /^Zet mij hier: Inpakken, maandag voormiddag/ }));
    await waitFor(async () => expect(await db.rotaSlots.count()).toBe(1));
    const [slot] = await db.rotaSlots.toArray();
    expect(slot).toMatchObject({ memberId: ann.id, stationId: packing.id, day: MONDAY, shift: 'am', week: WEEK, placedBy: 'member', placedByMemberId: ann.id, pinned: true });
    const cell = await cellOf('Inpakken', 'maandag', 'voormiddag');
    expect(await within(cell).findByRole('button', { name: 'Ann, zelf gekozen' })).toBeDefined();
    expect((await db.outbox.toArray()).map((e) => [e.kind, e.op])).toEqual([['rotaSlot', 'insert']]);
  });

  it('a member cannot place themself on an agreed week; the board says to ask the coach', async () => {
    const { db, ann, bob } = await boardTeam();
    await agreeWeek(db, TEAM_ID, WEEK, [ann.id, bob.id], ctx());
    const { user } = renderBoard(db, ann);
    const target = await screen.findByRole('button', { name: /^Zet mij hier: Inpakken, maandag voormiddag/ });
    expect(target.getAttribute('aria-disabled')).toBe('true');
    await user.click(target);
    expect(screen.getAllByText('Deze week is al afgesproken. Vraag je coach om iets te veranderen.').length).toBeGreaterThan(0);
    expect(await db.rotaSlots.count()).toBe(0);
    expect(speech.spoken).toContain('Deze week is al afgesproken. Vraag je coach om iets te veranderen.');
  });

  it("another member's photo is shown, not a button the member can move", async () => {
    const { db, ann, bob, packing } = await boardTeam();
    await placeInSlot(db, { teamId: TEAM_ID, memberId: bob.id, day: MONDAY, shift: 'am', stationId: packing.id }, { by: 'member' }, ctx(bob.id));
    renderBoard(db, ann);
    const cell = await cellOf('Inpakken', 'maandag', 'voormiddag');
    expect(within(cell).getByRole('img', { name: 'Bob, zelf gekozen' })).toBeDefined();
    expect(within(cell).queryByRole('button', { name: 'Bob, zelf gekozen' })).toBeNull();
  });

  it('"Why not me?" on a station the member has not learned says so', async () => {
    const { db, ann } = await boardTeam();
    const { user } = renderBoard(db, ann);
    await user.click(await screen.findByRole('button', { name: 'Waarom?' }));
    await user.click(await screen.findByRole('button', { name: /^Waarom niet Ann\? Zagen, maandag voormiddag/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Waarom niet Ann\?/ });
    expect(within(dialog).getByText('Ann heeft Zagen nog niet geleerd.')).toBeDefined();
    expect(await db.rotaSlots.count()).toBe(0);
  });
});

describe('week board, coach', { timeout: 20_000 }, () => {
  it("moving a member from their own choice asks a reason, and records it as the coach's", async () => {
    const { db, ann, packing } = await boardTeam();
    await placeInSlot(db, { teamId: TEAM_ID, memberId: ann.id, day: MONDAY, shift: 'am', stationId: packing.id }, { by: 'member' }, ctx(ann.id));
    const { user } = renderBoard(db);
    const cell = await cellOf('Inpakken', 'maandag', 'voormiddag');
    await user.click(within(cell).getByRole('button', { name: 'Ann, zelf gekozen' }));
    await user.click(screen.getByRole('button', { name: /^Zet Ann hier: Pool: helpen waar nodig, maandag voormiddag/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Waarom verplaats je Ann?' });
    expect((await db.rotaSlots.toArray())[0]?.stationId).toBe(packing.id);
    await user.click(within(dialog).getByRole('button', { name: 'Veiligheid' }));
    await waitFor(async () => expect((await db.rotaSlots.toArray())[0]).toMatchObject({ stationId: null, placedBy: 'coach', overrideReason: 'safety', pinned: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the coach can place anyone without a reason when nobody chose the place themself', async () => {
    const { db, bob, packing } = await boardTeam();
    const { user } = renderBoard(db);
    const pool = await cellOf('Pool: helpen waar nodig', 'dinsdag', 'voormiddag');
    await user.click(within(pool).getByRole('button', { name: 'Bob' }));
    await user.click(screen.getByRole('button', { name: /^Zet Bob hier: Inpakken, dinsdag voormiddag/ }));
    await waitFor(async () => expect((await db.rotaSlots.toArray())[0]).toMatchObject({ memberId: bob.id, stationId: packing.id, day: TUESDAY, placedBy: 'coach', overrideReason: null }));
  });

  it('each rule shows as a pictogram named by its reason, and a tap says it', async () => {
    const { db, ann, bob, cas, sawing, packing } = await boardTeam();
    const put = (memberId: string, day: string, stationId: string) => placeInSlot(db, { teamId: TEAM_ID, memberId, day, shift: 'am', stationId }, { by: 'coach' }, ctx());
    await put(ann.id, MONDAY, sawing.id);
    await put(cas.id, MONDAY, packing.id);
    await put(bob.id, TUESDAY, sawing.id);
    const { user } = renderBoard(db);

    const mondaySawing = await cellOf('Zagen', 'maandag', 'voormiddag');
    const notTrained = await within(mondaySawing).findByRole('button', { name: 'Ann heeft Zagen nog niet geleerd.' });
    const mondayPacking = await cellOf('Inpakken', 'maandag', 'voormiddag');
    expect(within(mondayPacking).getByRole('button', { name: 'Cas is er niet.' })).toBeDefined();
    expect(within(mondayPacking).getByRole('button', { name: 'Er zijn te weinig mensen bij Inpakken.' })).toBeDefined();
    const tuesdaySawing = await cellOf('Zagen', 'dinsdag', 'voormiddag');
    expect(within(tuesdaySawing).getByRole('button', { name: 'Bob leert nog en heeft iemand nodig die het kan aanleren.' })).toBeDefined();
    expect(within(tuesdaySawing).getByRole('button', { name: 'Niemand bij Zagen kan het alleen.' })).toBeDefined();
    // An empty cell that needs one person says only that.
    const tuesdayPacking = await cellOf('Inpakken', 'dinsdag', 'voormiddag');
    expect(within(tuesdayPacking).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Er zijn te weinig mensen bij Inpakken.', null]);

    await user.click(notTrained);
    expect(speech.spoken).toContain('Ann heeft Zagen nog niet geleerd.');
  });

  it('"we agree" with the photos of those present makes the week agreed; publish makes it published', async () => {
    const { db, ann, cas } = await boardTeam();
    const { user } = renderBoard(db);
    await user.click(await screen.findByRole('button', { name: 'Wij zijn akkoord' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wie is er bij?' });
    // Everyone is there on Wednesday morning, so all photos start chosen; Bob has gone home: tap him out.
    expect(within(dialog).getByRole('button', { name: 'Cas' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(dialog).getByRole('button', { name: 'Bob' }));
    expect(within(dialog).getByRole('button', { name: 'Bob' }).getAttribute('aria-pressed')).toBe('false');
    await user.click(within(dialog).getByRole('button', { name: 'Wij zijn akkoord' }));
    await waitFor(async () => expect((await db.rotaWeeks.toArray())[0]).toMatchObject({ week: WEEK, state: 'agreed', agreedBy: [ann.id, cas.id] }));
    expect(await screen.findByText('Afgesproken')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    await waitFor(async () => expect((await db.rotaWeeks.toArray())[0]?.state).toBe('published'));
    expect(await screen.findByText('Gepubliceerd')).toBeDefined();
  });

  it("the figure shows the week's self-managed share", async () => {
    const { db, ann, bob, packing } = await boardTeam();
    await placeInSlot(db, { teamId: TEAM_ID, memberId: ann.id, day: MONDAY, shift: 'am', stationId: packing.id }, { by: 'member' }, ctx(ann.id));
    await placeInSlot(db, { teamId: TEAM_ID, memberId: bob.id, day: MONDAY, shift: 'am', stationId: packing.id }, { by: 'coach' }, ctx());
    renderBoard(db);
    const figure = await screen.findByRole('img', { name: /^Zelf geplaatst: 50\s?%$/ });
    // Seen as well as heard: the figure names itself beside its blocks.
    expect(figure.textContent).toMatch(/^Zelf geplaatst: 50\s?%$/);
  });

  it('"Why?" on a cell tells why the member stands there, and what the other places would cost', async () => {
    const { db, ann, packing } = await boardTeam();
    await placeInSlot(db, { teamId: TEAM_ID, memberId: ann.id, day: MONDAY, shift: 'am', stationId: packing.id }, { by: 'member' }, ctx(ann.id));
    const { user } = renderBoard(db);
    await user.click(await screen.findByRole('button', { name: 'Waarom?' }));
    const cell = await cellOf('Inpakken', 'maandag', 'voormiddag');
    await user.click(within(cell).getByRole('button', { name: 'Ann, zelf gekozen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Waarom staat Ann hier?' });
    expect(within(dialog).getByText('Ann koos deze plek zelf.')).toBeDefined();
    expect(within(dialog).getByText('Ann kan dit alleen.')).toBeDefined();
    expect(within(dialog).getByText('Andere plekken')).toBeDefined();
    // Zagen is not hers to take: the alternative says it cannot be.
    expect(within(dialog).getByText(/^Zagen: kan niet\./)).toBeDefined();
  });
});
