/** Coordinator keys, kept as SHA-256 hashes only, like device tokens. */
export const migration0002 = {
  version: 2,
  name: 'coordinator_keys',
  sql: `
CREATE TABLE coordinator_keys (
  hash text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
} as const;
