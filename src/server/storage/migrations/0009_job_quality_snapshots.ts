/**
 * Job-quality snapshots (../shared/SNAPSHOTS.md) and the chain around them.
 *
 * - `snapshots`: per team and period (ISO week or 4-week block) the
 *   statistics its figures are finished from, and a version that moves when
 *   they change. Statistics hold per-respondent numbers without ids; they
 *   never leave the server unfinished and ungated.
 * - `snapshot_cursors`: per team, the last record sequence folded into its
 *   snapshots, so an update reads only what arrived since — a late event
 *   updates the weeks it belongs to. `snapshot_sources` remembers the week a
 *   task or order counted in, so moving one updates the week it left too.
 * - An expression index finds a team's records of a kind by their day.
 * - Chains link organisations (supplier, sheltered workshop, customer); a
 *   receiving server keeps chain keys as hashes and what members sent it.
 * - Coordinator sessions (hashed cookie tokens with an expiry), and what a
 *   device said it still had to send when it last synced.
 */
export const migration0009 = {
  version: 9,
  name: 'job_quality_snapshots',
  sql: `
CREATE INDEX records_team_kind_day ON records (team_id, kind,
  (left(COALESCE(data->>'day', data->>'completedAt', data->>'calledAt', data->>'ackedAt', data->>'changedAt', data->>'due'), 10)));

CREATE TABLE snapshots (
  team_id uuid NOT NULL REFERENCES teams(id),
  period text NOT NULL,
  stats jsonb NOT NULL,
  stats_hash text NOT NULL,
  -- Who the well-being statistics rest on, with a fingerprint of each one's answers (holdWellbeing.ts): never leaves this table.
  respondent_ids jsonb NOT NULL DEFAULT '{}'::jsonb,
  version integer NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  chain_sent_version integer NOT NULL DEFAULT 0,
  PRIMARY KEY (team_id, period)
);
CREATE INDEX snapshots_period ON snapshots (period);

CREATE TABLE snapshot_cursors (
  team_id uuid PRIMARY KEY REFERENCES teams(id),
  seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE snapshot_sources (
  record_id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams(id),
  week text NOT NULL
);

CREATE TABLE chains (
  id uuid PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE chain_links (
  chain_id uuid NOT NULL REFERENCES chains(id),
  organisation_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('supplier', 'workshop', 'customer')),
  PRIMARY KEY (chain_id, organisation_id)
);

CREATE TABLE chain_keys (
  hash text PRIMARY KEY,
  chain_id uuid NOT NULL REFERENCES chains(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The organisations a key sends for: those its pushes named first; no other key may send for them.
CREATE TABLE chain_key_organisations (
  organisation_id uuid PRIMARY KEY,
  key_hash text NOT NULL REFERENCES chain_keys(hash)
);

-- What members of a chain sent this server: one row per subject and period, the newest version.
CREATE TABLE chain_snapshots (
  chain_id uuid NOT NULL REFERENCES chains(id),
  key_hash text NOT NULL,
  organisation_id uuid NOT NULL,
  scope text NOT NULL,
  subject_id uuid NOT NULL,
  period text NOT NULL,
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chain_id, scope, subject_id, period)
);
CREATE INDEX chain_snapshots_period ON chain_snapshots (period);

CREATE TABLE chain_sync_state (
  id integer PRIMARY KEY CHECK (id = 1),
  last_sent_at timestamptz,
  last_error text,
  failures integer NOT NULL DEFAULT 0,
  next_try_at timestamptz
);

CREATE TABLE coordinator_sessions (
  token_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

ALTER TABLE devices ADD COLUMN changes_waiting integer;
`,
} as const;
