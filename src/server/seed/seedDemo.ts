/**
 * Seeds the demo workshop on first start and tops it up with the current
 * week's orders and tasks on later starts, so a demo left running for weeks
 * still has a "today". Safe to run on every start.
 */
import { formatHlc } from '#shared/hlc.ts';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { isoWeekOf, type Card, type Member, type Order, type RejectReason, type Skill, type Station, type Task, type TeamSettings } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { insertServerRecords, type NewServerRecord } from '#server/storage/syncStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { seedDemoHistory } from './demoHistory.ts';
import { DEMO_LEVELS, DEMO_ORGANISATION, DEMO_PIN, DEMO_REJECT_REASONS, DEMO_TEAMS, type DemoTeam } from './demoWorkshop.ts';

export interface SeedDeps {
  readonly now: Date;
  readonly newId: () => string;
  /** Adds the demo chain's second organisation with eight weeks of history for the dashboard (demoHistory.ts). */
  readonly history?: boolean;
}

const TASKS_PER_MEMBER_PER_DAY = 2;

export async function seedDemo(db: SqlDatabase, deps: SeedDeps): Promise<{ created: boolean; weekAdded: boolean }> {
  const existing = await db.query('SELECT 1 FROM organisations LIMIT 1');
  const created = existing.length === 0;
  if (created) await createWorkshop(db, deps);
  await ensureTeamSettings(db, deps);
  const weekAdded = await ensureWeek(db, deps);
  return { created, weekAdded };
}

async function createWorkshop(db: SqlDatabase, deps: SeedDeps): Promise<void> {
  const hlc = serverHlc(deps.now);
  const orgId = deps.newId();
  await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [orgId, DEMO_ORGANISATION]);
  for (const team of DEMO_TEAMS) {
    const siteId = await siteFor(db, orgId, team.site, deps);
    const teamId = deps.newId();
    await db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [teamId, siteId, team.name]);
    await insertServerRecords(db, teamId, await teamSetup(team, teamId, deps.newId), hlc);
  }
  if (deps.history === true) await seedDemoHistory(db, { now: deps.now, newId: deps.newId, workshopOrganisationId: orgId });
}

async function siteFor(db: SqlDatabase, orgId: string, name: string, deps: SeedDeps): Promise<string> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM sites WHERE organisation_id = $1 AND name = $2', [orgId, name]);
  if (row) return row.id;
  const id = deps.newId();
  await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [id, orgId, name]);
  return id;
}

async function teamSetup(team: DemoTeam, teamId: string, newId: () => string): Promise<NewServerRecord[]> {
  const demoPin = await hashPin(memberPinText(DEMO_PIN), newPinSalt());
  const members = team.members.map(([name, avatar, language], i): Member => ({
    id: newId(),
    teamId,
    name,
    avatar,
    language,
    ...(i === 0 ? { pin: demoPin } : {}),
    // Every third member answers on the five-face scale, to show both.
    ...(i % 3 === 2 ? { scale: 5 as const } : {}),
  }));
  const stations = team.stations.map(([name, picto, heavy]): Station => ({ id: newId(), teamId, name, picto, load: heavy ? 'heavy' : 'light' }));
  const stationId = (name: string) => {
    const s = stations.find((x) => x.name === name);
    if (!s) throw new Error(`demo card names unknown station ${name}`);
    return s.id;
  };
  const cards = team.cards.map((c): Card => ({
    id: newId(),
    teamId,
    stationId: stationId(c.station),
    language: 'nl-BE',
    title: c.title,
    picto: c.picto,
    ppe: [...c.ppe],
    steps: c.steps.map(({ speech, ...step }) => ({ id: newId(), ...step, speech: speech ?? step.text })),
    version: 1,
    products: [...c.products],
    ...(c.piecesPerHour === undefined ? {} : { piecesPerHour: c.piecesPerHour }),
  }));
  return [
    ...members.map((data) => ({ kind: 'member' as const, data })),
    ...stations.map((data) => ({ kind: 'station' as const, data })),
    ...cards.map((data) => ({ kind: 'card' as const, data })),
  ];
}

/**
 * Team settings, the reject reasons and the skills matrix, for teams that do
 * not have them yet: on first start, and on a database seeded by an older
 * release.
 */
async function ensureTeamSettings(db: SqlDatabase, deps: SeedDeps): Promise<void> {
  const teams = await db.query<{ id: string; name: string }>('SELECT id, name FROM teams ORDER BY name');
  for (const { id: teamId, name } of teams) {
    if (!DEMO_TEAMS.some((t) => t.name === name)) continue;
    const has = await db.query("SELECT 1 FROM records WHERE team_id = $1 AND kind = 'teamSettings' LIMIT 1", [teamId]);
    if (has.length > 0) continue;
    const rows = await db.query<{ kind: string; data: Record<string, unknown> }>(
      "SELECT kind, data FROM records WHERE team_id = $1 AND kind IN ('member', 'station') AND NOT deleted ORDER BY server_seq",
      [teamId],
    );
    const members = rows.filter((r) => r.kind === 'member').map((r) => r.data as unknown as Member);
    const stations = rows.filter((r) => r.kind === 'station').map((r) => r.data as unknown as Station);
    const settings: TeamSettings = { id: requireNaturalId('teamSettings', { teamId }), teamId, defaultStationId: stations[0]?.id ?? null };
    const reasons = DEMO_REJECT_REASONS.map(([picto, label], position): RejectReason => ({ id: deps.newId(), teamId, picto, label, position }));
    const skills = members.flatMap((m, mi) =>
      stations.map((st, si): Skill => ({ id: requireNaturalId('skill', { teamId, memberId: m.id, stationId: st.id }), teamId, memberId: m.id, stationId: st.id, level: DEMO_LEVELS[(mi + si) % DEMO_LEVELS.length] ?? 'L' })),
    );
    await insertServerRecords(
      db,
      teamId,
      [
        { kind: 'teamSettings', data: settings },
        ...reasons.map((data) => ({ kind: 'rejectReason' as const, data })),
        ...skills.map((data) => ({ kind: 'skill' as const, data })),
      ],
      serverHlc(deps.now),
    );
  }
}

/**
 * Adds this week's orders and two tasks per member per day, unless the week
 * already has them. The cards rotate over members and days as they always
 * did (the demo's scripts and tests know who has which card when); each
 * task is for an order its card makes. Orders are named by customer and a
 * reference carrying the ISO week, so their ids are the natural ids and a
 * new week gets new orders. The team's rush order (DemoRushOrder) is due
 * a few hours after this runs and gets no tasks.
 */
async function ensureWeek(db: SqlDatabase, deps: SeedDeps): Promise<boolean> {
  const week = weekDays(deps.now);
  const isoWeek = isoWeekOf(localDay(deps.now)).replace('-', '');
  const teams = await db.query<{ id: string; name: string }>('SELECT id, name FROM teams ORDER BY name');
  let added = false;
  for (const { id: teamId, name } of teams) {
    const demo = DEMO_TEAMS.find((t) => t.name === name);
    if (!demo) continue;
    const has = await db.query("SELECT 1 FROM records WHERE team_id = $1 AND kind = 'task' AND data->>'day' = ANY($2::text[]) LIMIT 1", [teamId, week]);
    if (has.length > 0) continue;
    const rows = await db.query<{ kind: string; data: Record<string, unknown> }>(
      "SELECT kind, data FROM records WHERE team_id = $1 AND kind IN ('member', 'card') AND NOT deleted ORDER BY server_seq",
      [teamId],
    );
    const members = rows.filter((r) => r.kind === 'member').map((r) => r.data as unknown as Member);
    const cards = rows.filter((r) => r.kind === 'card').map((r) => r.data as unknown as Card);
    const cardId = (title: string) => cards.find((c) => c.title === title)?.id;
    const order = (o: { customer: string; reference: string; product: string; card: string; quantity: number }, due: string, priority: Order['priority']): Order => {
      const reference = `${o.reference}-${isoWeek}`;
      const card = cardId(o.card);
      return {
        id: requireNaturalId('order', { teamId, customer: o.customer, reference }),
        teamId, customer: o.customer, reference, product: o.product, quantity: o.quantity, due,
        ...(card === undefined ? {} : { cardId: card }),
        ...(priority === undefined ? {} : { priority }),
      };
    };
    const orders = demo.orders.map((o) => order(o, dueAt(deps.now, o.dueWeekday, o.dueHour), o.priority ?? 'normal'));
    const rush = demo.rushOrder;
    const rushOrders = rush ? [order(rush, new Date(deps.now.getTime() + rush.dueInHours * 3_600_000).toISOString(), 'rush')] : [];
    const tasks: Task[] = [];
    week.forEach((day, dayIndex) => {
      members.forEach((member, memberIndex) => {
        for (let k = 0; k < TASKS_PER_MEMBER_PER_DAY; k++) {
          const card = cards[(memberIndex + dayIndex + k) % cards.length];
          const forCard = orders.filter((o) => o.cardId === card?.id);
          const forTask = forCard[(memberIndex + dayIndex) % Math.max(1, forCard.length)];
          if (!card || !forTask) continue;
          tasks.push({ id: deps.newId(), teamId, orderId: forTask.id, cardId: card.id, stationId: card.stationId, day, memberId: member.id, quantity: 50 });
        }
      });
    });
    await insertServerRecords(
      db,
      teamId,
      [...[...orders, ...rushOrders].map((data) => ({ kind: 'order' as const, data })), ...tasks.map((data) => ({ kind: 'task' as const, data }))],
      serverHlc(deps.now),
    );
    added = true;
  }
  return added;
}

/** Monday to Sunday of the week holding `now`, in the server's time zone. */
export function weekDays(now: Date): string[] {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => localDay(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i)));
}

function dueAt(now: Date, weekday: number, hour: number): string {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  return new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + weekday - 1, hour).toISOString();
}

function serverHlc(now: Date): string {
  return formatHlc({ wallMs: now.getTime(), counter: 0, node: 'server' });
}
