/**
 * The version numbers every message and mutation carries, kept apart from
 * the zod schemas (protocol.ts, records.ts re-export them) so that a tablet's
 * first screen can write and enrol without loading zod.
 */

/** Bumped on any change a client of the previous version would misread. */
export const PROTOCOL_VERSION = 1;

/** Bumped when a record schema changes shape; carried by every mutation. */
export const RECORD_SCHEMA_VERSION = 1;
