import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Checkin, HelpCall, Member, RejectReason, Station, Task, TaskCompletion } from '#shared/records.ts';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

// The test tablet's clock stands at Wednesday 25 November 2026, 09:30 local time (FIXED_NOW).
const at = (local: string) => new Date(local).toISOString();

function cellsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

async function openTeamTab() {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('tab', { name: 'Team' }));
  await screen.findByRole('heading', { name: 'Kwaliteit' }, { timeout: 10_000 });
  return user;
}

describe('the coach’s team view', { timeout: 30_000 }, () => {
  // A tablet whose canvas cannot draw (as jsdom's): the charts step aside and the tables carry the numbers.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows first-pass yield, rejects by reason, pieces against plan and help calls as tables, for the range the coach picks', async () => {
    const { db, member } = await renderCoachTablet('unlocked');
    const teamId = member.teamId;
    const [packing] = await db.stations.toArray();
    if (!packing) throw new Error('the test tablet has a station');
    const labelling: Station = { id: uuidv7(), teamId, name: 'Etiketten', picto: 'label', load: 'light' };
    await db.stations.put(labelling);
    const scratch: RejectReason = { id: uuidv7(), teamId, picto: 'broken', label: 'Kras', position: 0 };
    const dent: RejectReason = { id: uuidv7(), teamId, picto: 'hammer', label: 'Deuk', position: 1 };
    await db.rejectReasons.bulkPut([scratch, dent]);
    const [today] = await db.tasks.where('day').equals('2026-11-25').toArray(); // two tasks of 20 for today
    if (!today) throw new Error('the test tablet has tasks');
    const task = (day: string, quantity: number, fields: Partial<Task> = {}): Task => ({ ...today, id: uuidv7(), day, quantity, ...fields });
    const monday = task('2026-11-24', 10);
    const september = task('2026-09-01', 10, { stationId: labelling.id });
    await db.tasks.bulkPut([monday, september, task('2026-11-24', 50, { cancelled: true })]);
    const done = (t: Task, completedAt: string, good: number, rejected: number, rejectReasons?: string[]): TaskCompletion => ({
      id: uuidv7(), teamId, taskId: t.id, memberId: member.id, good, rejected, completedAt: at(completedAt), ...(rejectReasons ? { rejectReasons } : {}),
    });
    await db.taskCompletions.bulkPut([
      done(today, '2026-11-25T09:00:00', 18, 2, [scratch.id]),
      done(monday, '2026-11-24T14:00:00', 9, 1),
      // Twelve weeks ago: only in the 13-week view.
      done(september, '2026-09-01T10:00:00', 0, 10, [dent.id]),
    ]);
    const call = (calledAt: string): HelpCall => ({ id: uuidv7(), teamId, memberId: member.id, reason: 'machine', calledAt: at(calledAt) });
    const seen = call('2026-11-24T10:00:00');
    await db.helpCalls.bulkPut([seen, call('2026-11-24T11:00:00')]);
    await db.helpAcks.put({ id: uuidv7(), teamId, callId: seen.id, ackedAt: at('2026-11-24T10:04:00') });
    const user = await openTeamTab();

    expect(screen.getByRole('button', { name: 'Laatste 4 weken' }).getAttribute('aria-pressed')).toBe('true');
    const fpy = await screen.findByRole('table', { name: /^Eerste keer goed per werkpost en dag, van do 29 okt tot en met wo 25 nov/ });
    // A station without pieces says so: never 0 %.
    expect(cellsOf(fpy)).toEqual([
      ['Dag', 'Etiketten', 'Inpakken'],
      ['di 24 nov', 'nog geen stukken', '90% (9 van 10 goed)'],
      ['wo 25 nov', 'nog geen stukken', '90% (18 van 20 goed)'],
      ['Hele periode', 'nog geen stukken', '90% (27 van 30 goed)'],
    ]);
    expect(within(fpy).getAllByRole('columnheader').map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(cellsOf(screen.getByRole('table', { name: /^Afgekeurde stukken per reden/ }))).toEqual([
      ['Reden', 'Afgekeurde stukken', 'Deel', 'Samen tot hier'],
      ['Kras', '2', '66,7%', '66,7%'],
      ['geen reden gegeven', '1', '33,3%', '100%'],
      ['Samen', '3', '100%', ''],
    ]);
    // The cancelled task is not in the plan.
    expect(cellsOf(screen.getByRole('table', { name: /^Stukken gepland en goed gemaakt per dag/ }))).toEqual([
      ['Dag', 'Gepland', 'Goed gemaakt', 'Van het plan'],
      ['di 24 nov', '10', '9', '90%'],
      ['wo 25 nov', '40', '18', '45%'],
      ['Hele periode', '50', '27', '54%'],
    ]);
    expect(cellsOf(screen.getByRole('table', { name: /^Hulpvragen per dag en tijd tot gezien/ }))).toEqual([
      ['Dag', 'Hulpvragen', 'Nog niet gezien', 'Mediaan tot gezien', 'Langste tot gezien'],
      ['di 24 nov', '2', '1', '4 minuten', '4 minuten'],
      ['Hele periode', '2', '1', '4 minuten', '4 minuten'],
    ]);
    // Without a canvas no chart is left standing: the tables say it all.
    expect(document.querySelector('canvas')).toBeNull();
    // Tables, headings and the range buttons as axe sees them (colours need a real browser: the e2e).
    const audit = await axe.run(screen.getByRole('tabpanel'), { rules: { 'color-contrast': { enabled: false } } });
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Laatste 13 weken' }));
    const longer = await screen.findByRole('table', { name: /^Eerste keer goed per werkpost en dag, van do 27 aug/ });
    // Ten pieces made, none good: that is 0 %, unlike no pieces at all.
    expect(cellsOf(longer)[1]).toEqual(['di 1 sep', '0% (0 van 10 goed)', 'nog geen stukken']);
    expect(cellsOf(screen.getByRole('table', { name: /^Afgekeurde stukken per reden/ }))[1]).toEqual(['Deuk', '10', '76,9%', '76,9%']);
    expect(screen.getByRole('button', { name: 'Laatste 13 weken' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says in words when there is nothing yet', async () => {
    await renderCoachTablet('unlocked');
    await openTeamTab();
    expect(await screen.findByText('Nog geen afgewerkte taken in deze periode.')).toBeDefined();
    expect(screen.getByText('Geen afgekeurde stukken in deze periode.')).toBeDefined();
    expect(screen.getByText('Geen hulpvragen in deze periode.')).toBeDefined();
    // The test tablet's two tasks of today are planned; nothing is made yet.
    expect(cellsOf(screen.getByRole('table', { name: /^Stukken gepland en goed gemaakt per dag/ }))[1]).toEqual(['wo 25 nov', '40', '0', '0%']);
    expect(screen.getByRole('list', { name: 'Eerste keer goed per werkpost over de hele periode' }).textContent).toBe('Inpakkennog geen stukken');
    expect(await screen.findByText('Geen antwoorden in de laatste 6 weken.')).toBeDefined();
  });

  it('shows each member’s faces, energy and talk flags per week, open or seen', async () => {
    const { db, member: ann } = await renderCoachTablet('unlocked');
    const bert: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Bert', avatar: 'fox', language: 'nl-BE' };
    await db.members.put(bert);
    const answer = (day: string, fields: Partial<Checkin>): Checkin => ({
      id: uuidv7(), teamId: ann.teamId, memberId: ann.id, day, moment: 'start', score: 2, answeredAt: at(`${day}T08:00:00`), ...fields,
    });
    const seenTalk = answer('2026-11-17', { score: 4, scale: 5, wantsTalk: true });
    await db.checkins.bulkPut([
      answer('2026-11-23', { score: 3, energy: 3 }),
      answer('2026-11-25', { score: 1, wantsTalk: true }),
      seenTalk,
      // Seven weeks back: not shown.
      answer('2026-10-07', { score: 1 }),
    ]);
    await db.helpAcks.put({ id: uuidv7(), teamId: ann.teamId, callId: seenTalk.id, ackedAt: at('2026-11-17T09:00:00') });
    await openTeamTab();

    const annTable = await screen.findByRole('table', { name: 'Welzijn van Ann per week' });
    expect(cellsOf(annTable)).toEqual([
      ['Week', 'Gezichtje', 'Energie', 'Praatvragen'],
      ['week 43 (vanaf ma 19 okt)', 'geen antwoorden', 'niet gegeven', 'geen'],
      ['week 44 (vanaf ma 26 okt)', 'geen antwoorden', 'niet gegeven', 'geen'],
      ['week 45 (vanaf ma 2 nov)', 'geen antwoorden', 'niet gegeven', 'geen'],
      ['week 46 (vanaf ma 9 nov)', 'geen antwoorden', 'niet gegeven', 'geen'],
      ['week 47 (vanaf ma 16 nov)', 'Goed (gemiddeld 4 op 5, 1 antwoord)', 'niet gegeven', '1, 0 nog niet gezien'],
      ['week 48 (vanaf ma 23 nov)', 'Gaat wel (gemiddeld 2 op 3, 2 antwoorden)', 'Veel (3)', '1, 1 nog niet gezien'],
    ]);
    expect(screen.getByRole('heading', { name: /^Ann/ }).textContent).toContain('1 praatvraag open');
    const bertItem = screen.getByRole('listitem', { name: 'Bert' });
    expect(bertItem.textContent).toContain('Geen antwoorden in de laatste 6 weken.');
    expect(within(bertItem).queryByRole('table')).toBeNull();
  });
});
