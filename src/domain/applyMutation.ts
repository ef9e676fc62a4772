/**
 * The server's rule for one pushed mutation against the record's current
 * state: pure, so that client tests and the server agree on it.
 *
 * - Events are insert-only: a second insert of the same id is a duplicate.
 * - Mutable records merge per field: a field takes the incoming value only
 *   if the mutation's HLC is newer than the HLC that last wrote that field;
 *   fields that lost make the answer a conflict carrying the merged state.
 * - Deletes leave a tombstone that no later patch or insert can bring back.
 */
import { recordSchemas, type RecordKind } from '#shared/records.ts';
import type { ChangeRefusalCode } from '#shared/errorCodes.ts';
import type { DeviceRole, Mutation } from '#shared/protocol.ts';
import { recordReferences } from '#shared/records/recordReferences.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';
import { utf8Length } from '#shared/utf8Length.ts';
import { isEventKind, roleMayWrite } from './recordKinds.ts';
import type { RotaState } from './rotaState.ts';

export interface StoredRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly teamId: string;
  readonly data: Readonly<Record<string, unknown>> | null;
  /** The HLC of the last write to each field. */
  readonly fieldHlc: Readonly<Record<string, string>>;
  readonly version: number;
  readonly deleted: boolean;
}

export interface MutationContext {
  readonly teamId: string;
  readonly role: DeviceRole;
  /** Whether a member id belongs to the device's team. */
  readonly isTeamMember: (memberId: string) => boolean;
  /** The state of the team's plan for an ISO week (rotaWeek), if it has one; a week without one is a draft. */
  readonly rotaWeekState?: (week: string) => RotaState | undefined;
  /**
   * Whether the device's team holds a record of one of these kinds under this id — live, deleted
   * or compacted, as it stands at this point of the batch. The server always answers it; a caller
   * without one (a test of the merge alone) skips the reference check.
   */
  readonly teamHolds?: (id: string, kinds: readonly string[]) => boolean;
}

export type MutationOutcome =
  | { readonly status: 'applied'; readonly record: StoredRecord }
  | { readonly status: 'conflict'; readonly record: StoredRecord; readonly lostFields: readonly string[]; readonly changed: boolean }
  | { readonly status: 'duplicate' }
  | { readonly status: 'rejected'; readonly reason: string; readonly code?: ChangeRefusalCode; readonly current?: StoredRecord };

/** A refusal with its stable code (errorCodes.ts) beside the English reason. */
interface Refusal {
  readonly code: ChangeRefusalCode;
  readonly reason: string;
}

const IMMUTABLE_FIELDS = new Set(['id', 'teamId']);

export function applyMutation(current: StoredRecord | null, m: Mutation, ctx: MutationContext): MutationOutcome {
  const json = JSON.stringify(m.data);
  if (!storableAsJson(json)) {
    // Postgres refuses NUL and unpaired surrogates in jsonb; refusing the one change here keeps
    // it from failing (and so blocking) every change of the tablet after it.
    return { status: 'rejected', reason: 'text may not contain a NUL character or a broken character' };
  }
  // Before the schema: a record of a megabyte is refused without zod reading every one of its keys.
  const tooLarge = sizeRefusal(m.kind, json);
  if (tooLarge !== null) return { status: 'rejected', ...tooLarge };
  if (!roleMayWrite(ctx.role, m.kind)) {
    return { status: 'rejected', code: 'kind_not_for_device', reason: `a ${ctx.role} device may not change ${m.kind} records` };
  }
  if (current && (current.teamId !== ctx.teamId || current.kind !== m.kind)) {
    return { status: 'rejected', reason: 'this record belongs to another team or kind' };
  }
  if (m.actorMemberId !== null && !ctx.isTeamMember(m.actorMemberId)) {
    return { status: 'rejected', reason: 'the acting member is not in this team' };
  }
  if (ctx.role === 'kiosk' && m.kind === 'rotaSlot') {
    const refusal = kioskSlotRefusal(current, m, ctx);
    if (refusal !== null) return { status: 'rejected', ...refusal, ...(current ? { current } : {}) };
  }
  switch (m.op) {
    case 'insert':
      return insert(current, m, ctx);
    case 'patch':
      return patch(current, m, ctx);
    case 'delete':
      return remove(current, m);
  }
}

/** A device's data without the fields only the server writes (see RecordKindSpec.serverFields). */
function withoutServerFields(m: Mutation): Readonly<Record<string, unknown>> {
  const serverFields = recordKindDefinition(m.kind).serverFields ?? [];
  if (!serverFields.some((field) => Object.hasOwn(m.data, field))) return m.data;
  return Object.fromEntries(Object.entries(m.data).filter(([field]) => !serverFields.includes(field)));
}

function insert(current: StoredRecord | null, m: Mutation, ctx: MutationContext): MutationOutcome {
  const parsed = recordSchemas[m.kind].safeParse(withoutServerFields(m));
  if (!parsed.success) return { status: 'rejected', reason: `invalid ${m.kind}: ${parsed.error.issues[0]?.message ?? 'bad data'}` };
  const data = parsed.data as Record<string, unknown>;
  if (data['id'] !== m.recordId) return { status: 'rejected', reason: 'record id does not match the mutation' };
  if (data['teamId'] !== ctx.teamId) return { status: 'rejected', reason: 'record belongs to another team' };
  const unknown = referenceRefusal(m.kind, data, ctx);
  if (unknown !== null) return { status: 'rejected', ...unknown };
  const memberId = data['memberId'];
  if (typeof memberId === 'string' && !ctx.isTeamMember(memberId)) {
    return { status: 'rejected', reason: 'the member is not in this team' };
  }
  if (current) {
    if (current.deleted) return { status: 'rejected', reason: 'this record was deleted', current };
    if (isEventKind(m.kind)) return { status: 'duplicate' };
    // A mutable record inserted twice (two coaches, same id) merges like a patch.
    return patch(current, m, ctx);
  }
  const fieldHlc = Object.fromEntries(Object.keys(data).map((field) => [field, m.hlc]));
  return { status: 'applied', record: { kind: m.kind, id: m.recordId, teamId: ctx.teamId, data, fieldHlc, version: 1, deleted: false } };
}

/** JSON.stringify escapes exactly the characters jsonb cannot hold: NUL and lone UTF-16 surrogates. */
function storableAsJson(json: string): boolean {
  return !/\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(json);
}

/**
 * A record over its kind's byte limit (the registry's maxBytes), which would make every pull
 * page and every tablet's table that holds it heavy; null when it fits.
 */
function sizeRefusal(kind: RecordKind, json: string): Refusal | null {
  const bytes = utf8Length(json);
  const { maxBytes } = recordKindDefinition(kind);
  if (bytes <= maxBytes) return null;
  const kB = (n: number) => `${String(Math.ceil(n / 1024))} kB`;
  return { code: 'record_too_large', reason: `a ${kind} record may take at most ${kB(maxBytes)}; this one takes ${kB(bytes)}` };
}

/**
 * A reference to a record the team does not hold. Another team's id and an id nobody uses get
 * this one answer, word for word, so a refusal never tells whether another team has a record.
 * A deleted (or compacted) record of the team still counts: a tablet offline since before the
 * delete may honestly have named it, and its member's work is not thrown away for that.
 */
function referenceRefusal(kind: RecordKind, data: Readonly<Record<string, unknown>>, ctx: MutationContext): Refusal | null {
  const { teamHolds } = ctx;
  if (teamHolds === undefined) return null;
  const missing = recordReferences(kind, data).find((r) => !teamHolds(r.id, r.kinds));
  if (missing === undefined) return null;
  return { code: 'reference_not_found', reason: `${missing.field} names no ${missing.kinds.join(' or ')} of this team` };
}

function patch(current: StoredRecord | null, m: Mutation, ctx: MutationContext): MutationOutcome {
  if (isEventKind(m.kind)) return { status: 'rejected', reason: `${m.kind} records cannot be changed once made` };
  if (current?.deleted) return { status: 'rejected', reason: 'this record was deleted', current };
  if (!current || current.data === null) return { status: 'rejected', reason: 'there is no such record to change' };

  // A field name is JSON text from a device: `toString` or `__proto__` must be a field like any
  // other, so the merge works on prototype-less copies and never finds an inherited "HLC".
  const data = ownFields(current.data);
  const fieldHlc = ownFields(current.fieldHlc);
  const lostFields: string[] = [];
  const written: string[] = [];
  // A natural key names the record (its id derives from it): changing it would be another record.
  const key = new Set(recordKindDefinition(m.kind).naturalKey ?? []);
  for (const [field, value] of Object.entries(withoutServerFields(m))) {
    if (IMMUTABLE_FIELDS.has(field) || key.has(field)) continue;
    const last = fieldHlc[field];
    if (last !== undefined && last >= m.hlc) {
      lostFields.push(field);
      continue;
    }
    data[field] = value;
    fieldHlc[field] = m.hlc;
    written.push(field);
  }
  const parsed = recordSchemas[m.kind].safeParse(data);
  if (!parsed.success) return { status: 'rejected', reason: `invalid ${m.kind}: ${parsed.error.issues[0]?.message ?? 'bad data'}` };
  // Only what this patch writes is checked: the rest was checked when it was written.
  const unknown = referenceRefusal(m.kind, Object.fromEntries(written.filter((field) => Object.hasOwn(parsed.data, field)).map((field) => [field, (parsed.data as Record<string, unknown>)[field]])), ctx);
  if (unknown !== null) return { status: 'rejected', ...unknown, current };
  const memberId = parsed.data['memberId' as keyof typeof parsed.data];
  if (typeof memberId === 'string' && !ctx.isTeamMember(memberId)) return { status: 'rejected', reason: 'the member is not in this team' };
  // Store what the schema accepts, so a field no schema knows never spreads to other tablets;
  // a patch of only such fields changes nothing.
  const clean = parsed.data as Record<string, unknown>;
  // Each patch may fit while the record they build grows past the limit.
  const tooLarge = sizeRefusal(m.kind, JSON.stringify(clean));
  if (tooLarge !== null) return { status: 'rejected', ...tooLarge, current };
  const changed = written.some((field) => Object.hasOwn(clean, field));
  const keptHlc = Object.fromEntries(Object.entries(fieldHlc).filter((entry): entry is [string, string] => entry[1] !== undefined && Object.hasOwn(clean, entry[0])));
  const record: StoredRecord = changed ? { ...current, data: clean, fieldHlc: keptHlc, version: current.version + 1 } : current;
  if (lostFields.length > 0) return { status: 'conflict', record, lostFields, changed };
  return { status: 'applied', record };
}

/** A copy without a prototype: reading a field finds only the record's own, and writing `__proto__` writes a field. */
function ownFields<T>(fields: Readonly<Record<string, T>>): Record<string, T | undefined> {
  return Object.assign(Object.create(null) as Record<string, T | undefined>, fields);
}

function remove(current: StoredRecord | null, m: Mutation): MutationOutcome {
  if (isEventKind(m.kind)) return { status: 'rejected', reason: `${m.kind} records cannot be deleted` };
  if (!current) return { status: 'rejected', reason: 'there is no such record to delete' };
  if (current.deleted) return { status: 'duplicate' };
  return { status: 'applied', record: { ...current, data: null, deleted: true, version: current.version + 1 } };
}

/**
 * A kiosk writes a rota slot only for the member signed in on it, placing
 * themself on a week the team has not agreed yet: as a member's own pin,
 * without a coach's reason. Everything else on the board is the coach's.
 * Each refusal has its own code, so the kiosk can say which rule it met.
 */
function kioskSlotRefusal(current: StoredRecord | null, m: Mutation, ctx: MutationContext): Refusal | null {
  if (m.op === 'delete') return { code: 'rota_kiosk_no_remove', reason: 'a kiosk may not remove a rota slot' };
  const actor = m.actorMemberId;
  if (actor === null) return { code: 'rota_not_signed_in', reason: 'a member places only themself on the rota, signed in' };
  const slot: Record<string, unknown> = { ...(current?.data ?? {}), ...m.data };
  if (slot['memberId'] !== actor || slot['placedByMemberId'] !== actor) return { code: 'rota_not_yourself', reason: 'a member places only themself on the rota' };
  if (slot['placedBy'] !== 'member' || slot['pinned'] !== true) return { code: 'rota_member_pin_only', reason: 'a member’s place on the rota is their own pin' };
  if (slot['overrideReason'] != null || slot['lateChange'] === true) return { code: 'rota_kiosk_no_override', reason: 'only a coach overrides a slot or changes a published plan' };
  const week = slot['week'];
  const state = typeof week === 'string' ? (ctx.rotaWeekState?.(week) ?? 'draft') : 'draft';
  return state === 'draft' ? null : { code: 'rota_week_not_draft', reason: 'the team agreed this week’s plan: only the coach changes it now' };
}
