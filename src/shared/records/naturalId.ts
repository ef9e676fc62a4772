/**
 * Ids that mean something: a record whose kind has a natural key (a member's
 * level on a station, a member's half-day) gets the UUIDv5 of that key, so
 * two tablets that edit the same cell offline write the same record, and
 * the edits merge field by field instead of making two cells.
 */
import { v5 } from 'uuid';
import type { RecordData } from './defineRecordKind.ts';
import { recordKindDefinition, type RecordKind } from './registry.ts';

/** Fixed for ever: changing it would give every natural-key record a new id. */
const NATURAL_ID_NAMESPACE = '2f831ab5-1c02-49e6-a3b5-f970650eb037';

/** The id a record of this kind must have, or null when the kind has no natural key or a key field is missing. */
export function naturalId(kind: RecordKind, data: RecordData): string | null {
  const key = recordKindDefinition(kind).naturalKey;
  if (key === null) return null;
  const parts: string[] = [];
  for (const field of key) {
    const value = data[field];
    if (typeof value !== 'string' || value === '') return null;
    parts.push(value);
  }
  return v5(`${kind}/${parts.join('/')}`, NATURAL_ID_NAMESPACE);
}

export function hasNaturalKey(kind: RecordKind): boolean {
  return recordKindDefinition(kind).naturalKey !== null;
}

/** naturalId for code that builds a whole record: a missing key field is a bug, not input. */
export function requireNaturalId(kind: RecordKind, data: RecordData): string {
  const id = naturalId(kind, data);
  if (id === null) throw new Error(`a ${kind} needs every field of its natural key`);
  return id;
}
