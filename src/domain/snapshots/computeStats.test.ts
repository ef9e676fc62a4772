/**
 * Every SNAPSHOTS.md formula on small hand-made weeks: the expected numbers
 * are worked out by hand in each test (in the comments), never by calling
 * the code under test. The week is 2026-W48, Monday 23 to Sunday 29
 * November 2026; instants are mid-day local time, so the local day
 * `workshopDay` reads is the day named.
 */
import { describe, expect, it } from 'vitest';
import type { Checkin, HelpAck, HelpCall, IluoLevel, Member, Order, RotaSlot, Skill, SkillChange, Station, Task, TaskCompletion } from '#shared/records.ts';
import { SNAPSHOT_FIELDS } from '#shared/snapshots/fields.ts';
import { computeStats } from './computeStats.ts';
import { finishFigures } from './finishFigures.ts';
import { NO_RECORDS, type TeamRecords } from './teamRecords.ts';

const WEEK = '2026-W48';
const TEAM = 'team';

/** An instant on a day of November 2026 (local time), by default at ten in the morning. */
const at = (day: number, hour = 10, minute = 0, second = 0, month = 10) => new Date(2026, month, day, hour, minute, second).toISOString();
/** A calendar day of November 2026. */
const nov = (day: number) => `2026-11-${String(day).padStart(2, '0')}`;
const MON = 23;
const TUE = 24;
const WED = 25;
const THU = 26;
const NEXT_MON = 30;

const member = (id: string, fields: Partial<Member> = {}): Member => ({ id, teamId: TEAM, name: id, avatar: 'dog', language: 'nl-BE', ...fields });
const station = (id: string, fields: Partial<Station> = {}): Station => ({ id, teamId: TEAM, name: id, picto: 'package', load: 'light', ...fields });
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${String((seq += 1))}`;
const checkin = (memberId: string, day: number, score: number, fields: Partial<Checkin> = {}): Checkin => ({
  id: nextId('k'),
  teamId: TEAM,
  memberId,
  day: nov(day),
  moment: 'start',
  score,
  answeredAt: at(day),
  ...fields,
});
const task = (id: string, day: number, fields: Partial<Task> = {}): Task => ({ id, teamId: TEAM, orderId: 'o-any', cardId: 'card', stationId: 's-any', day: nov(day), memberId: null, quantity: 10, ...fields });
const completion = (taskId: string, good: number, rejected: number, completedAt: string, memberId = 'a'): TaskCompletion => ({ id: nextId('c'), teamId: TEAM, taskId, memberId, good, rejected, completedAt });
const order = (id: string, quantity: number, due: string, fields: Partial<Order> = {}): Order => ({ id, teamId: TEAM, customer: 'Klant', product: 'Doos', quantity, due, ...fields });
const helpCall = (id: string, memberId: string, calledAt: string): HelpCall => ({ id, teamId: TEAM, memberId, reason: 'material', calledAt });
const ack = (callId: string, ackedAt: string): HelpAck => ({ id: nextId('ack'), teamId: TEAM, callId, ackedAt });
const slot = (memberId: string, day: number, shift: 'am' | 'pm', stationId: string | null, fields: Partial<RotaSlot> = {}): RotaSlot => ({
  id: nextId('slot'),
  teamId: TEAM,
  memberId,
  stationId,
  day: nov(day),
  shift,
  week: WEEK,
  placedBy: 'coach',
  pinned: false,
  ...fields,
});
const skill = (memberId: string, stationId: string, level: IluoLevel | null, fields: Partial<Skill> = {}): Skill => ({ id: `${memberId}@${stationId}`, teamId: TEAM, memberId, stationId, level, ...fields });
const change = (memberId: string, stationId: string, from: IluoLevel | null, to: IluoLevel | null, changedAt: string): SkillChange => ({
  id: nextId('sc'),
  teamId: TEAM,
  memberId,
  stationId,
  from,
  to,
  changedAt,
  deviceId: 'coach-tablet',
});
const records = (fields: Partial<TeamRecords>): TeamRecords => ({ ...NO_RECORDS, ...fields });
const figures = (r: TeamRecords, period = WEEK) => finishFigures(computeStats(r, period));
const valueOf = (r: TeamRecords, field: (typeof SNAPSHOT_FIELDS)[number], period = WEEK) => figures(r, period)[field].value;

const abc = [member('a'), member('b'), member('c')];

describe('computeStats: well-being', () => {
  it('counts distinct respondents and averages per member first, on the 3- and 5-point scales', () => {
    // a (3-point): 3 → 100, 2 → 50: mean 75. b (no scale: 3-point): 1 → 0. c (5-point): 4 → 75, 2 → 25: mean 50.
    // Mean of member means (75 + 0 + 50) / 3 = 41.67; the mean of all five answers would be 50.
    const r = records({
      members: abc,
      checkins: [
        checkin('a', MON, 3, { scale: 3 }),
        checkin('a', TUE, 2, { scale: 3 }),
        checkin('b', MON, 1),
        checkin('c', MON, 4, { scale: 5 }),
        checkin('c', WED, 2, { scale: 5 }),
        // Not counted: a member the team does not have, and an answer of the next week.
        checkin('stranger', MON, 1),
        checkin('b', NEXT_MON, 3),
      ],
    });
    const stats = computeStats(r, WEEK);
    expect(stats.wbMeans).toEqual([0, 50, 75]);
    const f = finishFigures(stats);
    expect(f.respondents).toEqual({ value: 3, reason: null });
    expect(f.wbMean).toEqual({ value: 41.7, reason: null });
  });

  it('scales the ends of both scales to 0 and 100', () => {
    const r = records({ members: abc, checkins: [checkin('a', MON, 5, { scale: 5 }), checkin('b', MON, 1, { scale: 5 }), checkin('c', MON, 3, { scale: 5 })] });
    // 100, 0, 50.
    expect(computeStats(r, WEEK).wbMeans).toEqual([0, 50, 100]);
    expect(valueOf(r, 'wbMean')).toBe(50);
  });

  it('wbLowShare: the share of respondents whose week mean is below 33.4', () => {
    const r = records({
      members: [...abc, member('d')],
      checkins: [
        // a: (0 + 50 + 50) / 3 = 33.33: low.
        checkin('a', MON, 1),
        checkin('a', TUE, 2),
        checkin('a', WED, 2),
        // b (5-point): (25 + 50) / 2 = 37.5: not low.
        checkin('b', MON, 2, { scale: 5 }),
        checkin('b', TUE, 3, { scale: 5 }),
        // c: 0: low. d: 100.
        checkin('c', MON, 1),
        checkin('d', MON, 3),
      ],
    });
    // 2 of 4.
    expect(valueOf(r, 'wbLowShare')).toBe(50);
  });

  it('energyMean: per member, on the 3-point scale, over those who answered it', () => {
    // a: 3 → 100, 2 → 50: 75. b: 1 → 0. c gave no energy answer. (75 + 0) / 2 = 37.5.
    const r = records({
      members: abc,
      checkins: [checkin('a', MON, 3, { energy: 3 }), checkin('a', TUE, 3, { energy: 2 }), checkin('a', WED, 3), checkin('b', MON, 2, { energy: 1 }), checkin('c', MON, 2)],
    });
    expect(computeStats(r, WEEK).energyMeans).toEqual([0, 75]);
    expect(valueOf(r, 'energyMean')).toBe(37.5);
    expect(valueOf(r, 'respondents')).toBe(3);
  });

  it('energyMean has no data when nobody answered it, while wbMean has', () => {
    const f = figures(records({ members: abc, checkins: [checkin('a', MON, 3)] }));
    expect(f.energyMean).toEqual({ value: null, reason: 'no-data' });
    expect(f.wbMean.value).toBe(100);
  });

  it('talkRequests and talkSeenMedianS: the coach’s first “seen” (a helpAck naming the check-in)', () => {
    const k1 = checkin('a', MON, 1, { wantsTalk: true, answeredAt: at(MON, 10) });
    const k2 = checkin('b', TUE, 2, { wantsTalk: true, answeredAt: at(TUE, 9) });
    const k3 = checkin('c', WED, 1, { wantsTalk: true, answeredAt: at(WED, 9) });
    const k4 = checkin('c', THU, 3, { wantsTalk: false });
    const r = records({
      members: abc,
      checkins: [k1, k2, k3, k4],
      helpAcks: [
        // k1: seen after 30 min (the later "seen" does not count): 1800 s.
        ack(k1.id, at(MON, 11)),
        ack(k1.id, at(MON, 10, 30)),
        // k2: after 2 min: 120 s. k3 is never seen. k4 did not ask.
        ack(k2.id, at(TUE, 9, 2)),
        ack(k4.id, at(THU, 12)),
      ],
    });
    const stats = computeStats(r, WEEK);
    expect(stats.talkRequests).toBe(3);
    expect(stats.talkSeenS).toEqual([120, 1800]);
    const f = finishFigures(stats);
    expect(f.talkRequests).toEqual({ value: 3, reason: null });
    // Median of 120 and 1800.
    expect(f.talkSeenMedianS).toEqual({ value: 960, reason: null });
  });

  it('talkRequests is a real 0 when members answered without asking; its median then has no data', () => {
    const f = figures(records({ members: abc, checkins: [checkin('a', MON, 3)] }));
    expect(f.talkRequests).toEqual({ value: 0, reason: null });
    expect(f.talkSeenMedianS).toEqual({ value: null, reason: 'no-data' });
  });
});

describe('computeStats: check-in rate', () => {
  it('divides answered person-days by the person-days the rota has them present', () => {
    const r = records({
      members: abc,
      stations: [station('s1')],
      // Present: a Monday (two half-days: one day), a Tuesday, b Monday: 3 person-days.
      rotaSlots: [slot('a', MON, 'am', 's1'), slot('a', MON, 'pm', 's1'), slot('a', TUE, 'am', null), slot('b', MON, 'am', 's1')],
      // Answered and present: a Monday (twice: one day), b Monday. b Wednesday was not on the rota.
      checkins: [checkin('a', MON, 3), checkin('a', MON, 2, { moment: 'end' }), checkin('b', MON, 3), checkin('b', WED, 3)],
      // Activity does not count when there is a rota.
      completions: [completion('t', 1, 0, at(THU), 'c')],
    });
    const stats = computeStats(r, WEEK);
    expect([stats.answerDays, stats.presentDays]).toEqual([2, 3]);
    expect(valueOf(r, 'checkinRate')).toBe(66.7);
  });

  it('without a rota, counts the days a member did anything as present', () => {
    const r = records({
      members: abc,
      // a Monday answered; b Wednesday answered.
      checkins: [checkin('a', MON, 3), checkin('b', WED, 3)],
      // a Monday again (same day), a Tuesday.
      completions: [completion('t', 1, 0, at(MON, 14), 'a'), completion('t', 1, 0, at(TUE), 'a')],
      // b Wednesday again, c Thursday.
      helpCalls: [helpCall('h1', 'b', at(WED, 11)), helpCall('h2', 'c', at(THU))],
    });
    // Present: a|Mon, a|Tue, b|Wed, c|Thu = 4; answered 2.
    expect(valueOf(r, 'checkinRate')).toBe(50);
  });
});

describe('computeStats: production', () => {
  it('completionRate: tasks of the week done ÷ planned, cancelled ones left out', () => {
    const r = records({
      tasks: [task('t1', MON), task('t2', TUE), task('t3', WED), task('t4', THU), task('t5', THU, { cancelled: true }), task('t6', NEXT_MON)],
      // t1 twice (one task), t2 once; t5 was done but is cancelled; t6 is next week's.
      completions: [completion('t1', 5, 0, at(MON)), completion('t1', 5, 0, at(TUE)), completion('t2', 1, 0, at(TUE)), completion('t5', 1, 0, at(THU)), completion('t6', 1, 0, at(NEXT_MON))],
    });
    const stats = computeStats(r, WEEK);
    expect([stats.tasksDone, stats.tasksPlanned]).toEqual([2, 4]);
    expect(valueOf(r, 'completionRate')).toBe(50);
  });

  it('fpy: good ÷ (good + rejected) of the week’s completions, and per station by name', () => {
    const r = records({
      stations: [station('s1', { name: 'Zagen' }), station('s2', { name: 'Boren' })],
      tasks: [task('t1', MON, { stationId: 's1' }), task('t2', TUE, { stationId: 's2' })],
      completions: [
        completion('t1', 8, 2, at(MON)),
        completion('t1', 10, 0, at(TUE)),
        completion('t2', 5, 5, at(TUE)),
        // A task the team no longer has: counts in the total, at no station.
        completion('gone', 2, 0, at(WED)),
        // Next week's.
        completion('t1', 0, 100, at(NEXT_MON)),
      ],
    });
    const stats = computeStats(r, WEEK);
    // 25 good, 7 rejected: 25 / 32 = 78.125 %.
    expect([stats.good, stats.rejected]).toEqual([25, 7]);
    expect(valueOf(r, 'fpy')).toBe(78.1);
    expect(stats.stations).toEqual([
      { stationId: 's2', name: 'Boren', good: 5, rejected: 5 },
      { stationId: 's1', name: 'Zagen', good: 18, rejected: 2 },
    ]);
  });

  it('onTime: orders due in the week whose good pieces reached the quantity by the due time', () => {
    const due = at(WED, 16);
    const r = records({
      orders: [
        order('o1', 10, due),
        order('o2', 10, due),
        order('o3', 10, due, { cancelled: true }),
        order('o4', 10, at(NEXT_MON, 16)),
        order('o5', 5, at(THU, 16)),
        order('o6', 5, at(THU, 16)),
      ],
      tasks: [task('t1', TUE, { orderId: 'o1' }), task('t2', TUE, { orderId: 'o2' }), task('t5a', THU, { orderId: 'o5' }), task('t5b', THU, { orderId: 'o5' }), task('t6', THU, { orderId: 'o6' })],
      completions: [
        // o1: 6 + 4 by 15:00 on the due day: on time.
        completion('t1', 6, 0, at(TUE)),
        completion('t1', 4, 0, at(WED, 15)),
        // o2: the last 4 at 17:00, after the due time: late.
        completion('t2', 6, 0, at(TUE)),
        completion('t2', 4, 0, at(WED, 17)),
        // o5: over two tasks, 3 + 2: on time.
        completion('t5a', 3, 0, at(THU, 9)),
        completion('t5b', 2, 0, at(THU, 11)),
        // o6: rejected pieces do not count: 4 good of 5.
        completion('t6', 4, 1, at(THU, 9)),
      ],
    });
    const stats = computeStats(r, WEEK);
    // Due: o1, o2, o5, o6 (o3 cancelled, o4 next week); on time o1, o5.
    expect([stats.ordersOnTime, stats.ordersDue]).toEqual([2, 4]);
    expect(valueOf(r, 'onTime')).toBe(50);
  });

  it('helpCalls and helpResponseMedianS: calls of the week, and the median seconds to the first “seen”', () => {
    const k = checkin('a', MON, 1, { wantsTalk: true });
    const r = records({
      members: abc,
      checkins: [k],
      helpCalls: [helpCall('h1', 'a', at(MON, 10)), helpCall('h2', 'b', at(TUE, 11)), helpCall('h3', 'c', at(WED, 12)), helpCall('h4', 'a', at(THU, 9)), helpCall('h5', 'a', at(NEXT_MON))],
      helpAcks: [
        ack('h1', at(MON, 10, 1)),
        ack('h1', at(MON, 10, 5)),
        ack('h2', at(TUE, 11, 3)),
        ack('h3', at(WED, 12, 10)),
        ack('h5', at(NEXT_MON, 10, 0, 5)),
        // Acknowledges the check-in, not a call.
        ack(k.id, at(MON, 10, 0, 30)),
      ],
    });
    const stats = computeStats(r, WEEK);
    // h1..h4 (h5 is next week's); seen after 60, 180 and 600 s, h4 never.
    expect(stats.helpCalls).toBe(4);
    expect(stats.helpSeenS).toEqual([60, 180, 600]);
    const f = finishFigures(stats);
    expect(f.helpCalls).toEqual({ value: 4, reason: null });
    expect(f.helpResponseMedianS).toEqual({ value: 180, reason: null });
  });
});

describe('computeStats: rota', () => {
  // s1 and s3 heavy; members a (target 1), b (default target 3), c (target 5).
  const stations = [station('s1', { load: 'heavy' }), station('s2'), station('s3', { load: 'heavy' }), station('s4', { load: 'medium' })];
  const members = [member('a', { varietyTarget: 1 }), member('b'), member('c', { varietyTarget: 5 })];
  const rota = records({
    members,
    stations,
    // c is learning s2.
    skills: [skill('c', 's2', 'I', { trainingGoal: true }), skill('a', 's2', 'O')],
    rotaSlots: [
      // a: s1, s1, s2, pool → 2 stations (|2 − 1| ≤ 1: fits), 2 heavy; 2 placed by herself.
      slot('a', MON, 'am', 's1', { placedBy: 'member' }),
      slot('a', MON, 'pm', 's1', { placedBy: 'member' }),
      slot('a', TUE, 'am', 's2'),
      slot('a', TUE, 'pm', null, { placedBy: 'optimiser' }),
      // b: s1, s3, s4, s2 → 4 stations (|4 − 3| ≤ 1: fits), 2 heavy; 2 self-placed (team, member); 2 late.
      slot('b', MON, 'am', 's1', { placedBy: 'team' }),
      slot('b', TUE, 'am', 's3', { placedBy: 'optimiser', lateChange: true }),
      slot('b', WED, 'am', 's4', { lateChange: true }),
      slot('b', WED, 'pm', 's2', { placedBy: 'member' }),
      // c: s2, s2 → 1 station (|1 − 5| = 4: does not fit), 0 heavy; both training slots.
      slot('c', MON, 'am', 's2'),
      slot('c', TUE, 'am', 's2', { lateChange: false }),
      // Not counted: a member the team does not have, and next week's slot.
      slot('stranger', MON, 'am', 's1', { placedBy: 'member', lateChange: true }),
      slot('a', NEXT_MON, 'am', 's3', { week: '2026-W49' }),
    ],
  });

  it('stationsPerPerson: the mean of distinct stations per member with slots', () => {
    expect(computeStats(rota, WEEK).stationsPerMember).toEqual([1, 2, 4]);
    // (2 + 4 + 1) / 3 = 2.33.
    expect(valueOf(rota, 'stationsPerPerson')).toBe(2.3);
  });

  it('varietyFit: the share of members within ±1 of their variety target (3 when unset)', () => {
    // a and b fit, c does not: 2 of 3.
    expect(valueOf(rota, 'varietyFit')).toBe(66.7);
  });

  it('heavySpread: most minus fewest heavy half-days per member', () => {
    // a 2, b 2, c 0.
    expect(valueOf(rota, 'heavySpread')).toBe(2);
  });

  it('trainingSlots: half-days on a station the member has as a training goal', () => {
    expect(valueOf(rota, 'trainingSlots')).toBe(2);
  });

  it('selfManagedShare: slots placed by the member or the team, of all the week’s slots', () => {
    // 4 (a, a, b team, b member) of 10.
    expect(valueOf(rota, 'selfManagedShare')).toBe(40);
  });

  it('lateChanges: slots changed less than 48 h before, of all the week’s slots', () => {
    // 2 of 10.
    expect(valueOf(rota, 'lateChanges')).toBe(20);
  });

  it('over a block, counts variety per member-week and stations over the whole block', () => {
    const r = records({
      members: [member('a', { varietyTarget: 1 })],
      stations,
      rotaSlots: [
        // W47: s1 only → fits target 1.
        slot('a', 16, 'am', 's1', { week: '2026-W47' }),
        slot('a', 17, 'am', 's1', { week: '2026-W47' }),
        // W48: s1, s2, s3 → 3, does not fit.
        slot('a', MON, 'am', 's1'),
        slot('a', TUE, 'am', 's2'),
        slot('a', WED, 'am', 's3'),
      ],
    });
    // Block 12 = weeks 45–48.
    const stats = computeStats(r, '2026-B12');
    expect([stats.varietyFitWeeks, stats.varietyWeeks]).toEqual([1, 2]);
    expect(stats.stationsPerMember).toEqual([3]);
    expect(stats.slots).toBe(5);
    // Heavy: s1 three times, s3 once.
    expect(stats.heavyPerMember).toEqual([4]);
  });
});

describe('computeStats: learning', () => {
  it('iluoSteps: I→L (or untrained→L) counts 1, L→O 2, steps down 0; only the week’s, only members’', () => {
    const r = records({
      members: abc,
      skillChanges: [
        change('a', 's1', null, 'L', at(MON)),
        change('b', 's1', 'I', 'L', at(TUE)),
        change('a', 's2', 'L', 'O', at(WED)),
        change('b', 's2', 'O', 'U', at(WED)),
        change('c', 's1', 'U', null, at(THU)),
        // Next week's, and a member the team does not have.
        change('c', 's2', 'L', 'U', at(NEXT_MON)),
        change('stranger', 's2', 'I', 'O', at(WED)),
      ],
    });
    // 1 + 1 + 2 + 0 + 0.
    expect(valueOf(r, 'iluoSteps')).toBe(4);
  });

  it('iluoSteps is a real 0 with a matrix and no step this week', () => {
    expect(figures(records({ members: abc, skills: [skill('a', 's1', 'U')] })).iluoSteps).toEqual({ value: 0, reason: null });
  });

  it('cover2: open stations with two members at U or O, levels at the week’s end replayed from the changes', () => {
    const r = records({
      members: abc,
      stations: [station('s1'), station('s2'), station('s3'), station('s4', { closedDays: [1, 2, 3, 4, 5] }), station('s5', { closedDays: [1, 2] })],
      skills: [
        // s1: a O; b U now, but only since next week (it was L before): one at the week's end.
        skill('a', 's1', 'O'),
        skill('b', 's1', 'U'),
        // s2: a L now, but U from Tuesday until next week; c O: covered.
        skill('a', 's2', 'L'),
        skill('c', 's2', 'O'),
        // s3: a U; b U since Wednesday: covered. A stranger's O does not count.
        skill('a', 's3', 'U'),
        skill('b', 's3', 'U'),
        skill('stranger', 's3', 'O'),
        // s4 is closed all week (not open); s5 only two days (open), with one member at O.
        skill('a', 's4', 'O'),
        skill('b', 's4', 'O'),
        skill('a', 's5', 'O'),
      ],
      skillChanges: [change('b', 's1', 'L', 'U', at(NEXT_MON)), change('a', 's2', 'L', 'U', at(TUE)), change('a', 's2', 'U', 'L', at(NEXT_MON, 11)), change('b', 's3', null, 'U', at(WED))],
    });
    const stats = computeStats(r, WEEK);
    // Open s1, s2, s3, s5; covered s2, s3.
    expect([stats.coveredStations, stats.openStations]).toEqual([2, 4]);
    expect(valueOf(r, 'cover2')).toBe(50);
  });
});

describe('computeStats: werkbaarShare', () => {
  it('counts respondents with none of the four red flags', () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => member(id));
    const r = records({
      members: people,
      stations: [station('s1'), station('s2')],
      skills: [skill('p5', 's2', 'I', { trainingGoal: true }), skill('p6', 's2', 'I', { trainingGoal: true })],
      checkins: [
        // Well-being 100 for all but p2 (0); p3's energy is low (0), p1's high.
        checkin('p1', MON, 3, { energy: 3 }),
        checkin('p2', MON, 1),
        checkin('p3', MON, 3, { energy: 1 }),
        checkin('p4', MON, 3),
        checkin('p5', MON, 3),
        checkin('p6', MON, 3),
        checkin('p7', MON, 3),
      ],
      skillChanges: [
        // p1: a step on Monday of W41, the first week of the 8-week window (W41–W48).
        change('p1', 's1', 'I', 'L', at(5, 10, 0, 0, 9)),
        // p4: a step on Sunday of W40, just outside it.
        change('p4', 's1', 'I', 'L', at(4, 10, 0, 0, 9)),
        // p7: only a step down.
        change('p7', 's1', 'O', 'U', at(MON)),
      ],
      rotaSlots: [
        // p5: a training slot in W44, but two late changes to her own slots this week.
        slot('p5', 27, 'am', 's2', { day: '2026-10-27', week: '2026-W44' }),
        slot('p5', MON, 'am', 's1', { lateChange: true }),
        slot('p5', TUE, 'am', 's1', { lateChange: true }),
        // p6: a training slot this week and only one late change.
        slot('p6', MON, 'am', 's2', { lateChange: true }),
        slot('p6', TUE, 'am', 's1'),
      ],
    });
    // p1 and p6 of 7: 28.57 %.
    expect(computeStats(r, WEEK).werkbaar).toBe(2);
    expect(valueOf(r, 'werkbaarShare')).toBe(28.6);
  });
});

describe('computeStats: no data is null, never 0', () => {
  it('a period without records has no data for any field but the help-call count', () => {
    const f = figures(NO_RECORDS);
    for (const field of SNAPSHOT_FIELDS) {
      if (field === 'helpCalls') continue;
      expect(f[field], field).toEqual({ value: null, reason: 'no-data' });
    }
  });

  it('without rota slots, every rota field has no data while answers and production have figures', () => {
    const r = records({
      members: abc,
      stations: [station('s1', { load: 'heavy' })],
      checkins: [checkin('a', MON, 3)],
      tasks: [task('t1', MON, { stationId: 's1' })],
      completions: [completion('t1', 9, 1, at(MON))],
      // Another week's slot does not make this week's rota.
      rotaSlots: [slot('a', NEXT_MON, 'am', 's1', { week: '2026-W49' })],
    });
    const f = figures(r);
    for (const field of ['stationsPerPerson', 'varietyFit', 'heavySpread', 'trainingSlots', 'selfManagedShare', 'lateChanges'] as const) {
      expect(f[field], field).toEqual({ value: null, reason: 'no-data' });
    }
    expect(f.fpy.value).toBe(90);
    expect(f.completionRate.value).toBe(100);
    // Present from activity: a on Monday, answered.
    expect(f.checkinRate.value).toBe(100);
  });

  it('without answers, every well-being field has no data; without a matrix, the learning fields; without orders, onTime', () => {
    const r = records({ members: abc, stations: [station('s1')], rotaSlots: [slot('a', MON, 'am', 's1')], tasks: [task('t1', MON)] });
    const f = figures(r);
    for (const field of ['respondents', 'wbMean', 'wbLowShare', 'energyMean', 'talkRequests', 'talkSeenMedianS', 'werkbaarShare', 'iluoSteps', 'cover2', 'onTime', 'fpy', 'helpResponseMedianS'] as const) {
      expect(f[field], field).toEqual({ value: null, reason: 'no-data' });
    }
    // Present on the rota and not answered: a real 0 %, as is a planned task nobody did.
    expect(f.checkinRate).toEqual({ value: 0, reason: null });
    expect(f.completionRate).toEqual({ value: 0, reason: null });
    expect(f.selfManagedShare).toEqual({ value: 0, reason: null });
  });
});
