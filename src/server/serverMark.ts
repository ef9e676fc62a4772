/**
 * The running server's mark in its data folder (`server.pid`). PGlite takes
 * no lock of its own: a second program opening the folder while the server
 * runs can damage the database. So the server leaves this mark while it is
 * up on PGlite, and `npm run codes` refuses to open the folder while the
 * process it names is alive.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SERVER_MARK_FILE = 'server.pid';

export interface ServerMark {
  readonly pid: number;
  readonly port: number;
}

/** Leaves the mark; the returned function takes it away again (call it on stop). */
export function markServerRunning(dataDir: string, mark: ServerMark): () => void {
  const file = path.join(dataDir, SERVER_MARK_FILE);
  writeFileSync(file, `${JSON.stringify(mark)}\n`);
  return () => {
    rmSync(file, { force: true });
  };
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
