/**
 * When a member's own place and a coach's meet on one rota slot without
 * either side having seen the other (two tablets offline), the slot keeps
 * the later one by the usual per-field rule; this module says whether a
 * change was such a clash and writes the note the coach sees (rotaConflict).
 *
 * A clash needs three things: the change did not build on the slot as the
 * server held it (an insert onto an existing slot, or a patch from an older
 * version), one side is the member (`placedBy` member) and the other the
 * coach or the coach's optimiser, and they wanted different places. A coach
 * who saw the member's place and moved them anyway (with a reason) made a
 * decision, not a clash: no note.
 */
import { parseHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { StoredRecord } from './applyMutation.ts';

type Side = 'member' | 'coach';

function sideOf(placedBy: unknown): Side | null {
  if (placedBy === 'member') return 'member';
  if (placedBy === 'coach' || placedBy === 'optimiser') return 'coach';
  return null;
}

/** The note's id for a slot: one note per slot, a later clash replaces it. */
export function slotConflictId(teamId: string, slotId: string): string {
  return requireNaturalId('rotaConflict', { teamId, slotId });
}

/**
 * The note to store for a rota slot change, or null when it was no clash.
 * `before` is the slot as the server held it, `m` the change as merged
 * (stamped), `after` the slot the merge came to, `heldNote` the slot's note
 * so far (its version goes up).
 */
export function slotConflictNote(before: StoredRecord | null, m: Mutation, after: StoredRecord, heldNote: StoredRecord | undefined): StoredRecord | null {
  if (m.kind !== 'rotaSlot' || m.op === 'delete' || !before || before.deleted || before.data === null || after.data === null) return null;
  const sawCurrent = m.op === 'patch' && m.baseVersion !== null && m.baseVersion >= before.version;
  if (sawCurrent) return null;
  const incoming: Record<string, unknown> = { ...before.data, ...m.data };
  const incomingSide = sideOf(incoming['placedBy']);
  const heldSide = sideOf(before.data['placedBy']);
  if (incomingSide === null || heldSide === null || incomingSide === heldSide) return null;
  const incomingStation = incoming['stationId'] ?? null;
  const heldStation = before.data['stationId'] ?? null;
  if (incomingStation === heldStation) return null;

  const winner = (after.data['stationId'] ?? null) === incomingStation ? incomingSide : heldSide;
  const stations: Record<Side, unknown> = { [incomingSide]: incomingStation, [heldSide]: heldStation } as Record<Side, unknown>;
  const heldHlc = before.fieldHlc['stationId'] ?? '';
  const laterHlc = heldHlc > m.hlc ? heldHlc : m.hlc;
  const id = slotConflictId(after.teamId, after.id);
  const data = {
    id,
    teamId: after.teamId,
    slotId: after.id,
    memberId: after.data['memberId'],
    week: after.data['week'],
    day: after.data['day'],
    shift: after.data['shift'],
    memberStationId: stations.member,
    coachStationId: stations.coach,
    winner,
    at: new Date(parseHlc(laterHlc).wallMs).toISOString(),
    seenAt: null,
  };
  const fieldHlc = Object.fromEntries(Object.keys(data).map((field) => [field, laterHlc]));
  return { kind: 'rotaConflict', id, teamId: after.teamId, data, fieldHlc, version: (heldNote?.version ?? 0) + 1, deleted: false };
}
