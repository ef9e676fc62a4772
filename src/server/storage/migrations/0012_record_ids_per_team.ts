/**
 * Record ids are a team's own: the same id in two teams is two records, so
 * no team can take an id before another uses it, and no look-up by id can
 * reach past the team that asks. The keys of records, compacted tombstones
 * and merged-away ids become (team, id). Every id was unique before, so
 * every row keeps its place and nothing moves.
 */
export const migration0012 = {
  version: 12,
  name: 'record_ids_per_team',
  sql: `
ALTER TABLE records DROP CONSTRAINT records_pkey;
ALTER TABLE records ADD PRIMARY KEY (team_id, id);
ALTER TABLE purged_records DROP CONSTRAINT purged_records_pkey;
ALTER TABLE purged_records ADD PRIMARY KEY (team_id, id);
ALTER TABLE record_aliases DROP CONSTRAINT record_aliases_pkey;
ALTER TABLE record_aliases ADD PRIMARY KEY (team_id, alias_id);
`,
} as const;
