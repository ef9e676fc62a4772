/**
 * The record registry: every kind of record Schakel keeps, declared once in
 * ./kinds/. Tables, indexes, read and write rules, event-or-mutable, natural
 * keys, versions and migrations are all read from here; nothing else lists
 * the kinds. Free of zod at run time (see recordFields.ts).
 *
 * Adding a kind: one file in ./kinds/ and its line in KINDS below, plus a
 * Dexie version for its table (SchakelDb.ts); registry.test.ts fails until
 * every place that derives from the registry knows it.
 */
import type { z } from 'zod';
import type { DeviceRole } from '#shared/deviceRoles.ts';
import { availabilityKind } from './kinds/availability.ts';
import { cardKind } from './kinds/card.ts';
import { checkinKind } from './kinds/checkin.ts';
import { helpAckKind } from './kinds/helpAck.ts';
import { helpCallKind } from './kinds/helpCall.ts';
import { memberKind } from './kinds/member.ts';
import { orderKind } from './kinds/order.ts';
import { rejectReasonKind } from './kinds/rejectReason.ts';
import { rotaConflictKind } from './kinds/rotaConflict.ts';
import { rotaSlotKind } from './kinds/rotaSlot.ts';
import { rotaWeekKind } from './kinds/rotaWeek.ts';
import { skillChangeKind } from './kinds/skillChange.ts';
import { skillKind } from './kinds/skill.ts';
import { stationKind } from './kinds/station.ts';
import { taskKind } from './kinds/task.ts';
import { taskCompletionKind } from './kinds/taskCompletion.ts';
import { teamSettingsKind } from './kinds/teamSettings.ts';

const KINDS = [
  memberKind,
  stationKind,
  cardKind,
  orderKind,
  taskKind,
  taskCompletionKind,
  checkinKind,
  helpCallKind,
  helpAckKind,
  rejectReasonKind,
  skillKind,
  rotaSlotKind,
  teamSettingsKind,
  availabilityKind,
  rotaWeekKind,
  skillChangeKind,
  rotaConflictKind,
] as const;

type Definitions = (typeof KINDS)[number];
export type RecordKind = Definitions['kind'];
export type RecordKindDefinitionOf<K extends RecordKind> = Extract<Definitions, { readonly kind: K }>;
export type RecordSchemaOf<K extends RecordKind> = ReturnType<RecordKindDefinitionOf<K>['schema']>;
export type RecordByKind = { [K in RecordKind]: z.infer<RecordSchemaOf<K>> };
export type RecordTableName = RecordKindDefinitionOf<RecordKind>['table'];

export const RECORD_KINDS: readonly RecordKind[] = KINDS.map((k) => k.kind);

const BY_KIND = new Map<string, Definitions>(KINDS.map((k) => [k.kind, k]));

export function recordKindDefinition<K extends RecordKind>(kind: K): RecordKindDefinitionOf<K> {
  const definition = BY_KIND.get(kind);
  if (!definition) throw new Error(`no kind ${kind}`);
  return definition as RecordKindDefinitionOf<K>;
}

export function isEventKind(kind: RecordKind): boolean {
  return recordKindDefinition(kind).lifecycle === 'event';
}

export function roleMayWrite(role: DeviceRole, kind: RecordKind): boolean {
  return recordKindDefinition(kind).writers.includes(role);
}

export function roleMayRead(role: DeviceRole, kind: RecordKind): boolean {
  return recordKindDefinition(kind).readers.includes(role);
}

/** Kinds the server never sends to a device of this role. */
export function kindsHiddenFrom(role: DeviceRole): RecordKind[] {
  return RECORD_KINDS.filter((kind) => !roleMayRead(role, kind));
}

/** The version of every kind's record format this code knows; a pull carries it. */
export function recordVersions(): Record<RecordKind, number> {
  return Object.fromEntries(KINDS.map((k) => [k.kind, k.version])) as Record<RecordKind, number>;
}

export function recordTableName(kind: RecordKind): RecordTableName {
  return recordKindDefinition(kind).table;
}
