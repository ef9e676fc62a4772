/**
 * The server clock's lease (sync/clockLease.ts): one row holding a wall time
 * no server stamp has gone past, so a restarted server, or a second process
 * on the same database, never issues a stamp behind one already given out.
 */
export const migration0011 = {
  version: 11,
  name: 'server_clock',
  sql: `
CREATE TABLE server_clock (
  id smallint PRIMARY KEY CHECK (id = 1),
  wall_ms bigint NOT NULL
);
`,
};
