/**
 * Snapshots kept up to date from each team's record cursor agree with a
 * recomputation from scratch, however the records arrive: random weeks of
 * answers, tasks, completions, orders, calls, rota slots and skill changes,
 * pushed in random batches with a refresh after each, then a late batch for
 * the oldest week and a task moved to another day. A late event bumps the
 * version of its week (and its block) and of no other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { recomputeAllSnapshots, refreshSnapshots } from '#server/snapshots/snapshotStore.ts';
import { insertServerRecords, type NewServerRecord } from '#server/storage/syncStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { formatHlc } from '#shared/hlc.ts';
import { isoWeekOf, type Checkin, type HelpAck, type HelpCall, type Member, type Order, type RotaSlot, type Skill, type SkillChange, type Station, type Task, type TaskCompletion } from '#shared/records.ts';
import { openTestDatabase } from '#tests/helpers/testDatabase.ts';

const HLC = formatHlc({ wallMs: Date.UTC(2026, 11, 1), counter: 0, node: 'server' });
/** Day 0 is Monday 26 October 2026 (2026-W44); day 34 is Sunday 29 November (2026-W48). */
const DAYS = 35;
const dayOf = (offset: number) => {
  const d = new Date(2026, 9, 26 + offset, 12);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** A local instant on a day, mid-day so the local day is that day. */
const instantOf = (offset: number, hour = 10, minute = 0) => new Date(2026, 9, 26 + offset, hour, minute).toISOString();

interface Workshop {
  readonly teamId: string;
}

async function createTeam(db: SqlDatabase): Promise<Workshop> {
  const [org, site, teamId] = [uuidv7(), uuidv7(), uuidv7()];
  await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org, 'Org']);
  await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [site, org, 'Site']);
  await db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [teamId, site, 'Team']);
  return { teamId };
}

/** A change to a record already on the server, with a fresh team sequence number, as a push would write it. */
async function updateRecord(db: SqlDatabase, teamId: string, data: NewServerRecord["data"]): Promise<void> {
  await db.transaction(async (tx) => {
    const [team] = await tx.query<{ seq: number }>('SELECT seq::int AS seq FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
    const seq = (team?.seq ?? 0) + 1;
    await tx.query('UPDATE records SET data = $2::jsonb, version = version + 1, server_seq = $3 WHERE id = $1', [data.id, JSON.stringify(data), seq]);
    await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [teamId, seq]);
  });
}

interface SnapshotRow {
  period: string;
  version: number;
  stats: unknown;
}
const snapshotRows = (db: SqlDatabase) => db.query<SnapshotRow>('SELECT period, version, stats FROM snapshots ORDER BY team_id, period');
const versions = async (db: SqlDatabase) => new Map((await snapshotRows(db)).map((r) => [r.period, r.version]));

/** The team's set-up: three members, three stations (one heavy), a few matrix cells. */
function setUp(teamId: string) {
  const members = [0, 1, 2, 3, 4, 5, 6].map((i): Member => ({ id: uuidv7(), teamId, name: `M${String(i)}`, avatar: 'dog', language: 'nl-BE', ...(i === 2 ? { varietyTarget: 1 } : {}) }));
  const stations = [0, 1, 2].map((i): Station => ({ id: uuidv7(), teamId, name: `S${String(i)}`, picto: 'package', load: i === 0 ? 'heavy' : 'light', ...(i === 2 ? { closedDays: [1, 2, 3, 4, 5] } : {}) }));
  const skills: Skill[] = [
    { id: uuidv7(), teamId, memberId: members[0]?.id ?? '', stationId: stations[0]?.id ?? '', level: 'U' },
    { id: uuidv7(), teamId, memberId: members[1]?.id ?? '', stationId: stations[0]?.id ?? '', level: 'L', trainingGoal: true },
    { id: uuidv7(), teamId, memberId: members[2]?.id ?? '', stationId: stations[1]?.id ?? '', level: 'O' },
  ];
  return { members, stations, skills };
}

const idx = (n: number) => fc.integer({ min: 0, max: n - 1 });
const day = idx(DAYS);
const level = fc.constantFrom('I', 'L', 'U', 'O', null);

const workload = fc.record({
  checkins: fc.array(fc.record({ member: idx(7), day, score: fc.integer({ min: 1, max: 5 }), five: fc.boolean(), energy: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), talk: fc.boolean() }), { maxLength: 20 }),
  orders: fc.array(fc.record({ day, quantity: fc.integer({ min: 1, max: 20 }), cancelled: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  tasks: fc.array(fc.record({ order: fc.nat(), station: idx(3), day, member: fc.option(idx(3), { nil: null }), cancelled: fc.boolean() }), { minLength: 1, maxLength: 8 }),
  completions: fc.array(fc.record({ task: fc.nat(), member: idx(3), good: fc.integer({ min: 0, max: 10 }), rejected: fc.integer({ min: 0, max: 3 }), later: fc.integer({ min: 0, max: 1 }) }), { maxLength: 10 }),
  helpCalls: fc.array(fc.record({ member: idx(3), day }), { maxLength: 4 }),
  acks: fc.array(fc.record({ target: fc.nat(), minutes: fc.integer({ min: 1, max: 600 }) }), { maxLength: 6 }),
  slots: fc.uniqueArray(fc.record({ member: idx(3), day, pm: fc.boolean(), station: fc.option(idx(3), { nil: null }), placedBy: fc.constantFrom('member', 'coach', 'optimiser', 'team'), late: fc.boolean() }), {
    maxLength: 12,
    selector: (s) => `${String(s.member)}|${String(s.day)}|${String(s.pm)}`,
  }),
  skillChanges: fc.array(fc.record({ member: idx(3), station: idx(3), from: level, to: level, day }), { maxLength: 4 }),
  /** The batch each record goes in, cycled over the records. */
  batchOf: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
  /** The late batch for the oldest week (2026-W44). */
  late: fc.record({ member: idx(7), day: idx(7), score: fc.integer({ min: 1, max: 3 }), good: fc.integer({ min: 0, max: 5 }) }),
  /** A task moved to another day, after everything else. */
  move: fc.record({ task: fc.nat(), day }),
});
type Workload = typeof workload extends fc.Arbitrary<infer T> ? T : never;

function buildRecords(teamId: string, w: Workload) {
  const { members, stations, skills } = setUp(teamId);
  const member = (i: number) => members[i]?.id ?? '';
  const station = (i: number) => stations[i]?.id ?? '';
  const checkins = w.checkins.map(
    (c): Checkin => ({
      id: uuidv7(),
      teamId,
      memberId: member(c.member),
      day: dayOf(c.day),
      moment: 'start',
      score: c.five ? c.score : Math.min(3, c.score),
      ...(c.five ? { scale: 5 as const } : {}),
      ...(c.energy === undefined ? {} : { energy: c.energy }),
      ...(c.talk ? { wantsTalk: true } : {}),
      answeredAt: instantOf(c.day, 9),
    }),
  );
  const orders = w.orders.map((o): Order => ({ id: uuidv7(), teamId, customer: 'Klant', product: 'Doos', quantity: o.quantity, due: instantOf(o.day, 16), ...(o.cancelled ? { cancelled: true } : {}) }));
  const taskDays: number[] = [];
  const tasks = w.tasks.map((t): Task => {
    taskDays.push(t.day);
    return { id: uuidv7(), teamId, orderId: orders[t.order % orders.length]?.id ?? '', cardId: uuidv7(), stationId: station(t.station), day: dayOf(t.day), memberId: t.member === null ? null : member(t.member), quantity: 5, ...(t.cancelled ? { cancelled: true } : {}) };
  });
  const completions = w.completions.map((c): TaskCompletion => {
    const t = c.task % tasks.length;
    // Done on the task's day or the day after, mid-morning.
    return { id: uuidv7(), teamId, taskId: tasks[t]?.id ?? '', memberId: member(c.member), good: c.good, rejected: c.rejected, completedAt: instantOf(Math.min(DAYS - 1, (taskDays[t] ?? 0) + c.later), 11) };
  });
  const helpCalls = w.helpCalls.map((h): HelpCall => ({ id: uuidv7(), teamId, memberId: member(h.member), reason: 'material', calledAt: instantOf(h.day, 13) }));
  const ackable = [...helpCalls.map((h) => ({ id: h.id, at: h.calledAt })), ...checkins.filter((c) => c.wantsTalk === true).map((c) => ({ id: c.id, at: c.answeredAt }))];
  const helpAcks = ackable.length === 0 ? [] : w.acks.map((a): HelpAck => {
    const target = ackable[a.target % ackable.length] ?? { id: '', at: '' };
    return { id: uuidv7(), teamId, callId: target.id, ackedAt: new Date(Date.parse(target.at) + a.minutes * 60_000).toISOString() };
  });
  const rotaSlots = w.slots.map(
    (s): RotaSlot => ({
      id: uuidv7(),
      teamId,
      memberId: member(s.member),
      stationId: s.station === null ? null : station(s.station),
      day: dayOf(s.day),
      shift: s.pm ? 'pm' : 'am',
      week: isoWeekOf(dayOf(s.day)),
      placedBy: s.placedBy,
      pinned: false,
      ...(s.late ? { lateChange: true } : {}),
    }),
  );
  const skillChanges = w.skillChanges.map((c): SkillChange => ({ id: uuidv7(), teamId, memberId: member(c.member), stationId: station(c.station), from: c.from, to: c.to, changedAt: instantOf(c.day, 14), deviceId: uuidv7() }));
  const setUpRecords: NewServerRecord[] = [...members.map((data) => ({ kind: 'member' as const, data })), ...stations.map((data) => ({ kind: 'station' as const, data })), ...skills.map((data) => ({ kind: 'skill' as const, data }))];
  const events: NewServerRecord[] = [
    ...orders.map((data) => ({ kind: 'order' as const, data })),
    ...tasks.map((data) => ({ kind: 'task' as const, data })),
    ...checkins.map((data) => ({ kind: 'checkin' as const, data })),
    ...completions.map((data) => ({ kind: 'taskCompletion' as const, data })),
    ...helpCalls.map((data) => ({ kind: 'helpCall' as const, data })),
    ...helpAcks.map((data) => ({ kind: 'helpAck' as const, data })),
    ...rotaSlots.map((data) => ({ kind: 'rotaSlot' as const, data })),
    ...skillChanges.map((data) => ({ kind: 'skillChange' as const, data })),
  ];
  // Late, for the oldest week: an answer and a completion of the first task on a day of W44.
  const lateDay = w.late.day;
  const late: NewServerRecord[] = [
    { kind: 'checkin', data: { id: uuidv7(), teamId, memberId: member(w.late.member), day: dayOf(lateDay), moment: 'end', score: w.late.score, answeredAt: instantOf(lateDay, 15) } satisfies Checkin },
    { kind: 'taskCompletion', data: { id: uuidv7(), teamId, taskId: tasks[0]?.id ?? '', memberId: member(w.late.member), good: w.late.good, rejected: 1, completedAt: instantOf(lateDay, 15) } satisfies TaskCompletion },
  ];
  const moved = tasks[w.move.task % tasks.length];
  const move = moved === undefined ? null : { ...moved, day: dayOf(w.move.day) };
  return { setUpRecords, events, late, move };
}

describe('snapshots kept up to date incrementally', () => {
  it('agree with a recomputation from scratch, whatever the batches (property)', async () => {
    // One database for every run, emptied before each: opening and migrating one per run would be most of the time.
    const { db, dispose } = await openTestDatabase('pglite');
    try {
      await fc.assert(
        fc.asyncProperty(workload, async (w) => {
          await db.query('TRUNCATE snapshot_sources, snapshot_cursors, snapshots, records, teams, sites, organisations CASCADE');
          const { teamId } = await createTeam(db);
          const { setUpRecords, events, late, move } = buildRecords(teamId, w);
          await insertServerRecords(db, teamId, setUpRecords, HLC);
          await refreshSnapshots(db);
          const batches: NewServerRecord[][] = [[], [], [], []];
          events.forEach((r, i) => batches[w.batchOf[i % w.batchOf.length] ?? 0]?.push(r));
          for (const batch of batches) {
            await insertServerRecords(db, teamId, batch, HLC);
            await refreshSnapshots(db);
          }
          await insertServerRecords(db, teamId, late, HLC);
          await refreshSnapshots(db);
          if (move) await updateRecord(db, teamId, move);
          await refreshSnapshots(db);

          const incremental = await snapshotRows(db);
          const outcome = await recomputeAllSnapshots(db);
          expect(outcome.changed).toBe(0);
          expect(await snapshotRows(db)).toEqual(incremental);
        }),
        { numRuns: 15 },
      );
    } finally {
      await dispose();
    }
  }, 180_000);

  it('a late answer bumps its week and block and no other; a moved task its old and new weeks', async () => {
    const { db, dispose } = await openTestDatabase('pglite');
    try {
      const { teamId } = await createTeam(db);
      const { members, stations, skills } = setUp(teamId);
      const memberId = members[0]?.id ?? '';
      const order: Order = { id: uuidv7(), teamId, customer: 'Klant', product: 'Doos', quantity: 5, due: instantOf(30, 16) };
      // One answer a week, W44 to W48, and a task on Wednesday of W46.
      const checkins = [0, 7, 14, 21, 28].map((d): Checkin => ({ id: uuidv7(), teamId, memberId, day: dayOf(d), moment: 'start', score: 3, answeredAt: instantOf(d, 9) }));
      const task: Task = { id: uuidv7(), teamId, orderId: order.id, cardId: uuidv7(), stationId: stations[0]?.id ?? '', day: dayOf(16), memberId, quantity: 5 };
      await insertServerRecords(
        db,
        teamId,
        [
          ...members.map((data) => ({ kind: 'member' as const, data })),
          ...stations.map((data) => ({ kind: 'station' as const, data })),
          ...skills.map((data) => ({ kind: 'skill' as const, data })),
          { kind: 'order', data: order },
          { kind: 'task', data: task },
          ...checkins.map((data) => ({ kind: 'checkin' as const, data })),
        ],
        HLC,
      );
      await refreshSnapshots(db);
      const before = await versions(db);
      expect([...before.keys()]).toEqual(expect.arrayContaining(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-B11', '2026-B12']));

      // Five more members answer late, on Tuesday of W44 (block 11: W41–W44). Five, because a change of
      // fewer respondents keeps the well-being figures last shown (holdWellbeing.ts) and bumps nothing.
      const late = members.slice(1, 6).map((m): Checkin => ({ id: uuidv7(), teamId, memberId: m.id, day: dayOf(1), moment: 'start', score: 1, answeredAt: instantOf(1, 9) }));
      expect(late).toHaveLength(5);
      await insertServerRecords(db, teamId, late.map((data) => ({ kind: 'checkin' as const, data })), HLC);
      const lateOutcome = await refreshSnapshots(db);
      const afterLate = await versions(db);
      expect(lateOutcome.changed).toBe(2);
      for (const [period, version] of before) expect([period, afterLate.get(period)]).toEqual([period, ['2026-W44', '2026-B11'].includes(period) ? version + 1 : version]);

      // The task moves from Wednesday of W46 to Wednesday of W47: both weeks and their block (12: W45–W48) change.
      await updateRecord(db, teamId, { ...task, day: dayOf(23) });
      await refreshSnapshots(db);
      const afterMove = await versions(db);
      for (const [period, version] of afterLate) expect([period, afterMove.get(period)]).toEqual([period, ['2026-W46', '2026-W47'].includes(period) ? version + 1 : version]);
      // The block holds both weeks: the task is still planned in it, so its statistics do not change.
      expect(afterMove.get('2026-B12')).toBe(afterLate.get('2026-B12'));

      const incremental = await snapshotRows(db);
      expect((await recomputeAllSnapshots(db)).changed).toBe(0);
      expect(await snapshotRows(db)).toEqual(incremental);
    } finally {
      await dispose();
    }
  });
  it('a task moved into the window of an earlier completion, and skill changes alone, update the weeks they move', async () => {
    const { db, dispose } = await openTestDatabase('pglite');
    try {
      const { teamId } = await createTeam(db);
      const { members, stations, skills } = setUp(teamId);
      const memberId = members[0]?.id ?? '';
      const order: Order = { id: uuidv7(), teamId, customer: 'Klant', product: 'Doos', quantity: 5, due: instantOf(30, 16) };
      // Planned for W46 but done early, in W44: W44's window (to the end of W45) does not reach the task.
      const task: Task = { id: uuidv7(), teamId, orderId: order.id, cardId: uuidv7(), stationId: stations[0]?.id ?? '', day: dayOf(14), memberId, quantity: 5 };
      const early: TaskCompletion = { id: uuidv7(), teamId, taskId: task.id, memberId, good: 4, rejected: 1, completedAt: instantOf(2, 11) };
      await insertServerRecords(
        db,
        teamId,
        [...members.map((data) => ({ kind: 'member' as const, data })), ...stations.map((data) => ({ kind: 'station' as const, data })), ...skills.map((data) => ({ kind: 'skill' as const, data })), { kind: 'order', data: order }, { kind: 'task', data: task }, { kind: 'taskCompletion', data: early }],
        HLC,
      );
      await refreshSnapshots(db);
      const stationsOf = async (period: string) => (await snapshotRows(db)).find((r) => r.period === period)?.stats as { stations: unknown[] } | undefined;
      expect((await stationsOf('2026-W44'))?.stations).toEqual([]);
      // Moved to W45: now W44 knows the station of its pieces.
      await updateRecord(db, teamId, { ...task, day: dayOf(7) });
      await refreshSnapshots(db);
      expect((await stationsOf('2026-W44'))?.stations).toEqual([{ stationId: stations[0]?.id, name: 'S0', good: 4, rejected: 1 }]);

      // Two skill changes in one push, in W44 and W47: W47 gets its snapshot with its step.
      const change = (day: number): SkillChange => ({ id: uuidv7(), teamId, memberId, stationId: stations[1]?.id ?? '', from: 'I', to: 'L', changedAt: instantOf(day, 14), deviceId: uuidv7() });
      await insertServerRecords(db, teamId, [change(3), change(22)].map((data) => ({ kind: 'skillChange' as const, data })), HLC);
      await refreshSnapshots(db);
      expect(((await snapshotRows(db)).find((r) => r.period === '2026-W47')?.stats as { iluoSteps: number } | undefined)?.iluoSteps).toBe(1);

      const incremental = await snapshotRows(db);
      expect((await recomputeAllSnapshots(db)).changed).toBe(0);
      expect(await snapshotRows(db)).toEqual(incremental);
    } finally {
      await dispose();
    }
  });
});
