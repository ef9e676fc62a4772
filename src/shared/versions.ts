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
 */
export const PROTOCOL_VERSION = 2;
/** The oldest app whose pushes the server still takes, so it can empty its outbox before it updates. */
export const OLDEST_PUSH_PROTOCOL_VERSION = 1;

/** Bumped when a record schema changes shape; carried by every mutation. */
export const RECORD_SCHEMA_VERSION = 1;
