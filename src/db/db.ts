import { SchakelDb } from './SchakelDb.ts';

/** The app's one database instance. Tests make their own SchakelDb with a fresh name. */
export const db = new SchakelDb();
