import { deleteAbandonedUploads } from '#server/storage/blobStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { Job } from './JobScheduler.ts';

const HOUR_MS = 3_600_000;

/** A tablet resumes an interrupted upload within minutes of being back online; a day without a chunk means it never will. */
export const ABANDONED_UPLOAD_MS = 24 * HOUR_MS;

/** Every hour, uploads no chunk reached for a day are deleted, and their room in the team's quota is free again. */
export function abandonedUploadCleanup(db: SqlDatabase): Job {
  return {
    name: 'Abandoned upload clean-up',
    everyMs: HOUR_MS,
    async run(now) {
      await deleteAbandonedUploads(db, new Date(now.getTime() - ABANDONED_UPLOAD_MS));
    },
  };
}
