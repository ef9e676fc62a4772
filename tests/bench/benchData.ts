/**
 * Data for the sync benchmark: extra teams with members, a large team for the
 * pull, event records, the raw-INSERT baseline, and the lost/duplicated check.
 * Everything here is setup or checking; none of it is timed as sync.
 */
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import type { Card, Member, Order, Station, Task, TaskCompletion } from '#shared/records.ts';
import { createEnrolmentCode, DEFAULT_ENROLMENT_CODE_DAYS } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { insertServerRecords, type NewServerRecord } from '#server/storage/syncStore.ts';
import { newEnrolmentCode } from '#server/tokens.ts';

const DAY = '2026-11-25';
const INSERT_CHUNK = 5_000;

export function serverHlc(now: Date): string {
  return formatHlc({ wallMs: now.getTime(), counter: 0, node: 'server' });
}

/** A new team on the demo organisation's first site. */
export async function createTeam(db: SqlDatabase, name: string): Promise<string> {
  const [site] = await db.query<{ id: string }>('SELECT id FROM sites ORDER BY name LIMIT 1');
  if (!site) throw new Error('the demo workshop has no site');
  const id = uuidv7();
  await db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [id, site.id, name]);
  return id;
}

export function members(teamId: string, count: number): Member[] {
  return Array.from({ length: count }, (_, i) => ({ id: uuidv7(), teamId, name: `Lid ${String(i + 1)}`, avatar: 'dog', language: 'nl-BE' }));
}

export async function insertRecords(db: SqlDatabase, teamId: string, records: readonly NewServerRecord[], now: Date): Promise<void> {
  for (let i = 0; i < records.length; i += INSERT_CHUNK) {
    await insertServerRecords(db, teamId, records.slice(i, i + INSERT_CHUNK), serverHlc(now));
  }
}

export async function newCodes(db: SqlDatabase, teamId: string, count: number): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const code = newEnrolmentCode();
    if (codes.includes(code)) continue;
    await createEnrolmentCode(db, teamId, 'kiosk', code, DEFAULT_ENROLMENT_CODE_DAYS);
    codes.push(code);
  }
  return codes;
}

/** The i-th of a run of finished tasks, spread over the given members and tasks. */
export function completion(teamId: string, memberIds: readonly string[], taskIds: readonly string[], i: number, start: Date): TaskCompletion {
  return {
    id: uuidv7(),
    teamId,
    taskId: taskIds[i % taskIds.length] ?? uuidv7(),
    memberId: memberIds[i % memberIds.length] ?? uuidv7(),
    good: 5 + (i % 45),
    rejected: i % 4,
    completedAt: new Date(start.getTime() + i * 1000).toISOString(),
  };
}

/**
 * A station, a card, an order and a task on them for a team: what a tablet's finished-task events
 * name. The server refuses an event naming a task its team does not hold.
 */
export function teamTask(teamId: string, memberId: string | null, now: Date): { task: Task; records: NewServerRecord[] } {
  const station: Station = { id: uuidv7(), teamId, name: 'Post 1', picto: 'package', load: 'light' };
  const card: Card = { id: uuidv7(), teamId, stationId: station.id, title: 'Werkkaart', picto: 'package', ppe: [], version: 1, steps: [{ id: uuidv7(), picto: 'package', text: 'Tel tien stukken.', speech: 'Tel tien stukken.' }] };
  const order: Order = { id: uuidv7(), teamId, customer: 'Klant', product: 'Product', quantity: 1_000, due: new Date(now.getTime() + 86_400_000).toISOString() };
  const task: Task = { id: uuidv7(), teamId, orderId: order.id, cardId: card.id, stationId: station.id, day: DAY, memberId, quantity: 1_000 };
  return {
    task,
    records: [
      { kind: 'station', data: station },
      { kind: 'card', data: card },
      { kind: 'order', data: order },
      { kind: 'task', data: task },
    ],
  };
}

/** `total` records for one team, shaped like a busy team's history: mostly tasks and finished tasks. */
export function largeTeam(teamId: string, total: number, now: Date): NewServerRecord[] {
  const team = members(teamId, 40);
  const stations: Station[] = Array.from({ length: 8 }, (_, i) => ({ id: uuidv7(), teamId, name: `Post ${String(i + 1)}`, picto: 'package', load: i % 3 === 0 ? 'heavy' : 'light' }));
  const cards: Card[] = Array.from({ length: 24 }, (_, i) => ({
    id: uuidv7(),
    teamId,
    stationId: stations[i % stations.length]?.id ?? uuidv7(),
    title: `Werkkaart ${String(i + 1)}`,
    picto: 'package',
    ppe: ['gloves'],
    version: 1,
    steps: ['Doe je handschoenen aan.', 'Neem een doos.', 'Tel tien stukken.', 'Sluit de doos.'].map((text) => ({ id: uuidv7(), picto: 'package', text, speech: text })),
  }));
  const orders: Order[] = Array.from({ length: 400 }, (_, i) => ({
    id: uuidv7(), teamId, customer: `Klant ${String(i % 37)}`, product: `Product ${String(i)}`, quantity: 100 + i, due: new Date(now.getTime() + i * 3_600_000).toISOString(),
  }));
  const taskCount = Math.round((total - team.length - stations.length - cards.length - orders.length) * 0.4);
  const tasks: Task[] = Array.from({ length: taskCount }, (_, i) => {
    const card = cards[i % cards.length];
    return { id: uuidv7(), teamId, orderId: orders[i % orders.length]?.id ?? uuidv7(), cardId: card?.id ?? uuidv7(), stationId: card?.stationId ?? uuidv7(), day: DAY, memberId: team[i % team.length]?.id ?? null, quantity: 50 };
  });
  const done = total - team.length - stations.length - cards.length - orders.length - tasks.length;
  const memberIds = team.map((m) => m.id);
  const taskIds = tasks.map((t) => t.id);
  return [
    ...team.map((data) => ({ kind: 'member' as const, data })),
    ...stations.map((data) => ({ kind: 'station' as const, data })),
    ...cards.map((data) => ({ kind: 'card' as const, data })),
    ...orders.map((data) => ({ kind: 'order' as const, data })),
    ...tasks.map((data) => ({ kind: 'task' as const, data })),
    ...Array.from({ length: done }, (_, i) => ({ kind: 'taskCompletion' as const, data: completion(teamId, memberIds, taskIds, i, now) })),
  ];
}

const RAW_COLUMNS = 9;

/**
 * The baseline: the same kind of rows a push writes (taskCompletion rows with
 * data, field HLCs, server sequence and device), inserted with plain
 * multi-row INSERTs of `batch` rows, one statement (so one transaction) per
 * batch, into a team of their own. Statements are built before the clock
 * starts; returns the seconds the inserts took.
 */
export async function rawInsert(db: SqlDatabase, teamId: string, deviceId: string, rows: readonly TaskCompletion[], batch: number, hlc: string): Promise<number> {
  const statements: { sql: string; params: unknown[] }[] = [];
  let seq = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const values = slice.map((_, j) => `(${Array.from({ length: RAW_COLUMNS }, (_, k) => `$${String(j * RAW_COLUMNS + k + 1)}`).join(', ')})`).join(', ');
    const params = slice.flatMap((r) => {
      seq += 1;
      const fieldHlc = Object.fromEntries(Object.keys(r).map((f) => [f, hlc]));
      return [r.id, teamId, 'taskCompletion', JSON.stringify(r), JSON.stringify(fieldHlc), 1, false, seq, deviceId];
    });
    statements.push({ sql: `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq, device_id) VALUES ${values}`, params });
  }
  const t0 = performance.now();
  for (const s of statements) await db.query(s.sql, s.params);
  const seconds = (performance.now() - t0) / 1000;
  await db.query('UPDATE teams SET seq = $2 WHERE id = $1', [teamId, seq]);
  return seconds;
}

export interface DeliveryCheck {
  readonly sent: number;
  readonly found: number;
  readonly lost: number;
  readonly duplicated: number;
}

/**
 * Counts what the server holds against what was sent: lost = sent ids with
 * no row; duplicated = rows beyond one per sent id, plus rows of `kind` in
 * the teams that nobody sent (a resend stored under another id).
 */
export async function checkDelivery(db: SqlDatabase, teamIds: readonly string[], kind: string, sentIds: readonly string[]): Promise<DeliveryCheck> {
  const [byId] = await db.query<{ n: number; d: number }>(
    'SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM records WHERE id = ANY($1::uuid[])',
    [[...sentIds]],
  );
  const [inTeams] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE team_id = ANY($1::uuid[]) AND kind = $2', [[...teamIds], kind]);
  const rows = byId?.n ?? 0;
  const distinct = byId?.d ?? 0;
  const teamRows = inTeams?.n ?? 0;
  const unique = new Set(sentIds).size;
  return { sent: unique, found: distinct, lost: unique - distinct, duplicated: rows - distinct + Math.max(0, teamRows - distinct) };
}
