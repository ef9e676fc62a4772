/** Help calls and their acknowledgements, written like every other change: record and outbox together. */
import type { HelpAck, HelpCall, HelpReason } from '#shared/records.ts';
import { writeLocal, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

/** The step a call was made from: the coach sees the card, the step's number and its picture. */
export interface HelpCallStep {
  readonly taskId: string;
  readonly cardId: string;
  readonly stepId: string;
  readonly stepIndex: number;
}

export async function callForHelp(
  db: SchakelDb,
  call: { teamId: string; memberId: string; reason: HelpReason; step?: HelpCallStep | undefined },
  ctx: WriteContext,
): Promise<HelpCall> {
  const { step, ...rest } = call;
  const record: HelpCall = { id: ctx.newId(), ...rest, ...step, calledAt: ctx.now.toISOString() };
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
  /**
   * Still in this tablet's outbox: the server has not taken it, so no coach can know of it yet.
   * This, not the network flag, is what makes "your coach is coming" true or not.
   */
  readonly queued: boolean;
}

/** Where one call stands: still on this tablet, with the server, or seen. */
export async function helpCallState(db: SchakelDb, call: HelpCall): Promise<HelpCallState> {
  const [acks, waiting] = await Promise.all([db.helpAcks.where('callId').equals(call.id).count(), db.outbox.where('recordId').equals(call.id).count()]);
  return { call, acknowledged: acks > 0, queued: waiting > 0 };
}

function stateOf(db: SchakelDb, call: HelpCall | undefined): Promise<HelpCallState | null> {
  return call ? helpCallState(db, call) : Promise.resolve(null);
}

/** A member's latest help call made at or after `since`, and whether it has left the tablet and a coach has seen it. */
export async function latestHelpCall(db: SchakelDb, memberId: string, since: Date): Promise<HelpCallState | null> {
  const calls = await db.helpCalls.where('memberId').equals(memberId).sortBy('calledAt');
  return stateOf(db, calls.filter((c) => Date.parse(c.calledAt) >= since.getTime()).at(-1));
}

/** The latest call a member made from one step of one task; a seen one lets the task go on. */
export async function stepHelpCall(db: SchakelDb, memberId: string, taskId: string, stepId: string): Promise<HelpCallState | null> {
  const calls = await db.helpCalls.where('memberId').equals(memberId).sortBy('calledAt');
  return stateOf(db, calls.filter((c) => c.taskId === taskId && c.stepId === stepId).at(-1));
}

/** The team's calls no coach has acknowledged yet, oldest first. */
export async function openHelpCalls(db: SchakelDb): Promise<HelpCall[]> {
  const acked = new Set((await db.helpAcks.toArray()).map((a) => a.callId));
  return (await db.helpCalls.orderBy('calledAt').toArray()).filter((c) => !acked.has(c.id));
}
