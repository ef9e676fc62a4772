/**
 * The running server's mark in its data folder (`server.pid`). PGlite takes
 * no lock of its own: a second program opening the folder while the server
 * runs can damage the database. So the server leaves this mark while it is
 * up on PGlite, and `npm run codes` refuses to open the folder while the
 * process it names is alive.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SERVER_MARK_FILE = 'server.pid';

export interface ServerMark {
  readonly pid: number;
  readonly port: number;
}

/**
 * Takes the data folder for this server before PGlite opens it, or throws
 * when another live server holds it: two servers on one PGlite folder both
 * acknowledge pushes and lose some of them. The mark is made with an
 * exclusive create, so of two servers starting at once only one gets it; a
 * mark left by a crash (its process gone) is taken over.
 */
export function claimDataFolder(dataDir: string, mark: ServerMark): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SERVER_MARK_FILE);
  const content = `${JSON.stringify(mark)}\n`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, content, { flag: 'wx' });
      return () => {
        rmSync(file, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const other = runningServer(dataDir);
      if (other) {
        throw new Error(
          `another Schakel server (process ${String(other.pid)}, port ${String(other.port)}) is using the data folder ${dataDir}. ` +
            'Stop it first, or give this one a folder of its own with SCHAKEL_DATA_DIR.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the data folder ${dataDir}: another server keeps starting on it`);
}

/** The server running on this folder, or null: no mark, an unreadable one, or its process is gone (a crash). */
export function runningServer(dataDir: string): ServerMark | null {
  let mark: unknown;
  try {
    mark = JSON.parse(readFileSync(path.join(dataDir, SERVER_MARK_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof mark !== 'object' || mark === null || !('pid' in mark) || !('port' in mark)) return null;
  const { pid, port } = mark;
  if (typeof pid !== 'number' || typeof port !== 'number' || pid === process.pid) return null;
  return isAlive(pid) ? { pid, port } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process is there, owned by someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
