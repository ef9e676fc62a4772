/**
 * What a coach changes on a coach tablet: the coach-mode PIN (this tablet
 * only, never synced), cards, member settings, reject reasons, and the
 * acknowledgement of "I want to talk" flags. Every synced change goes through
 * writeLocal, so the record and its outbox entry land together; a change of
 * several records (reordering) lands in one transaction or not at all.
 */
import { cardFirstLanguage } from '#domain/cardLanguage.ts';
// Types only: the talk flags below run on the photo grid, whose chunk stays free of zod.
// Cards are checked with the card schema by the editor (cardDraft.ts) before they get here.
import type { Card, Checkin, HelpAck, Member, PinHash, RejectReason, Task } from '#shared/records.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export async function coachPin(db: SchakelDb): Promise<PinHash | null> {
  const row = await db.localSettings.get('coachPin');
  return row?.key === 'coachPin' ? row.pin : null;
}

/** Stores only the salted hash; the digits never reach the disk. */
export async function setCoachPin(db: SchakelDb, pin: PinHash): Promise<void> {
  await db.localSettings.put({ key: 'coachPin', pin });
}

/** Check-ins where a member asked to talk that no coach has acknowledged yet, oldest first. */
export async function openTalkFlags(db: SchakelDb): Promise<Checkin[]> {
  const acked = new Set((await db.helpAcks.toArray()).map((a) => a.callId));
  return (await db.checkins.toArray()).filter((c) => c.wantsTalk === true && !acked.has(c.id)).sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

/** The coach has seen the flag: a helpAck whose callId is the check-in's id. */
export async function acknowledgeTalk(db: SchakelDb, checkin: Checkin, ctx: WriteContext): Promise<HelpAck> {
  const record: HelpAck = { id: ctx.newId(), teamId: checkin.teamId, callId: checkin.id, ackedAt: ctx.now.toISOString() };
  await writeLocal(db, { kind: 'helpAck', op: 'insert', record }, ctx);
  return record;
}

// Every field a coach edits; a field left out here would never travel in a patch.
const CARD_FIELDS = ['stationId', 'language', 'title', 'translations', 'picto', 'ppe', 'steps'] as const;

/**
 * Saves a card the coach edited. A new card gets version 1; an existing one
 * is patched with only the fields the coach changed since `base` (the card
 * as the editor opened it, or as last saved) and its version goes up by
 * one from what this tablet holds now (a sync may have brought a newer one
 * while the coach was editing), so members pick up the new version from
 * their next task. Returns the card as saved, or unchanged when nothing
 * differs (`changed` false). The caller has checked the card against the
 * card schema (see cardDraft.ts).
 */
export async function saveCard(db: SchakelDb, draft: Omit<Card, 'version'>, base: Card | null, ctx: WriteContext): Promise<{ card: Card; changed: boolean }> {
  return db.transaction('rw', writeTables(db, 'card'), async () => {
    const existing = await db.cards.get(draft.id);
    if (!existing) {
      const record: Card = { ...draft, version: 1 };
      await writeLocal(db, { kind: 'card', op: 'insert', record }, ctx);
      return { card: record, changed: true };
    }
    // Compare with the card as the editor opened it, not as it is now: a field another coach
    // changed meanwhile (and this coach did not touch) must not travel back with a newer stamp.
    const from = base ?? existing;
    const fields: Partial<Card> = {};
    for (const key of CARD_FIELDS) {
      // A card from before languages has none, which means Dutch: naming it is no change.
      const same = key === 'language' ? cardFirstLanguage(draft) === cardFirstLanguage(from) : JSON.stringify(draft[key]) === JSON.stringify(from[key]);
      if (!same) Object.assign(fields, { [key]: draft[key] });
    }
    if (Object.keys(fields).length === 0) return { card: existing, changed: false };
    const version = existing.version + 1;
    await writeLocal(db, { kind: 'card', op: 'patch', id: existing.id, fields: { ...fields, version } }, ctx);
    return { card: { ...existing, ...fields, version }, changed: true };
  });
}

export async function deleteCard(db: SchakelDb, id: string, ctx: WriteContext): Promise<void> {
  await writeLocal(db, { kind: 'card', op: 'delete', id }, ctx);
}

type MemberSettingFields = Partial<Pick<Member, 'language' | 'scale' | 'idleMinutes' | 'speechRate' | 'autoSpeak' | 'pin' | 'detailOverrides'>>;

/** Patches a member's settings; only the given fields travel. Nothing is written when there are none. */
export async function saveMemberSettings(db: SchakelDb, memberId: string, fields: MemberSettingFields, ctx: WriteContext): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  await writeLocal(db, { kind: 'member', op: 'patch', id: memberId, fields }, ctx);
}

/** The team's reject reasons in the order members see them. */
export async function rejectReasonsInOrder(db: SchakelDb): Promise<RejectReason[]> {
  return (await db.rejectReasons.toArray()).sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

export async function addRejectReason(db: SchakelDb, reason: { teamId: string; picto: string; label: string }, ctx: WriteContext): Promise<RejectReason> {
  const last = (await rejectReasonsInOrder(db)).at(-1);
  const record: RejectReason = { id: ctx.newId(), ...reason, label: reason.label.trim(), position: last ? Math.min(last.position + 1, 1000) : 0 };
  await writeLocal(db, { kind: 'rejectReason', op: 'insert', record }, ctx);
  return record;
}

export async function updateRejectReason(db: SchakelDb, id: string, fields: Partial<Pick<RejectReason, 'label' | 'picto'>>, ctx: WriteContext): Promise<void> {
  await writeLocal(db, { kind: 'rejectReason', op: 'patch', id, fields }, ctx);
}

export async function deleteRejectReason(db: SchakelDb, id: string, ctx: WriteContext): Promise<void> {
  await writeLocal(db, { kind: 'rejectReason', op: 'delete', id }, ctx);
}

/**
 * Moves a reason one place up or down. Positions are renumbered 0, 1, 2…
 * where they differ, all in one transaction, so two tablets' lists never
 * end up with a tie that orders differently on each.
 */
export async function moveRejectReason(db: SchakelDb, id: string, delta: -1 | 1, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [...writeTables(db, 'rejectReason')], async () => {
    const reasons = await rejectReasonsInOrder(db);
    const from = reasons.findIndex((r) => r.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= reasons.length) return;
    const moved = [...reasons];
    const [item] = moved.splice(from, 1);
    if (!item) return;
    moved.splice(to, 0, item);
    for (const [position, reason] of moved.entries()) {
      if (reason.position !== position) await writeLocal(db, { kind: 'rejectReason', op: 'patch', id: reason.id, fields: { position } }, ctx);
    }
  });
}

/** Puts a card on a member's day as a task for one order: how a new card reaches the shop floor. */
export async function planTask(db: SchakelDb, task: Omit<Task, 'id'>, ctx: WriteContext): Promise<Task> {
  const record: Task = { id: ctx.newId(), ...task };
  await writeLocal(db, { kind: 'task', op: 'insert', record }, ctx);
  return record;
}
