import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import highsLoader, { type Highs } from 'highs';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeInSlot } from '#db/rotaRepository.ts';
import type { RotaPlan } from '#domain/rota/instanceFormat.ts';
import { plannedDays } from '#domain/rota/weekInstance.ts';
import type { Member, Skill, Station } from '#shared/records.ts';
import { solveStreaming } from '#domain/rota/solveStream.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { trackSolve, type StartSolve, type StreamedPlan } from './solverClient.ts';
import { SuggestPanel } from './SuggestPanel.tsx';

const WEEK = '2027-W01';
const MONDAY = '2027-01-04';
const ctx = () => ({ actorMemberId: null, now: new Date(2026, 11, 31, 10), newId: uuidv7 });

let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/** Two members, two stations, both trained on both; `maxStaff` on Inpakken. */
async function team(maxStaff?: number) {
  const { db, member: ann } = await enrolledDb();
  const bart: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Bart', avatar: 'cat', language: 'nl-BE' };
  const inpakken = (await db.stations.toArray())[0];
  if (!inpakken) throw new Error('enrolledDb has a station');
  if (maxStaff !== undefined) await db.stations.update(inpakken.id, { maxStaff, minStaff: 1 });
  const labelen: Station = { id: uuidv7(), teamId: ann.teamId, name: 'Labelen', picto: 'label', load: 'light' };
  await db.members.put(bart);
  await db.stations.put(labelen);
  const skills: Skill[] = [ann, bart].flatMap((m) => [inpakken, labelen].map((s) => ({ id: uuidv7(), teamId: ann.teamId, memberId: m.id, stationId: s.id, level: 'U' as const })));
  await db.skills.bulkPut(skills);
  return { db, ann, bart, inpakken, labelen };
}

/**
 * The real solver, in-process (jsdom has no Worker): it solves at once and
 * keeps what it streamed; the test hands the panel each plan when it wants.
 */
function steppedSolver() {
  const runs: { streamed: StreamedPlan[]; final: RotaPlan; emit: () => void; finish: () => void; ended: () => boolean }[] = [];
  const startSolve: StartSolve = (instance, timeLimitSec, listener) => {
    const streamed: StreamedPlan[] = [];
    const final = solveStreaming(highs, instance, timeLimitSec, () => performance.now(), (s) => streamed.push(s));
    let ended = false;
    const tracked = trackSolve(listener, () => {
      ended = true;
    });
    let next = 0;
    runs.push({
      streamed,
      final,
      emit: () => {
        const plan = streamed[next++];
        if (plan) tracked.listener.onPlan(plan);
      },
      finish: () => {
        while (next < streamed.length) tracked.listener.onPlan(streamed[next++] as StreamedPlan);
        tracked.listener.onDone(final);
      },
      ended: () => ended,
    });
    return tracked.handle;
  };
  return { startSolve, runs };
}

const progress = () => Number(screen.getByRole('progressbar', { name: 'Hoe dicht bij het beste plan' }).getAttribute('aria-valuenow'));

// Real HiGHS and a week of IndexedDB writes: slow on a busy machine, so these wait longer than the default.
describe('Suggest', { timeout: 30_000 }, () => {
  it('names the pins that clash, in words and pictures, and offers no plan', async () => {
    const { db, ann, bart, inpakken } = await team(1);
    for (const member of [ann, bart]) await placeInSlot(db, { teamId: ann.teamId, memberId: member.id, day: MONDAY, shift: 'am', stationId: inpakken.id }, { by: 'member' }, ctx());
    const solver = steppedSolver();
    renderWithServices(<SuggestPanel teamId={ann.teamId} week={WEEK} onClose={() => {}} startSolve={solver.startSolve} />, { db });

    const clash = (await screen.findByText('Te veel mensen op Inpakken op maandag voormiddag: 2 vast, plaats voor 1.')).closest('li');
    if (!clash) throw new Error('the clash is a list item');
    expect(within(clash).getByText('Ann')).toBeTruthy();
    expect(within(clash).getByText('Bart')).toBeTruthy();
    expect(within(clash).getAllByText('Inpakken')).toHaveLength(2);
    expect(within(clash).getByRole('button', { name: /Lees voor|stem/ })).toBeTruthy();
    expect(solver.runs).toHaveLength(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gebruik dit voorstel' })).toBeNull();
  });

  it('shows the draft at once, then the better plans, and applies the best as the optimiser’s around the pins', async () => {
    const { db, ann, bart, inpakken } = await team();
    await placeInSlot(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'am', stationId: inpakken.id }, { by: 'member' }, ctx());
    const solver = steppedSolver();
    renderWithServices(<SuggestPanel teamId={ann.teamId} week={WEEK} onClose={() => {}} startSolve={solver.startSolve} />, { db });
    await waitFor(() => expect(solver.runs).toHaveLength(1));
    const run = solver.runs[0];
    if (!run) throw new Error('one solve');
    expect(run.streamed[0]?.stage).toBe('draft');
    expect(run.final.status).toBe('optimal');

    act(() => run.emit());
    expect(await screen.findByText('Een eerste voorstel. Er wordt nog een beter gezocht.')).toBeTruthy();
    expect(progress()).toBe(10);
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gebruik dit voorstel' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Het voorstel voor de week' })).toBeTruthy();

    act(() => run.finish());
    expect(await screen.findByText('Dit is het beste plan.')).toBeTruthy();
    expect(progress()).toBe(100);
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    expect(run.ended()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Gebruik dit voorstel' }));
    expect(await screen.findByText(/Het voorstel staat op het bord: 19 plaatsen ingevuld\./, undefined, { timeout: 10_000 })).toBeTruthy();
    const slots = await db.rotaSlots.toArray();
    expect(slots).toHaveLength(20);
    expect(slots.find((s) => s.memberId === ann.id && s.day === MONDAY && s.shift === 'am')).toMatchObject({ stationId: inpakken.id, placedBy: 'member', pinned: true });
    const suggested = slots.filter((s) => s.placedBy === 'optimiser');
    expect(suggested).toHaveLength(19);
    expect(suggested.every((s) => !s.pinned)).toBe(true);
    const planned = new Map(run.final.assignments.map((a) => [`${a.member}|${a.slot}`, a.station]));
    expect(planned.get(`${bart.id}|0`)).toBe(slots.find((s) => s.memberId === bart.id && s.day === MONDAY && s.shift === 'am')?.stationId);
    expect((await db.outbox.toArray()).filter((e) => e.kind === 'rotaSlot' && e.data['placedBy'] === 'optimiser')).toHaveLength(19);
  });

  it('keeps the best plan so far when the coach stops, ends the solve, and applies that plan', async () => {
    const { db, ann } = await team();
    const solver = steppedSolver();
    renderWithServices(<SuggestPanel teamId={ann.teamId} week={WEEK} onClose={() => {}} startSolve={solver.startSolve} />, { db });
    await waitFor(() => expect(solver.runs).toHaveLength(1));
    const run = solver.runs[0];
    if (!run) throw new Error('one solve');
    act(() => run.emit());
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));

    expect(run.ended()).toBe(true);
    expect(await screen.findByText('Gestopt. Dit is het beste voorstel tot nu.')).toBeTruthy();
    // A plan the solver had on its way is no longer taken.
    act(() => run.finish());
    expect(screen.getByText('Gestopt. Dit is het beste voorstel tot nu.')).toBeTruthy();
    expect(progress()).toBe(10);

    await userEvent.click(screen.getByRole('button', { name: 'Gebruik dit voorstel' }));
    await screen.findByText(/Het voorstel staat op het bord/, undefined, { timeout: 10_000 });
    const draft = run.streamed[0]?.plan.assignments ?? [];
    const slots = await db.rotaSlots.toArray();
    expect(slots).toHaveLength(draft.length);
    for (const assignment of draft) {
      const slot = slots.find((s) => s.memberId === assignment.member && s.day === plannedDays(WEEK)[Math.floor(assignment.slot / 2)] && s.shift === (assignment.slot % 2 === 0 ? 'am' : 'pm'));
      expect(slot).toMatchObject({ stationId: assignment.station, placedBy: 'optimiser' });
    }
  });
});
