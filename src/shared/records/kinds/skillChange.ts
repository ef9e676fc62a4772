import { defineRecordKind } from '#shared/records/defineRecordKind.ts';

/**
 * A level change in the skills matrix, kept as a fact with its date and the
 * coach tablet that made it, so the server can count learning steps per
 * week (`iluoSteps` in SNAPSHOTS.md) whatever the cell says later.
 */
export const skillChangeKind = defineRecordKind({
  kind: 'skillChange',
  lifecycle: 'event',
  writers: ['coach'],
  readers: ['coach'],
  table: 'skillChanges',
  indexes: ['[memberId+stationId]', 'changedAt'],
  naturalKey: null,
  references: { memberId: ['member'], stationId: ['station'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      stationId: f.id,
      /** Null: not trained. */
      from: f.iluoLevel.nullable(),
      to: f.iluoLevel.nullable(),
      changedAt: f.timestamp,
      /** The coach tablet the change was made on. */
      deviceId: f.id,
    }),
});
