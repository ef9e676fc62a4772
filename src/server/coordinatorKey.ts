/**
 * Where the coordinator key comes from. A key set in SCHAKEL_COORDINATOR_KEY
 * is hashed and stored. Otherwise the first start makes one, writes it to
 * `<data dir>/coordinator-key.txt` (readable by the server's user only) and
 * stores its hash; later starts neither make nor read one. Only hashes are
 * ever in the database.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addCoordinatorKeyHash, createFirstCoordinatorKey } from './storage/coordinatorStore.ts';
import type { SqlDatabase } from './storage/SqlDatabase.ts';
import { hashToken, newDeviceToken } from './tokens.ts';

export const COORDINATOR_KEY_FILE = 'coordinator-key.txt';

export type CoordinatorKeySource =
  | { readonly source: 'environment' }
  | { readonly source: 'generated'; readonly path: string }
  /** Made on an earlier start; `path` is null when that file is no longer there. */
  | { readonly source: 'existing'; readonly path: string | null };

export async function ensureCoordinatorKey(
  db: SqlDatabase,
  options: { readonly configuredKey: string | undefined; readonly dataDir: string },
): Promise<CoordinatorKeySource> {
  if (options.configuredKey !== undefined) {
    await addCoordinatorKeyHash(db, hashToken(options.configuredKey));
    return { source: 'environment' };
  }
  const file = path.join(options.dataDir, COORDINATOR_KEY_FILE);
  const created = await createFirstCoordinatorKey(db, async () => {
    const key = newDeviceToken();
    await mkdir(options.dataDir, { recursive: true });
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    // `mode` only applies to a new file; a leftover from a failed start keeps its old mode otherwise.
    await chmod(file, 0o600);
    return hashToken(key);
  });
  if (created) return { source: 'generated', path: file };
  return { source: 'existing', path: existsSync(file) ? file : null };
}
