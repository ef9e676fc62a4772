/**
 * The ids a record names of other records, read from the registry's
 * `references`: what the server checks against the device's own team before
 * it takes a change, so a change can neither point at another team's record
 * nor learn whether one exists.
 */
import type { RecordData } from './defineRecordKind.ts';
import { recordKindDefinition, type RecordKind } from './registry.ts';

export interface RecordReference {
  readonly field: string;
  /** The kinds the named record may be. */
  readonly kinds: readonly string[];
  readonly id: string;
}

/**
 * Every id `data` names in a reference field, once per field and id. Only the fields present
 * count, so a patch is checked for what it changes; null (the pool, no station) names nothing.
 */
export function recordReferences(kind: RecordKind, data: RecordData): RecordReference[] {
  const references = recordKindDefinition(kind).references ?? {};
  const found: RecordReference[] = [];
  for (const [field, kinds] of Object.entries(references)) {
    if (!Object.hasOwn(data, field)) continue;
    const value = data[field];
    const ids = Array.isArray(value) ? value : [value];
    for (const id of new Set(ids)) if (typeof id === 'string') found.push({ field, kinds, id });
  }
  return found;
}

/** The ids a record names, whatever their field: what the server loads before it decides. */
export function referencedIds(kind: RecordKind, data: RecordData): string[] {
  return recordReferences(kind, data).map((r) => r.id);
}
