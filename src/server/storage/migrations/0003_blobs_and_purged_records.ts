/**
 * Photos and voice clips as content-addressed blobs, per team, uploaded in
 * chunks so an interrupted upload resumes where it stopped; and the ids of
 * tombstones compacted away after the retention period, so that a device
 * offline for longer can never bring such a record back.
 */
export const migration0003 = {
  version: 3,
  name: 'blobs_and_purged_records',
  sql: `
CREATE TABLE blobs (
  team_id uuid NOT NULL REFERENCES teams(id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size > 0),
  mime text NOT NULL,
  content bytea NOT NULL DEFAULT ''::bytea,
  complete boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, sha256)
);

CREATE TABLE purged_records (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams(id),
  kind text NOT NULL,
  purged_at timestamptz NOT NULL DEFAULT now()
);
`,
} as const;
