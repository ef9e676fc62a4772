/**
 * Uploads in progress move out of `blobs` into `blob_uploads`, one per device
 * and digest: an upload belongs to the device that started it, so another
 * device announcing the same photo with another size gets an upload of its
 * own and never resets the first. `blobs` keeps only complete blobs, so its
 * `complete` flag goes. `touched_at` says when a chunk last arrived, for the
 * clean-up of abandoned uploads (jobs/abandonedUploadCleanup.ts).
 *
 * Unfinished uploads of before are dropped: no device owned them, and every
 * tablet still holds its photo and sends it again from the start.
 */
export const migration0010 = {
  version: 10,
  name: 'blob_uploads_per_device',
  sql: `
CREATE TABLE blob_uploads (
  device_id uuid NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  team_id uuid NOT NULL REFERENCES teams(id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size > 0),
  mime text NOT NULL,
  content bytea NOT NULL DEFAULT ''::bytea,
  touched_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, sha256)
);

CREATE INDEX blob_uploads_by_team ON blob_uploads (team_id, sha256);

CREATE INDEX blob_uploads_by_touch ON blob_uploads (touched_at);

DELETE FROM blobs WHERE NOT complete;

ALTER TABLE blobs DROP COLUMN complete;
`,
} as const;
