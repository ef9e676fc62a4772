/**
 * Seeds the demo workshop on first start and tops it up with the current
 * week's orders and tasks on later starts, so a demo left running for weeks
 * still has a "today". Safe to run on every start.
 */
import { formatHlc } from '#shared/hlc.ts';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { Card, Member, Order, RejectReason, Skill, Station, Task, TeamSettings } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { insertServerRecords, type NewServerRecord } from '#server/storage/syncStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { DEMO_LEVELS, DEMO_ORGANISATION, DEMO_PIN, DEMO_REJECT_REASONS, DEMO_TEAMS, type DemoTeam } from './demoWorkshop.ts';

export interface SeedDeps {
  readonly now: Date;
  readonly newId: () => string;
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

/** Adds this week's orders and two tasks per member per day, unless the week already has them. */
async function ensureWeek(db: SqlDatabase, deps: SeedDeps): Promise<boolean> {
  const week = weekDays(deps.now);
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
    const orders = demo.orders.map(([customer, product, quantity, weekday, hour]): Order => ({
      id: deps.newId(), teamId, customer, product, quantity, due: dueAt(deps.now, weekday, hour),
    }));
    const tasks: Task[] = [];
    week.forEach((day, dayIndex) => {
      members.forEach((member, memberIndex) => {
        for (let k = 0; k < TASKS_PER_MEMBER_PER_DAY; k++) {
          const card = cards[(memberIndex + dayIndex + k) % cards.length];
          const order = orders[(memberIndex + k) % orders.length];
          if (!card || !order) continue;
          tasks.push({ id: deps.newId(), teamId, orderId: order.id, cardId: card.id, stationId: card.stationId, day, memberId: member.id, quantity: 50 });
        }
      });
    });
    await insertServerRecords(db, teamId, [...orders.map((data) => ({ kind: 'order' as const, data })), ...tasks.map((data) => ({ kind: 'task' as const, data }))], serverHlc(deps.now));
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
