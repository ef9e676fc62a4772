/**
 * Applies pushes. Guarantees:
 * - all pushes in a call commit together in one transaction, or none does:
 *   every mutation's effect, each device's high-water mark and each team's
 *   sequence move together;
 * - a sequence number at or below the device's high-water mark is a
 *   duplicate and changes nothing, so a resent batch is harmless;
 * - a push whose numbers jump too far past the mark (sequenceGap.ts) is
 *   refused whole and changes nothing, not even the mark, so no real change
 *   after it is ever taken for a duplicate;
 * - device and team rows are locked (in id order, so two servers cannot
 *   deadlock) while sequence numbers are handed out: rows of one team
 *   commit in cursor order and a pull never skips a late commit.
 * Several devices' pushes in one call is group commit: a hall full of
 * tablets pushing at once costs a few transactions, not hundreds.
 * What each mutation comes to is the domain's rule (pushRules.ts); this
 * module only loads what the rule reads and saves what it decides.
 */
import { decidePush, type HeldRecord, type LogEntry, type LoggedVerdict } from '#domain/pushRules.ts';
import type { RotaState } from '#domain/rotaState.ts';
import { slotConflictId } from '#domain/slotConflict.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { referencedIds } from '#shared/records/recordReferences.ts';
import { isEventKind } from '#domain/recordKinds.ts';
import { sequenceGap } from '#domain/sequenceGap.ts';
import type { Mutation, MutationResult } from '#shared/protocol.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import type { RecordRow } from '#server/storage/rows.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { toRow } from '#server/storage/syncStore.ts';
import { loadAliases, preparedTarget, saveAliases, type AliasRow } from './recordFormats.ts';
import { earlierVerdicts, loadRecords, lockDevices, lockTeams, recordKey, saveCounters, teamMemberIds, upsertRecords, verdictKey, writeLog, type TeamRecordKey } from './pushRows.ts';

export class DeviceRevokedError extends Error {
  override readonly name = 'DeviceRevokedError';
}

/** A push numbered too far past the device's high-water mark: refused whole, nothing of it stored. */
export class SequenceGapError extends Error {
  override readonly name = 'SequenceGapError';
  constructor(
    readonly highWaterMark: number,
    readonly after: number,
    readonly seq: number,
  ) {
    super(`sequence ${String(seq)} jumps past ${String(after)}`);
  }
}

/** A push refused as a whole, answered to its request alone: the rest of its group commits. */
export type PushRefusal = DeviceRevokedError | SequenceGapError;

export interface PushOutcome {
  readonly results: MutationResult[];
  readonly highWaterMark: number;
}

/** Stamps a pushed change with the HLC the server orders it by (see ServerClock). */
export interface HlcAuthority {
  effectiveHlc(mutationHlc: string): string;
}

export interface PushItem {
  readonly device: Device;
  readonly mutations: readonly Mutation[];
}

/** Applies the pushes in order, in one transaction; answers each with its outcome or the refusal of the whole push. */
export async function pushBatch(db: SqlDatabase, items: readonly PushItem[], clock: HlcAuthority): Promise<(PushOutcome | PushRefusal)[]> {
  return db.transaction(async (tx) => {
    const devices = await lockDevices(tx, items.map((i) => i.device.id));
    const live = items.filter((i) => devices.get(i.device.id)?.revoked === false);
    const teamSeqs = await lockTeams(tx, live.map((i) => i.device.teamId));
    // Ids are the team's own: every look-up below is by team and id, so another team's record
    // with the same id is never seen, and a change aimed at one is answered as for a missing id.
    const referenced = live.flatMap((i) => i.mutations.flatMap((m) => (m.op === 'delete' ? [] : referencedIds(m.kind, m.data)).map((id) => ({ teamId: i.device.teamId, id }))));
    const aliases = await loadAliases(tx, [
      ...live.flatMap((i) => i.mutations.filter((m) => m.op !== 'insert').map((m) => ({ teamId: i.device.teamId, id: m.recordId }))),
      ...referenced,
    ]);
    const mergedIntoFor = (teamId: string) => (id: string) => aliases.get(recordKey(teamId, id));
    // Records are loaded by the ids the changes will have: a natural id, or the record an id was merged into.
    const pushedMutations = live.flatMap((i) => i.mutations.map((m) => ({ teamId: i.device.teamId, m: preparedTarget(m, mergedIntoFor(i.device.teamId)) })));
    const referencedTargets = referenced.map((r) => ({ teamId: r.teamId, id: mergedIntoFor(r.teamId)(r.id) ?? r.id }));
    const records = await loadRecords(
      tx,
      [...pushedMutations.map(({ teamId, m }) => ({ teamId, id: m.recordId })), ...referencedTargets],
      // Events are never deleted, so only mutable records can have been compacted away; a reference may name either.
      [...pushedMutations.filter(({ m }) => !isEventKind(m.kind)).map(({ teamId, m }) => ({ teamId, id: m.recordId })), ...referencedTargets],
    );
    // A kiosk's rota slot is held to the state of its week's plan, and a clash on a slot replaces
    // the slot's note: load those weeks' and notes' records too.
    const weekKeys = kioskSlotWeekKeys(live, records, mergedIntoFor);
    for (const [key, held] of await loadRecords(tx, [...weekKeys, ...slotNoteKeys(live, mergedIntoFor)], [])) records.set(key, held);
    const earlier: Map<string, LoggedVerdict> = await earlierVerdicts(
      tx,
      live.flatMap((i) => i.mutations.filter((m) => m.seq <= (devices.get(i.device.id)?.highWaterMark ?? 0)).map((m) => ({ deviceId: i.device.id, seq: m.seq }))),
    );
    const members = await teamMemberIds(tx, [...teamSeqs.keys()]);
    const changed = new Map<string, RecordRow & { device_id: string }>();
    const held = (teamId: string, id: string) => records.get(recordKey(teamId, id));
    const log: (LogEntry & { deviceId: string })[] = [];
    const touchedDevices = new Set<string>();
    const newAliases: AliasRow[] = [];

    const outcomes = items.map((item): PushOutcome | PushRefusal => {
      const { device } = item;
      const counters = devices.get(device.id);
      if (!counters || counters.revoked) return new DeviceRevokedError('device revoked');
      // Checked against the mark as this group left it, before any mutation of the push is decided.
      const gap = sequenceGap(counters.highWaterMark, item.mutations.map((m) => m.seq));
      if (gap) return new SequenceGapError(counters.highWaterMark, gap.after, gap.seq);
      const teamMembers = members.get(device.teamId) ?? new Set<string>();
      const mergedInto = mergedIntoFor(device.teamId);
      const results: MutationResult[] = [];
      for (const pushed of item.mutations) {
        // The one place a mutation meets the rules: what the rule reads is the batch as it stands.
        const decision = decidePush(pushed, {
          teamId: device.teamId,
          role: device.role,
          isTeamMember: (id) => teamMembers.has(id),
          rotaWeekState: (week) => rotaWeekState(held(device.teamId, rotaWeekId(device.teamId, week))),
          teamHolds: (id, kinds) => {
            const target = held(device.teamId, mergedInto(id) ?? id);
            return target !== undefined && kinds.includes(target.record.kind);
          },
          highWaterMark: counters.highWaterMark,
          teamSeq: teamSeqs.get(device.teamId) ?? 0,
          earlierVerdict: (seq) => earlier.get(verdictKey(device.id, seq)),
          current: (id) => held(device.teamId, id),
          stampHlc: (hlc) => clock.effectiveHlc(hlc),
          mergedInto,
        });
        if (decision.alias) {
          aliases.set(recordKey(device.teamId, decision.alias.aliasId), decision.alias.recordId);
          newAliases.push({ ...decision.alias, teamId: device.teamId, kind: pushed.kind });
        }
        results.push(decision.result);
        if (decision.highWaterMark !== counters.highWaterMark) {
          counters.highWaterMark = decision.highWaterMark;
          touchedDevices.add(device.id);
        }
        if (decision.write) {
          const { record, serverSeq } = decision.write;
          teamSeqs.set(device.teamId, serverSeq);
          records.set(recordKey(record.teamId, record.id), decision.write);
          changed.set(recordKey(record.teamId, record.id), { ...toRow(record, serverSeq), device_id: device.id });
          // A member added earlier in the batch may act in the mutations after it.
          if (record.kind === 'member' && !record.deleted) teamMembers.add(record.id);
        }
        if (decision.note) {
          const { record, serverSeq } = decision.note;
          teamSeqs.set(device.teamId, serverSeq);
          records.set(recordKey(record.teamId, record.id), decision.note);
          changed.set(recordKey(record.teamId, record.id), { ...toRow(record, serverSeq), device_id: device.id });
        }
        if (decision.log) {
          log.push({ ...decision.log, deviceId: device.id });
          // A resend of this very push later in the same group must hear the same answer.
          earlier.set(verdictKey(device.id, decision.log.seq), decision.log);
        }
      }
      return { results, highWaterMark: counters.highWaterMark };
    });

    await upsertRecords(tx, [...changed.values()]);
    await writeLog(tx, log);
    await saveAliases(tx, newAliases);
    await saveCounters(tx, teamSeqs, new Map([...touchedDevices].map((id) => [id, devices.get(id)?.highWaterMark ?? 0])));
    return outcomes;
  });
}

function rotaWeekId(teamId: string, week: string): string {
  return naturalId('rotaWeek', { teamId, week }) ?? '';
}

function rotaWeekState(held: HeldRecord | undefined): RotaState | undefined {
  const state = held?.record.data?.['state'];
  return state === 'draft' || state === 'agreed' || state === 'published' ? state : undefined;
}

/** The rotaWeek records of the weeks kiosks' pushed rota slots fall in, from the change or the slot it changes. */
function kioskSlotWeekKeys(items: readonly PushItem[], records: ReadonlyMap<string, HeldRecord>, mergedIntoFor: (teamId: string) => (id: string) => string | undefined): TeamRecordKey[] {
  const keys = new Map<string, TeamRecordKey>();
  for (const item of items) {
    if (item.device.role !== 'kiosk') continue;
    const { teamId } = item.device;
    for (const m of item.mutations) {
      if (m.kind !== 'rotaSlot') continue;
      const target = preparedTarget(m, mergedIntoFor(teamId));
      const week = m.data['week'] ?? records.get(recordKey(teamId, target.recordId))?.record.data?.['week'];
      const id = typeof week === 'string' ? rotaWeekId(teamId, week) : '';
      if (id !== '') keys.set(recordKey(teamId, id), { teamId, id });
    }
  }
  return [...keys.values()];
}

/** The clash notes of the rota slots pushed (slotConflict.ts): a new clash replaces the slot's note. */
function slotNoteKeys(items: readonly PushItem[], mergedIntoFor: (teamId: string) => (id: string) => string | undefined): TeamRecordKey[] {
  return items.flatMap((item) => {
    const { teamId } = item.device;
    return item.mutations.filter((m) => m.kind === 'rotaSlot').map((m) => ({ teamId, id: slotConflictId(teamId, preparedTarget(m, mergedIntoFor(teamId)).recordId) }));
  });
}
