/** Help calls and their acknowledgements, written like every other change: record and outbox together. */
import type { HelpAck, HelpCall, HelpReason } from '#shared/records.ts';
import { writeLocal, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export async function callForHelp(db: SchakelDb, call: { teamId: string; memberId: string; reason: HelpReason }, ctx: WriteContext): Promise<HelpCall> {
  const record: HelpCall = { id: ctx.newId(), ...call, calledAt: ctx.now.toISOString() };
  await writeLocal(db, { kind: 'helpCall', op: 'insert', record }, { ...ctx, actorMemberId: call.memberId });
  return record;
}

export async function acknowledgeHelp(db: SchakelDb, call: HelpCall, ctx: WriteContext): Promise<HelpAck> {
  const record: HelpAck = { id: ctx.newId(), teamId: call.teamId, callId: call.id, ackedAt: ctx.now.toISOString() };
  await writeLocal(db, { kind: 'helpAck', op: 'insert', record }, ctx);
  return record;
}

export interface HelpCallState {
  readonly call: HelpCall;
  readonly acknowledged: boolean;
}

/** A member's latest help call made at or after `since`, and whether a coach has seen it. */
export async function latestHelpCall(db: SchakelDb, memberId: string, since: Date): Promise<HelpCallState | null> {
  const calls = await db.helpCalls.where('memberId').equals(memberId).sortBy('calledAt');
  const call = calls.filter((c) => Date.parse(c.calledAt) >= since.getTime()).at(-1);
  if (!call) return null;
  return { call, acknowledged: (await db.helpAcks.where('callId').equals(call.id).count()) > 0 };
}

/** The team's calls no coach has acknowledged yet, oldest first. */
export async function openHelpCalls(db: SchakelDb): Promise<HelpCall[]> {
  const acked = new Set((await db.helpAcks.toArray()).map((a) => a.callId));
  return (await db.helpCalls.orderBy('calledAt').toArray()).filter((c) => !acked.has(c.id));
}
