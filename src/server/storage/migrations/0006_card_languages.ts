/**
 * Cards in several languages (card format 2): every stored card names its
 * first language — Dutch for all cards so far — which its title and steps'
 * text and speech are in. The data moves with the registry's own step, the
 * one tablets run too; the new field takes the card's newest HLC, so it
 * merges like the fields it came with. Records keep their team sequence:
 * a tablet brings the cards it holds up itself (Dexie version 7).
 */
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { migrateStoredRecords } from './migrateStoredRecords.ts';

/** The card format this step brings stored cards to; a later format change gets its own migration. */
const CARD_FORMAT_AT_0006 = 2;

export const migration0006 = {
  version: 6,
  name: 'card_languages',
  sql: '',
  run: (tx: SqlClient): Promise<void> => migrateStoredRecords(tx, 'card', 1, CARD_FORMAT_AT_0006),
} as const;
