/**
 * A second demo organisation with eight weeks of history, so a coordinator
 * opening /coordinator on a fresh server sees snapshots side by side, a
 * trend, and the privacy gate at work: in Team Sorteren seven of ten members
 * say how they feel each day; in Team Herstel only four of six do, too few
 * to show. Both organisations form a demo chain. Its teams are separate
 * from the tablet demo's, so the tablets' day is untouched. Synthetic
 * answers from a fixed seed: the same on every first start.
 */
import { isoWeekOf, type Checkin, type HelpAck, type HelpCall, type Member, type Order, type RotaSlot, type Skill, type SkillChange, type Station, type Task, type TaskCompletion } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { addWeeks, daysOfWeek } from '#shared/snapshots/periods.ts';
import { formatHlc } from '#shared/hlc.ts';
import { localDay } from '#shared/time.ts';
import { insertServerRecords, type NewServerRecord } from '#server/storage/syncStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';

export const HISTORY_ORGANISATION = 'Kringloop Noord (demo)';
export const DEMO_CHAIN = 'Demoketen Verpakking';
const HISTORY_WEEKS = 8;
const TEAMS = [
  { name: 'Team Sorteren', site: 'Brugge', members: ['Karel', 'Lotte', 'Mo', 'Nina', 'Omar', 'Pien', 'Quinten', 'Rani', 'Sofie', 'Tom'], answering: 7 },
  { name: 'Team Herstel', site: 'Brugge', members: ['Ugo', 'Vera', 'Wout', 'Xena', 'Yasmin', 'Zeno'], answering: 4 },
] as const;
const STATIONS = [
  ['Sorteren', 'package', true],
  ['Wegen', 'scale', false],
  ['Herstellen', 'wrench', false],
] as const;

/** A small fixed-seed generator (mulberry32): the demo's numbers are the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const at = (day: string, hour: number, minute = 0) => new Date(`${day}T00:00:00`).getTime() + (hour * 60 + minute) * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

export async function seedDemoHistory(db: SqlDatabase, deps: { readonly now: Date; readonly newId: () => string; readonly workshopOrganisationId: string }): Promise<void> {
  const orgId = deps.newId();
  const siteId = deps.newId();
  await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [orgId, HISTORY_ORGANISATION]);
  await db.query('INSERT INTO sites (id, organisation_id, name) VALUES ($1, $2, $3)', [siteId, orgId, TEAMS[0].site]);
  const chainId = deps.newId();
  await db.query('INSERT INTO chains (id, name) VALUES ($1, $2)', [chainId, DEMO_CHAIN]);
  await db.query("INSERT INTO chain_links (chain_id, organisation_id, role) VALUES ($1, $2, 'workshop'), ($1, $3, 'supplier')", [chainId, deps.workshopOrganisationId, orgId]);
  const thisWeek = isoWeekOf(localDay(deps.now));
  const weeks = Array.from({ length: HISTORY_WEEKS }, (_, i) => addWeeks(thisWeek, i - HISTORY_WEEKS));
  const next = random(49);
  for (const team of TEAMS) {
    const teamId = deps.newId();
    await db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [teamId, siteId, team.name]);
    const records = teamHistory(teamId, team, weeks, deps.newId, next);
    await insertServerRecords(db, teamId, records, formatHlc({ wallMs: deps.now.getTime(), counter: 0, node: 'server' }));
  }
}

function teamHistory(teamId: string, team: (typeof TEAMS)[number], weeks: readonly string[], newId: () => string, next: () => number): NewServerRecord[] {
  const members = team.members.map((name, i): Member => ({ id: newId(), teamId, name, avatar: (['dog', 'cat', 'fox', 'bear', 'panda', 'rabbit', 'tiger', 'lion', 'cow', 'frog'] as const)[i % 10] ?? 'dog', language: 'nl-BE', varietyTarget: 2 }));
  const stations = STATIONS.map(([name, picto, heavy]): Station => ({ id: newId(), teamId, name, picto, load: heavy ? 'heavy' : 'light' }));
  const skills = members.flatMap((m, mi) =>
    stations.map((s, si): Skill => ({ id: requireNaturalId('skill', { teamId, memberId: m.id, stationId: s.id }), teamId, memberId: m.id, stationId: s.id, level: (['L', 'U', 'O'] as const)[(mi + si) % 3] ?? 'U', ...(si === 2 && mi % 3 === 0 ? { trainingGoal: true } : {}) })),
  );
  const out: NewServerRecord[] = [...members.map((data) => ({ kind: 'member' as const, data })), ...stations.map((data) => ({ kind: 'station' as const, data })), ...skills.map((data) => ({ kind: 'skill' as const, data }))];
  const add = (kind: NewServerRecord['kind'], data: NewServerRecord['data']) => out.push({ kind, data });
  weeks.forEach((week, w) => {
    const days = daysOfWeek(week).slice(0, 5);
    const order: Order = { id: newId(), teamId, customer: 'Demo Retail', reference: `DR-${week}`, product: 'Gesorteerde bakken', quantity: members.length * 5 * 60, due: iso(at(days[4] ?? '', 15)) };
    add('order', order);
    members.forEach((m, mi) => {
      days.forEach((day, d) => {
        const station = stations[(mi + d + w) % stations.length] ?? stations[0];
        if (!station) return;
        for (const shift of ['am', 'pm'] as const) {
          const slot: RotaSlot = { id: requireNaturalId('rotaSlot', { teamId, memberId: m.id, day, shift }), teamId, memberId: m.id, stationId: shift === 'am' ? station.id : (stations[(mi + d + w + 1) % stations.length]?.id ?? station.id), day, shift, week, placedBy: next() < 0.45 ? 'team' : next() < 0.5 ? 'optimiser' : 'coach', pinned: false, ...(next() < 0.04 ? { lateChange: true } : {}) };
          add('rotaSlot', slot);
        }
        const task: Task = { id: newId(), teamId, orderId: order.id, cardId: newId(), stationId: station.id, day, memberId: m.id, quantity: 60 };
        add('task', task);
        if (next() < 0.93) {
          const rejected = next() < 0.3 ? Math.floor(next() * 6) : 0;
          const completion: TaskCompletion = { id: newId(), teamId, taskId: task.id, memberId: m.id, good: 60 - rejected + (next() < 0.5 ? 2 : 0), rejected, completedAt: iso(at(day, 14, Math.floor(next() * 50))) };
          add('taskCompletion', completion);
        }
        if (mi < team.answering && next() < 0.9) {
          const mood = Math.min(3, Math.max(1, Math.round(2.3 + (next() - 0.4) * 2)));
          const checkin: Checkin = { id: newId(), teamId, memberId: m.id, day, moment: 'start', score: mood, scale: 3, energy: 1 + Math.floor(next() * 3), ...(next() < 0.05 ? { wantsTalk: true } : {}), answeredAt: iso(at(day, 8, 10)) };
          add('checkin', checkin);
          if (checkin.wantsTalk === true) add('helpAck', { id: newId(), teamId, callId: checkin.id, ackedAt: iso(at(day, 10, Math.floor(next() * 50))) } satisfies HelpAck);
        }
        if (next() < 0.08) {
          const call: HelpCall = { id: newId(), teamId, memberId: m.id, reason: 'material', calledAt: iso(at(day, 11)) };
          add('helpCall', call);
          add('helpAck', { id: newId(), teamId, callId: call.id, ackedAt: iso(at(day, 11, 1 + Math.floor(next() * 6))) } satisfies HelpAck);
        }
      });
      if (next() < 0.15) {
        const station = stations[mi % stations.length];
        if (station) add('skillChange', { id: newId(), teamId, memberId: m.id, stationId: station.id, from: 'L', to: 'U', changedAt: iso(at(days[2] ?? '', 13)), deviceId: newId() } satisfies SkillChange);
      }
    });
  });
  return out;
}
