/**
 * Moves a record (or the fields of a patch) between versions of its kind's
 * format, one registered step at a time. The server brings every pushed
 * change up to the version it knows and serves each device the version that
 * device knows; the tablet brings its own tables up when its database is
 * upgraded. Pure: the same steps run on both sides.
 */
import type { RecordData } from './defineRecordKind.ts';
import { recordKindDefinition, type RecordKind } from './registry.ts';

export class RecordVersionError extends Error {
  override readonly name = 'RecordVersionError';
}

/**
 * From `from` up to `to` (the kind's current version unless given: a stored
 * upgrade step names its target, so a later format change is not applied
 * twice). Throws RecordVersionError for a version this code does not know.
 */
export function migrateUp(kind: RecordKind, data: RecordData, from: number, ctx: { readonly partial: boolean; readonly to?: number }): RecordData {
  const { version, migrations } = recordKindDefinition(kind);
  if (!Number.isInteger(from) || from < 1) throw new RecordVersionError(`${kind} records have no version ${String(from)}`);
  if (from > version) throw new RecordVersionError(`this ${kind} was made by a newer app (format ${String(from)}; this side knows ${String(version)})`);
  const to = ctx.to ?? version;
  return migrations.filter((m) => m.version > from && m.version <= to).reduce((d, m) => m.up(d, ctx), data);
}

/** Whether a device that knows version `to` of this kind can be given its records. */
export function canServe(kind: RecordKind, to: number): boolean {
  const { version, migrations } = recordKindDefinition(kind);
  if (to >= version) return true;
  return to >= 1 && migrations.every((m) => m.version <= to || m.down !== undefined);
}

/** From the current version down to `to`, or null when a step has no way down (see canServe). */
export function migrateDown(kind: RecordKind, data: RecordData, to: number, ctx: { readonly partial: boolean }): RecordData | null {
  if (!canServe(kind, to)) return null;
  const steps = recordKindDefinition(kind).migrations.filter((m) => m.version > to).reverse();
  return steps.reduce((d, m) => (m.down ? m.down(d, ctx) : d), data);
}
