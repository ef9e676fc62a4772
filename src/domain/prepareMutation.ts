/**
 * What the server does to a pushed change before it merges it: brings its
 * data up to the record format the server knows (the registry's
 * migrations), and gives it the id it must have — the natural key's id for
 * an insert of a skill, rota slot or team settings record (an older app
 * made a random one), or the merged record's id for a change aimed at a
 * record that was merged into another (see mergeDuplicates.ts).
 */
import type { Mutation } from '#shared/protocol.ts';
import { RecordVersionError, migrateUp } from '#shared/records/migrateRecord.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';

export type PreparedMutation =
  | { readonly status: 'ready'; readonly mutation: Mutation; /** The id the device used, when the server uses another. */ readonly aliasOf: string | null }
  | { readonly status: 'rejected'; readonly reason: string };

/** `mergedInto` answers the id a record was merged into, for ids that were merged away. */
export function prepareMutation(m: Mutation, mergedInto: (recordId: string) => string | undefined): PreparedMutation {
  let data: Record<string, unknown> = { ...m.data };
  if (m.op !== 'delete') {
    try {
      data = { ...migrateUp(m.kind, m.data, m.schemaVersion, { partial: m.op === 'patch' }) };
    } catch (error) {
      if (error instanceof RecordVersionError) return { status: 'rejected', reason: error.message };
      throw error;
    }
  }
  const target = m.op === 'insert' ? (naturalId(m.kind, data) ?? m.recordId) : (mergedInto(m.recordId) ?? m.recordId);
  if (m.op === 'insert' && Object.hasOwn(data, 'id')) data['id'] = target;
  if (m.op === 'patch' && Object.hasOwn(data, 'id')) data['id'] = target;
  const mutation: Mutation = { ...m, recordId: target, data, schemaVersion: recordKindDefinition(m.kind).version };
  return { status: 'ready', mutation, aliasOf: target === m.recordId ? null : m.recordId };
}
