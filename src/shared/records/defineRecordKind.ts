/**
 * What the registry knows about one kind of record. Everything that differs
 * between kinds is declared here once; tables, read and write rules,
 * event-or-mutable, natural ids and migrations all derive from it.
 */
import type { z } from 'zod';
import type { DeviceRole } from '#shared/deviceRoles.ts';
import type { RecordFields } from './recordFields.ts';

export type RecordData = Readonly<Record<string, unknown>>;

/**
 * One step of a kind's record format, from `version - 1` to `version`
 * (in the spirit of tldraw's record migrations). `up` and `down` see either
 * a whole record or, for a patch, only the fields it changes (`partial`),
 * and must only touch the fields they are about. A step without `down`
 * means an app that knows only the older format must update before it pulls.
 */
export interface RecordMigration {
  /** The version this step leads to; say why the format changed in a comment beside it. */
  readonly version: number;
  readonly up: (data: RecordData, ctx: { readonly partial: boolean }) => RecordData;
  readonly down?: (data: RecordData, ctx: { readonly partial: boolean }) => RecordData;
}

export interface RecordKindSpec<K extends string, T extends string, S extends z.ZodType> {
  readonly kind: K;
  /** Events are facts (insert-only, never edited); mutable records merge per field. */
  readonly lifecycle: 'event' | 'mutable';
  /** The Dexie table on the tablet and its secondary indexes (the primary key is always `id`). */
  readonly table: T;
  readonly indexes: readonly string[];
  /**
   * Fields that name the thing (a member's level on a station): the record's id is
   * derived from them (see naturalId.ts), so two offline edits of one cell merge.
   */
  readonly naturalKey: readonly string[] | null;
  readonly writers: readonly DeviceRole[];
  readonly readers: readonly DeviceRole[];
  /**
   * Fields only the server writes (from what it computes, never from a tablet): a device's value
   * for one is left out of its insert or patch, so a tablet cannot claim what the server has not said.
   */
  readonly serverFields?: readonly string[];
  /**
   * The most bytes one record of this kind may take as JSON (DEFAULT_RECORD_MAX_BYTES when
   * omitted). The schema bounds every field; this bounds the whole, so no record can make a
   * pull page or a tablet's table heavy. Set above what the schema's bounds allow.
   */
  readonly maxBytes?: number;
  /**
   * Fields that name another record of the same team, and the kinds it may be (a field holds one
   * id, null, or a list of ids). The server refuses a change naming an id its team does not hold
   * (recordReferences.ts), so no team can point at — or learn of — another team's records.
   */
  readonly references?: Readonly<Record<string, readonly string[]>>;
  /** Oldest first; the kind's version is 1 + the number of steps. */
  readonly migrations: readonly RecordMigration[];
  readonly schema: (fields: RecordFields) => S;
}

export interface RecordKindDefinition<K extends string = string, T extends string = string, S extends z.ZodType = z.ZodType> extends RecordKindSpec<K, T, S> {
  readonly version: number;
  readonly maxBytes: number;
}

/** Room for any small record: a member with an override for each of 200 stations is about 10 kB. */
export const DEFAULT_RECORD_MAX_BYTES = 16 * 1024;

/** The team's set-up: edited by coaches, merged per field, seen by every device of the team. */
export const TEAM_SET_UP = { lifecycle: 'mutable', writers: ['coach'], readers: ['kiosk', 'coach'] } as const;
/** What members do on the shop floor: insert-only, recorded on any device of the team. */
export const MEMBER_EVENT = { lifecycle: 'event', writers: ['kiosk', 'coach'], readers: ['kiosk', 'coach'] } as const;

export function defineRecordKind<const K extends string, const T extends string, S extends z.ZodType>(spec: RecordKindSpec<K, T, S>): RecordKindDefinition<K, T, S> {
  // registry.test.ts checks that the steps are numbered 2, 3, … in order.
  return { ...spec, version: spec.migrations.length + 1, maxBytes: spec.maxBytes ?? DEFAULT_RECORD_MAX_BYTES };
}
