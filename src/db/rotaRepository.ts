/**
 * What the week board changes on a tablet: a member in a slot, a member's
 * availability for a half-day, the plan's state. Every change goes through
 * writeLocal (record and outbox entry together); records take the id of
 * their natural key, so two tablets editing one week offline merge per slot.
 */
import { plannedDays, type WeekRecords } from '#domain/rota/weekInstance.ts';
import { isLateChange, overridesMember } from '#domain/rotaSlots.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import type { AbsenceReason, OverrideReason } from '#shared/records/kinds/rotaFields.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import type { Availability, RotaSlot, RotaWeek, Shift } from '#shared/records.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export interface SlotPlace {
  readonly teamId: string;
  readonly memberId: string;
  readonly day: string;
  readonly shift: Shift;
  /** Null: the pool. */
  readonly stationId: string | null;
}

export type Placer =
  | { readonly by: 'member' }
  | { readonly by: 'coach'; readonly overrideReason?: OverrideReason }
  | { readonly by: 'optimiser' };

export class OverrideNeedsReasonError extends Error {
  constructor() {
    super('Moving a member from the place they chose themself needs a reason.');
  }
}

export async function rotaWeekOf(db: SchakelDb, teamId: string, week: string): Promise<RotaWeek | undefined> {
  const id = naturalId('rotaWeek', { teamId, week });
  return id === null ? undefined : db.rotaWeeks.get(id);
}

/**
 * Puts a member in a slot. A member places themself (a pin); a coach pins
 * too, and must give a reason to move a member from their own choice; the
 * optimiser's places are suggestions it may change later (not pins). A
 * change to a published week less than 48 h ahead is marked late.
 */
export async function placeInSlot(db: SchakelDb, place: SlotPlace, placer: Placer, ctx: WriteContext): Promise<RotaSlot> {
  const week = isoWeekOf(place.day);
  const id = naturalId('rotaSlot', { ...place });
  if (id === null) throw new Error('a rota slot needs team, member, day and half-day');
  return db.transaction('rw', [...writeTables(db, 'rotaSlot'), db.rotaWeeks], async () => {
    const existing = await db.rotaSlots.get(id);
    const overrideReason = placer.by === 'coach' ? (placer.overrideReason ?? null) : null;
    if (placer.by === 'coach' && overridesMember(existing, place.stationId) && overrideReason === null) throw new OverrideNeedsReasonError();
    const state = (await rotaWeekOf(db, place.teamId, week))?.state;
    const record: RotaSlot = {
      id,
      ...place,
      week,
      placedBy: placer.by,
      placedByMemberId: placer.by === 'member' ? place.memberId : null,
      pinned: placer.by !== 'optimiser',
      overrideReason,
      lateChange: isLateChange(state, place.day, place.shift, ctx.now),
    };
    if (!existing) {
      await writeLocal(db, { kind: 'rotaSlot', op: 'insert', record }, ctx);
      return record;
    }
    const fields = Object.fromEntries(Object.entries(record).filter(([k, v]) => existing[k as keyof RotaSlot] !== v)) as Partial<RotaSlot>;
    if (Object.keys(fields).length > 0) await writeLocal(db, { kind: 'rotaSlot', op: 'patch', id, fields }, ctx);
    return { ...existing, ...fields };
  });
}

/** Marks a member present or absent (with a reason) for one half-day. */
export async function setAvailability(db: SchakelDb, place: Omit<SlotPlace, 'stationId'>, reason: AbsenceReason | null, ctx: WriteContext): Promise<Availability> {
  const id = naturalId('availability', { ...place });
  if (id === null) throw new Error('availability needs team, member, day and half-day');
  const record: Availability = { id, ...place, present: reason === null, reason };
  return db.transaction('rw', writeTables(db, 'availability'), async () => {
    const existing = await db.availability.get(id);
    if (!existing) await writeLocal(db, { kind: 'availability', op: 'insert', record }, ctx);
    else if (existing.present !== record.present || existing.reason !== record.reason) {
      await writeLocal(db, { kind: 'availability', op: 'patch', id, fields: { present: record.present, reason: record.reason } }, ctx);
    }
    return record;
  });
}

/**
 * The team says "we agree": the week's state, who was there, and every
 * slot the optimiser suggested becomes the team's (confirmed by the team).
 */
export async function agreeWeek(db: SchakelDb, teamId: string, week: string, presentMemberIds: readonly string[], ctx: WriteContext): Promise<RotaWeek> {
  return db.transaction('rw', [...writeTables(db, 'rotaWeek'), db.rotaSlots], async () => {
    const record = await writeWeek(db, teamId, week, { state: 'agreed', agreedBy: [...presentMemberIds], agreedAt: ctx.now.toISOString() }, ctx);
    const suggested = await db.rotaSlots.where('week').equals(week).filter((s) => s.teamId === teamId && s.placedBy === 'optimiser').toArray();
    for (const slot of suggested) await writeLocal(db, { kind: 'rotaSlot', op: 'patch', id: slot.id, fields: { placedBy: 'team', pinned: true } }, ctx);
    return record;
  });
}

/** The coach publishes the agreed week: members' Today goes by it from now on. */
export async function publishWeek(db: SchakelDb, teamId: string, week: string, ctx: WriteContext): Promise<RotaWeek> {
  return db.transaction('rw', writeTables(db, 'rotaWeek'), () => writeWeek(db, teamId, week, { state: 'published', publishedAt: ctx.now.toISOString() }, ctx));
}

async function writeWeek(db: SchakelDb, teamId: string, week: string, fields: Partial<RotaWeek>, ctx: WriteContext): Promise<RotaWeek> {
  const id = naturalId('rotaWeek', { teamId, week });
  if (id === null) throw new Error('a week plan needs a team and a week');
  const existing = await db.rotaWeeks.get(id);
  if (!existing) {
    const record: RotaWeek = { id, teamId, week, state: 'draft', agreedBy: [], agreedAt: null, publishedAt: null, ...fields };
    await writeLocal(db, { kind: 'rotaWeek', op: 'insert', record }, ctx);
    return record;
  }
  await writeLocal(db, { kind: 'rotaWeek', op: 'patch', id, fields }, ctx);
  return { ...existing, ...fields };
}

/** Everything the board and Suggest read for one week of a team, as the week instance takes it. */
export async function loadWeekRecords(db: SchakelDb, teamId: string, week: string): Promise<WeekRecords> {
  const days = plannedDays(week);
  const [members, stations, skills, availability, slots, settings] = await db.transaction('r', [db.members, db.stations, db.skills, db.availability, db.rotaSlots, db.teamSettings], () =>
    Promise.all([
      db.members.where('teamId').equals(teamId).toArray(),
      db.stations.filter((s) => s.teamId === teamId).toArray(),
      db.skills.filter((s) => s.teamId === teamId).toArray(),
      db.availability.where('day').anyOf(days).filter((a) => a.teamId === teamId).toArray(),
      db.rotaSlots.where('week').equals(week).filter((s) => s.teamId === teamId).toArray(),
      db.teamSettings.filter((s) => s.teamId === teamId).first(),
    ]),
  );
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return { week, members: members.sort(byName), stations: stations.sort(byName), skills, availability, slots, weights: settings?.rotaWeights };
}
