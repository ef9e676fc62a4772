/**
 * A year of a 400-member sheltered workshop for the snapshots benchmark:
 * one organisation, 4 sites, 40 teams of 10 members with 4 stations each
 * (one heavy), the whole skills matrix, ~200 skill changes per team, and per
 * member and working day (Mon–Fri, up to today) a check-in, three tasks and
 * their completions, two rota slots, and now and then a help call; one order
 * a team a day that the day's tasks belong to.
 *
 * Deterministic: every pick and every id comes from one seeded generator per
 * team (ids are UUIDv7 stamped with the record's own time), so the same seed
 * on the same day gives the same records on PGlite and on Postgres.
 *
 * Records are written with bulk SQL (jsonb_to_recordset, 5,000 rows a
 * statement), not through the sync path; each team's `teams.seq` is bumped to
 * its last server_seq, so sequences are unique per team and increasing.
 */
import { V7Generator } from 'uuidv7';
import type { Checkin, HelpAck, HelpCall, IluoCell, Member, Order, RotaSlot, Skill, SkillChange, Station, Task, TaskCompletion } from '#shared/records.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { addWeeks, daysOfWeek } from '#shared/snapshots/periods.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { SeededRandom } from '#tests/helpers/SeededRandom.ts';

export const SHAPE = { sites: 4, teams: 40, membersPerTeam: 10, stationsPerTeam: 4, skillChangesPerTeam: 200, weeks: 52 } as const;
const INSERT_CHUNK = 5_000;
const LEVELS: readonly IluoCell[] = [null, 'I', 'L', 'U', 'O'];
const HELP_REASONS = ['material', 'machine', 'notSure', 'break', 'unwell'] as const;
const PLACERS = ['member', 'member', 'member', 'team', 'team', 'coach', 'coach', 'coach', 'optimiser', 'optimiser'] as const;

export interface SeedRecord {
  readonly kind: string;
  readonly data: { readonly id: string } & object;
}

export interface TeamPlan {
  readonly id: string;
  readonly name: string;
  readonly siteIndex: number;
}

export interface WorkshopPlan {
  readonly organisationId: string;
  readonly sites: readonly { id: string; name: string }[];
  readonly teams: readonly TeamPlan[];
  /** The working days (Mon–Fri) of the 52 weeks, up to and including today. */
  readonly days: readonly string[];
  readonly currentWeek: string;
}

/** A seeded generator with UUIDv7 ids stamped with a given time. */
export class Draws {
  readonly random: SeededRandom;
  private readonly ids: V7Generator;

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
    this.ids = new V7Generator(this.random);
  }

  id(atMs: number): string {
    return this.ids.generateOrResetWithTs(atMs).toString();
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.random.nextUint32() / 2 ** 32 < p;
  }

  int(min: number, max: number): number {
    return min + this.random.below(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    const item = this.random.pick(items);
    if (item === undefined) throw new Error('pick from nothing');
    return item;
  }
}

/** `day` (YYYY-MM-DD) at a UTC time of day, as an ISO instant; the workshop is in Belgium, so the local day is the same. */
export function at(day: string, hour: number, minute: number, second = 0): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}.000Z`;
}

function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function planWorkshop(seed: number, now: Date): WorkshopPlan {
  const draws = new Draws(seed);
  const t = now.getTime();
  const today = utcDay(now);
  const currentWeek = isoWeekOf(today);
  const days: string[] = [];
  for (let w = SHAPE.weeks - 1; w >= 0; w -= 1) {
    for (const day of (daysOfWeek(addWeeks(currentWeek, -w))).slice(0, 5)) if (day <= today) days.push(day);
  }
  const sites = Array.from({ length: SHAPE.sites }, (_, i) => ({ id: draws.id(t), name: `Site ${String(i + 1)}` }));
  const teams = Array.from({ length: SHAPE.teams }, (_, i) => ({ id: draws.id(t), name: `Team ${String(i + 1).padStart(2, '0')}`, siteIndex: i % SHAPE.sites }));
  return { organisationId: draws.id(t), sites, teams, days, currentWeek };
}

export async function insertWorkshop(db: SqlDatabase, plan: WorkshopPlan): Promise<void> {
  await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [plan.organisationId, 'Bench Werkplaats']);
  for (const site of plan.sites) await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [site.id, plan.organisationId, site.name]);
  for (const team of plan.teams) await db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [team.id, plan.sites[team.siteIndex]?.id, team.name]);
}

/** What a team's year holds beside its records: what the late push needs to point at. */
export interface TeamYear {
  readonly records: SeedRecord[];
  readonly memberIds: readonly string[];
  readonly tasksByDay: ReadonlyMap<string, readonly Task[]>;
}

/** One team's year of records, in the order the tablets would have synced them (set-up first, then day by day). */
export function teamYear(seed: number, teamId: string, days: readonly string[]): TeamYear {
  const draws = new Draws(seed);
  const start = Date.parse(at(days[0] ?? '2000-01-03', 6, 0));
  const records: SeedRecord[] = [];
  const add = <T extends { id: string }>(kind: string, data: T) => {
    records.push({ kind, data });
    return data;
  };
  const coachDevice = draws.id(start);

  const members: Member[] = Array.from({ length: SHAPE.membersPerTeam }, (_, i) =>
    add('member', {
      id: draws.id(start),
      teamId,
      name: `Lid ${String(i + 1)}`,
      avatar: draws.pick(['dog', 'cat', 'owl', 'fox']),
      language: 'nl-BE' as const,
      scale: draws.chance(0.3) ? (5 as const) : (3 as const),
      varietyTarget: draws.int(2, 4),
    }),
  );
  const stations: Station[] = Array.from({ length: SHAPE.stationsPerTeam }, (_, i) =>
    add('station', { id: draws.id(start), teamId, name: `Post ${String(i + 1)}`, picto: 'package', load: i === 0 ? ('heavy' as const) : i === 1 ? ('medium' as const) : ('light' as const) }),
  );
  const cardOf = new Map(stations.map((s) => [s.id, draws.id(start)]));
  const skills: Skill[] = members.flatMap((m) =>
    stations.map((s) => add('skill', { id: draws.id(start), teamId, memberId: m.id, stationId: s.id, level: draws.pick(LEVELS), ...(draws.chance(0.15) ? { trainingGoal: true } : {}) })),
  );

  // Skill changes: ~200 a team over the year, each one step up the ladder.
  const changeDays = new Map<string, SkillChange[]>();
  for (let i = 0; i < SHAPE.skillChangesPerTeam; i += 1) {
    const cell = draws.pick(skills);
    const from = draws.pick(LEVELS.slice(0, 4));
    const day = draws.pick(days);
    const change: SkillChange = { id: '', teamId, memberId: cell.memberId, stationId: cell.stationId, from, to: LEVELS[LEVELS.indexOf(from) + 1] ?? 'O', changedAt: at(day, 13, draws.int(0, 59)), deviceId: coachDevice };
    changeDays.set(day, [...(changeDays.get(day) ?? []), change]);
  }

  const tasksByDay = new Map<string, Task[]>();
  for (const day of days) {
    const dayMs = Date.parse(at(day, 6, 0));
    const week = isoWeekOf(day);
    for (const change of changeDays.get(day) ?? []) add('skillChange', { ...change, id: draws.id(Date.parse(change.changedAt)) });

    // Today's rota: each member gets a station (sometimes the pool) for the morning and the afternoon.
    const slots: RotaSlot[] = members.flatMap((m) =>
      (['am', 'pm'] as const).map((shift) => {
        const placedBy = draws.pick(PLACERS);
        return add('rotaSlot', {
          id: draws.id(dayMs - 3 * 86_400_000),
          teamId,
          memberId: m.id,
          stationId: draws.chance(0.05) ? null : draws.pick(stations).id,
          day,
          shift,
          week,
          placedBy,
          ...(placedBy === 'member' ? { placedByMemberId: m.id } : {}),
          pinned: placedBy !== 'optimiser' && draws.chance(0.5),
          ...(draws.chance(0.03) ? { lateChange: true } : {}),
        });
      }),
    );

    const orderQuantity = draws.int(600, 1200);
    const order: Order = add('order', { id: draws.id(dayMs - 86_400_000), teamId, customer: `Klant ${String(draws.int(1, 25))}`, product: `Product ${String(draws.int(1, 60))}`, quantity: orderQuantity, due: at(day, 15, 0) });

    const tasks: Task[] = [];
    for (const m of members) {
      // Arrival: the check-in.
      const score = draws.int(1, m.scale ?? 3);
      const checkin: Checkin = add('checkin', {
        id: draws.id(Date.parse(at(day, 7, 0))),
        teamId,
        memberId: m.id,
        day,
        moment: 'start' as const,
        score,
        scale: m.scale ?? 3,
        ...(draws.chance(0.8) ? { energy: draws.int(1, 3) } : {}),
        ...(draws.chance(0.04) ? { wantsTalk: true } : {}),
        answeredAt: at(day, 7, draws.int(0, 30)),
      });
      if (checkin.wantsTalk === true && draws.chance(0.9)) add('helpAck', { id: draws.id(Date.parse(at(day, 8, 0))), teamId, callId: checkin.id, ackedAt: at(day, 8, draws.int(0, 59)) } satisfies HelpAck);

      // Three tasks on the day's order (one in the morning, two in the afternoon), at the stations of the
      // member's slots, each finished once: with the rest, about a million records in the year.
      for (const shift of ['am', 'pm', 'pm'] as const) {
        const slot = slots.find((s) => s.memberId === m.id && s.shift === shift);
        const stationId = slot?.stationId ?? draws.pick(stations).id;
        const quantity = Math.round(orderQuantity / (3 * SHAPE.membersPerTeam)) + draws.int(-5, 5);
        const task: Task = add('task', { id: draws.id(dayMs - 86_400_000), teamId, orderId: order.id, cardId: cardOf.get(stationId) ?? stationId, stationId, day, memberId: m.id, quantity: Math.max(1, quantity) });
        tasks.push(task);
        const rejected = draws.chance(0.7) ? 0 : draws.int(1, 4);
        const hour = shift === 'am' ? draws.int(9, 11) : draws.pick([13, 14, 15]);
        add('taskCompletion', { id: draws.id(Date.parse(at(day, hour, 0))), teamId, taskId: task.id, memberId: m.id, good: Math.max(0, task.quantity - rejected), rejected, completedAt: at(day, hour, draws.int(0, 59)) } satisfies TaskCompletion);
      }

      // Now and then a help call, mostly seen by the coach a few minutes later.
      if (draws.chance(0.1)) {
        const calledAt = at(day, draws.int(8, 14), draws.int(0, 59));
        const call: HelpCall = add('helpCall', { id: draws.id(Date.parse(calledAt)), teamId, memberId: m.id, reason: draws.pick(HELP_REASONS), calledAt });
        if (draws.chance(0.9)) {
          const ackedAt = new Date(Date.parse(calledAt) + draws.int(20, 900) * 1000).toISOString();
          add('helpAck', { id: draws.id(Date.parse(ackedAt)), teamId, callId: call.id, ackedAt } satisfies HelpAck);
        }
      }
    }
    tasksByDay.set(day, tasks);
  }
  return { records, memberIds: members.map((m) => m.id), tasksByDay };
}

/** A late push: for each member and working day of `week`, an end-of-day check-in, and the rest extra completions of that week's tasks. */
export function latePush(seed: number, teamId: string, year: TeamYear, week: string, total: number): SeedRecord[] {
  const draws = new Draws(seed);
  const days = daysOfWeek(week).slice(0, 5);
  const records: SeedRecord[] = [];
  for (const day of days) {
    for (const memberId of year.memberIds) {
      const answeredAt = at(day, 15, draws.int(30, 59));
      const checkin: Checkin = { id: draws.id(Date.parse(answeredAt)), teamId, memberId, day, moment: 'end', score: draws.int(1, 3), scale: 3, energy: draws.int(1, 3), answeredAt };
      records.push({ kind: 'checkin', data: checkin });
    }
  }
  const tasks = days.flatMap((d) => year.tasksByDay.get(d) ?? []);
  if (tasks.length === 0) throw new Error(`team has no tasks in ${week}`);
  while (records.length < total) {
    const task = draws.pick(tasks);
    const completedAt = at(task.day, 14, draws.int(0, 59), draws.int(0, 59));
    const completion: TaskCompletion = { id: draws.id(Date.parse(completedAt)), teamId, taskId: task.id, memberId: task.memberId ?? draws.pick(year.memberIds), good: draws.int(1, 10), rejected: draws.int(0, 2), completedAt };
    records.push({ kind: 'taskCompletion', data: completion });
  }
  return records;
}

/** Appends `records` to a team's log in chunks, with server sequences after its current one, and moves `teams.seq` along. */
export async function bulkInsert(db: SqlDatabase, teamId: string, records: readonly SeedRecord[]): Promise<number> {
  const [team] = await db.query<{ seq: number }>('SELECT seq::int AS seq FROM teams WHERE id = $1', [teamId]);
  let seq = team?.seq ?? 0;
  for (let i = 0; i < records.length; i += INSERT_CHUNK) {
    const rows = records.slice(i, i + INSERT_CHUNK).map((r) => {
      seq += 1;
      return { id: r.data.id, kind: r.kind, data: r.data, server_seq: seq };
    });
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO records (id, team_id, kind, data, field_hlc, version, server_seq, updated_at)
         SELECT x.id, $1::uuid, x.kind, x.data, '{}'::jsonb, 1, x.server_seq, now()
           FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, kind text, data jsonb, server_seq bigint)`,
        [teamId, JSON.stringify(rows)],
      );
      await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [teamId, seq]);
    });
  }
  return seq;
}
