/** The first schema: the workshop, enrolled devices, and the team-scoped record log. */
export const migration0001 = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE sites (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL
);

-- seq is the team's server sequence: the pull cursor. It is bumped with a row
-- lock inside each writing transaction, so writes to one team commit in
-- cursor order and no row can ever commit behind a cursor a device holds.
-- min_cursor is the oldest cursor still served without a reset.
CREATE TABLE teams (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites(id),
  name text NOT NULL,
  seq bigint NOT NULL DEFAULT 0,
  min_cursor bigint NOT NULL DEFAULT 0
);

CREATE TABLE enrolment_codes (
  code text PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams(id),
  role text NOT NULL CHECK (role IN ('kiosk', 'coach')),
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  used_by uuid
);

-- Tokens are stored as SHA-256 hashes only. high_water_mark is the highest
-- mutation sequence number of this device the server has processed.
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams(id),
  role text NOT NULL CHECK (role IN ('kiosk', 'coach')),
  token_hash text NOT NULL UNIQUE,
  name text,
  app_version text,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz,
  high_water_mark bigint NOT NULL DEFAULT 0
);

-- Current state of every record, events and mutable ones alike. server_seq
-- is the team sequence of the last change, so a pull is one index range scan.
CREATE TABLE records (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams(id),
  kind text NOT NULL,
  data jsonb,
  field_hlc jsonb NOT NULL DEFAULT '{}'::jsonb,
  version integer NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  server_seq bigint NOT NULL,
  device_id uuid REFERENCES devices(id),
  actor_member_id uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX records_team_seq ON records (team_id, server_seq);
CREATE INDEX records_team_kind ON records (team_id, kind);

-- Every conflict and rejection, so that nothing a device sent vanishes unexplained.
CREATE TABLE sync_log (
  id bigserial PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices(id),
  seq bigint NOT NULL,
  mutation_id uuid NOT NULL,
  record_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('conflict', 'rejected')),
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
`,
} as const;
