/**
 * Each device's pull cursor as this server last handed it out. A tablet whose
 * cursor is past it has seen changes this database no longer holds (it was
 * restored from a backup) and gets a fresh copy of its team, even once the
 * team's sequence has grown past that cursor again. Null until the device
 * next pulls: devices of before are trusted as they were.
 */
export const migration0013 = {
  version: 13,
  name: 'device_pull_cursor',
  sql: `
ALTER TABLE devices ADD COLUMN pull_cursor bigint;
`,
};
