import { SchakelDb } from './SchakelDb.ts';

/** The app's one database instance. Tests make their own SchakelDb with a fresh name. */
export const db = new SchakelDb();

// Opened as soon as this module is evaluated, not at the first query: the browser opens the
// database while the rest of the first chunk is still being evaluated, so the photo grid's first
// read does not wait for the open as well. A failed open fails that query, which says why.
db.open().catch(() => undefined);
