import { compactTombstones } from '#server/storage/retention.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { Job } from './JobScheduler.ts';

export const DAY_MS = 86_400_000;

/** Once a day, tombstones older than the retention period become bare ids (see retention.ts). */
export function tombstoneCompaction(db: SqlDatabase, retentionDays: number): Job {
  return {
    name: 'Tombstone compaction',
    everyMs: DAY_MS,
    async run(now) {
      await compactTombstones(db, new Date(now.getTime() - retentionDays * DAY_MS));
    },
  };
}
