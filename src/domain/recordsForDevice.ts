/**
 * Serves each device the record formats it knows: records go down the
 * registry's migrations to the versions the device sent with its pull. A
 * device that cannot be given a kind it may read (a step without a way
 * down) is told to update before it pulls.
 */
import type { DeviceRole, PullRequest, ServerRecord } from '#shared/protocol.ts';
import { canServe, migrateDown } from '#shared/records/migrateRecord.ts';
import { RECORD_KINDS, recordKindDefinition, roleMayRead, type RecordKind } from '#shared/records/registry.ts';

type KnownVersions = NonNullable<PullRequest['recordVersions']>;

/** Kinds this device may read but whose records cannot be given in a format it knows. */
export function kindsToUpdateFor(role: DeviceRole, known: KnownVersions | undefined): RecordKind[] {
  return RECORD_KINDS.filter((kind) => roleMayRead(role, kind) && !canServe(kind, known?.[kind] ?? 1));
}

/** Each record in the format the device knows; call kindsToUpdateFor first. */
export function recordsForDevice(changes: readonly ServerRecord[], known: KnownVersions | undefined): ServerRecord[] {
  return changes.map((record) => {
    const to = known?.[record.kind] ?? 1;
    if (record.data === null || to >= recordKindDefinition(record.kind).version) return record;
    const data = migrateDown(record.kind, record.data, to, { partial: false });
    if (data === null) throw new Error(`no way down to ${record.kind} format ${String(to)}: check kindsToUpdateFor first`);
    return { ...record, data: { ...data } };
  });
}
