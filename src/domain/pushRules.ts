/**
 * The server's rule for each mutation of a push batch, around
 * applyMutation: what to answer, what to store and what to log. Pure — the
 * push transaction (server/sync/pushBatch.ts) loads what the rule reads,
 * calls it once per mutation in order, and saves what it returns.
 *
 * - A sequence number at or below the device's high-water mark was seen
 *   before: it changes nothing and hears the first answer again (a refusal
 *   again, with the server's state; a conflict again), so a tablet whose
 *   first answer was lost still rolls back or takes the merge.
 * - A device is shown a record's state (`current`) only when the record is
 *   of its team and of a kind its role may read.
 * - Only a change that alters the record (applied, or a conflict that still
 *   merged some fields) takes the team's next sequence number.
 * - Every conflict and refusal is logged: nothing a device sent vanishes
 *   unexplained, and a resend can hear the same answer.
 */
import type { Mutation, MutationResult, ServerRecord } from '#shared/protocol.ts';
import { applyMutation, type MutationContext, type MutationOutcome, type StoredRecord } from './applyMutation.ts';
import { prepareMutation } from './prepareMutation.ts';
import { roleMayRead } from './recordKinds.ts';
import { slotConflictId, slotConflictNote } from './slotConflict.ts';

/** A record as the server holds it, with the team sequence number it was last written under. */
export interface HeldRecord {
  readonly record: StoredRecord;
  readonly serverSeq: number;
}

/** The first answer to a sequence number, as the sync log keeps it (only refusals and conflicts are kept). */
export interface LoggedVerdict {
  readonly status: 'rejected' | 'conflict';
  readonly reason: string;
  /** A refusal's stable code (errorCodes.ts CHANGE_REFUSALS), when it has one. */
  readonly code?: string;
}

export interface LogEntry extends LoggedVerdict {
  readonly seq: number;
  readonly mutationId: string;
  readonly recordId: string;
}

/** What the rule reads, as the push transaction holds it at this point of the batch. */
export interface PushState extends MutationContext {
  /** The highest sequence number of this device the server has processed. */
  readonly highWaterMark: number;
  /** The team's sequence number so far; a stored change takes the next one. */
  readonly teamSeq: number;
  readonly earlierVerdict: (seq: number) => LoggedVerdict | undefined;
  readonly current: (recordId: string) => HeldRecord | undefined;
  /** The HLC the server orders a new change by (ServerClock.effectiveHlc); asked only for changes not seen before. */
  readonly stampHlc: (hlc: string) => string;
  /** The id a record was merged into, for ids that were merged away (record_aliases). */
  readonly mergedInto: (recordId: string) => string | undefined;
}

export interface PushDecision {
  readonly result: MutationResult;
  /** The record to store, under the team's next sequence number; null when nothing changes. */
  readonly write: HeldRecord | null;
  readonly log: LogEntry | null;
  /** The device's high-water mark after this mutation. */
  readonly highWaterMark: number;
  /** An id the device made for a record the server keeps under another (its natural id), to remember. */
  readonly alias: { readonly aliasId: string; readonly recordId: string } | null;
  /** A record the server writes beside the change (a rota clash's note, slotConflict.ts), under the sequence number after the change's. */
  readonly note: HeldRecord | null;
}

/** The rule for one pushed mutation: a resend is answered as before, anything new is merged. */
export function decidePush(pushed: Mutation, state: PushState): PushDecision {
  // Up to the server's record formats, and onto the id the record must have (prepareMutation.ts).
  const prepared = prepareMutation(pushed, state.mergedInto);
  if (pushed.seq <= state.highWaterMark) return answerResend(prepared.status === 'ready' ? prepared.mutation : pushed, state);
  if (prepared.status === 'rejected') return answerOutcome(pushed, { status: 'rejected', reason: prepared.reason }, state);
  const m: Mutation = { ...prepared.mutation, hlc: state.stampHlc(pushed.hlc) };
  const before = state.current(m.recordId)?.record ?? null;
  const outcome = applyMutation(before, m, state);
  const decision = answerOutcome(m, outcome, state);
  const alias = prepared.aliasOf !== null && decision.write !== null ? { aliasId: prepared.aliasOf, recordId: m.recordId } : null;
  return { ...decision, alias, note: clashNote(before, m, outcome, decision, state) };
}

/** The note of a member's place and a coach's that met on one slot unseen, stored after the slot's change. */
function clashNote(before: StoredRecord | null, m: Mutation, outcome: MutationOutcome, decision: PushDecision, state: PushState): HeldRecord | null {
  if (m.kind !== 'rotaSlot' || (outcome.status !== 'applied' && outcome.status !== 'conflict')) return null;
  const note = slotConflictNote(before, m, outcome.record, state.current(slotConflictId(state.teamId, m.recordId))?.record);
  return note === null ? null : { record: note, serverSeq: (decision.write?.serverSeq ?? state.teamSeq) + 1 };
}

/** A sequence number seen before: the answer the first send got, and nothing stored or logged. */
export function answerResend(pushed: Mutation, state: PushState): PushDecision {
  const base = { seq: pushed.seq, mutationId: pushed.mutationId };
  const verdict = state.earlierVerdict(pushed.seq);
  const current = visibleState(state.current(pushed.recordId), state);
  const unchanged = { write: null, log: null, alias: null, note: null, highWaterMark: state.highWaterMark };
  if (verdict?.status === 'rejected') {
    return { ...unchanged, result: { ...base, status: 'rejected', reason: verdict.reason, ...(verdict.code === undefined ? {} : { code: verdict.code }), ...(current ? { current } : {}) } };
  }
  if (verdict?.status === 'conflict' && current) return { ...unchanged, result: { ...base, status: 'conflict', current } };
  return { ...unchanged, result: { ...base, status: 'duplicate' } };
}

/**
 * A new mutation, given what merging it came to (applyMutation's outcome,
 * or a refusal made before merging): the answer, the write and the log.
 * `m` is the mutation as merged (stamped, and re-keyed where the server
 * re-keys), so a refusal shows the state of the record it was aimed at.
 */
export function answerOutcome(m: Mutation, outcome: MutationOutcome, state: PushState): PushDecision {
  const base = { seq: m.seq, mutationId: m.mutationId };
  const moved = { highWaterMark: m.seq, alias: null, note: null };
  switch (outcome.status) {
    case 'applied': {
      const write = { record: outcome.record, serverSeq: state.teamSeq + 1 };
      return { ...moved, result: { ...base, status: 'applied' }, write, log: null };
    }
    case 'conflict': {
      // Fields that lost change nothing; fields that won still make a new version everyone must see.
      const write = outcome.changed ? { record: outcome.record, serverSeq: state.teamSeq + 1 } : null;
      const serverSeq = write?.serverSeq ?? state.current(outcome.record.id)?.serverSeq ?? 0;
      const reason = `fields kept from a newer change: ${outcome.lostFields.join(', ')}`;
      return {
        ...moved,
        result: { ...base, status: 'conflict', current: toServerRecord(outcome.record, serverSeq) },
        write,
        log: { seq: m.seq, mutationId: m.mutationId, recordId: m.recordId, status: 'conflict', reason },
      };
    }
    case 'duplicate':
      return { ...moved, result: { ...base, status: 'duplicate' }, write: null, log: null };
    case 'rejected': {
      // The device rolls its copy back to the server's state, so a refused edit does not linger on screen.
      const current = visibleState(state.current(m.recordId), state);
      const code = outcome.code === undefined ? {} : { code: outcome.code };
      return {
        ...moved,
        result: { ...base, status: 'rejected', reason: outcome.reason, ...code, ...(current ? { current } : {}) },
        write: null,
        log: { seq: m.seq, mutationId: m.mutationId, recordId: m.recordId, status: 'rejected', reason: outcome.reason, ...code },
      };
    }
  }
}

/** The record as a device of this team and role may be shown it, or undefined when it may not. */
function visibleState(held: HeldRecord | undefined, state: Pick<PushState, 'teamId' | 'role'>): ServerRecord | undefined {
  if (!held || held.record.teamId !== state.teamId || !roleMayRead(state.role, held.record.kind)) return undefined;
  return toServerRecord(held.record, held.serverSeq);
}

/** A stored record as the wire carries it: no field HLCs, and no data once deleted. */
export function toServerRecord(r: StoredRecord, serverSeq: number): ServerRecord {
  return { kind: r.kind, id: r.id, version: r.version, deleted: r.deleted, data: r.deleted ? null : { ...r.data }, serverSeq };
}
