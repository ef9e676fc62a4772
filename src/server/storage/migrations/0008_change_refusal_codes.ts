/**
 * The sync log keeps a refusal's stable code (errorCodes.ts CHANGE_REFUSALS)
 * beside its English reason, so a tablet that resends a refused change hears
 * the same code the first answer carried. Older entries have none (null): a
 * tablet shows them with the general sentence, as before.
 *
 * Conflicts between a member's place and a coach's on one rota slot are
 * records (kind rotaConflict) in the records table like every kind, and need
 * no table of their own.
 */
export const migration0008 = {
  version: 8,
  name: 'change_refusal_codes',
  sql: `ALTER TABLE sync_log ADD COLUMN code text;`,
} as const;
