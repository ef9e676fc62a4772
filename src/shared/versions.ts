/**
 * The version numbers every message and mutation carries, kept apart from
 * the zod schemas (protocol.ts, records.ts re-export them) so that a tablet's
 * first screen can write and enrol without loading zod.
 */

/**
 * Bumped on any change a client of the previous version would misread.
 * 2: records gained member settings, step kinds, reject reasons, skills, rota
 * and team settings; a version-1 app would drop those fields or refuse the
 * new kinds, so it may still push (its changes are valid) but not pull.
 * 3: records carry per-kind format versions (the record registry's migrations):
 * a pull says which versions the device knows and the server serves those; a
 * skill, rota slot or team settings record has the id of its natural key. A
 * version-2 app may still push (the server migrates its changes up and
 * re-keys them) but must update before it pulls.
 */
export const PROTOCOL_VERSION = 3;
/** The oldest app whose pushes the server still takes, so it can empty its outbox before it updates. */
export const OLDEST_PUSH_PROTOCOL_VERSION = 1;
