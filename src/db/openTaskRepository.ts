/**
 * Each member's open task on this tablet, kept in IndexedDB and never synced:
 * which task, the card as it was when opened, the step, counts, answers and
 * the undo stack. Written on every tap, removed when the task is finished or
 * closed on purpose, so a sign-out (by hand or idle) or a reload resumes
 * where the member was. A task that vanished or was finished elsewhere is
 * not resumed.
 */
import type { OpenTaskProgress, OpenTaskRow, SchakelDb } from './SchakelDb.ts';

export type { OpenTaskProgress, OpenTaskRow };

/** A member's open task to keep, or the member whose open task to forget. */
export type OpenTaskChange = { readonly save: OpenTaskRow } | { readonly forget: string };

/**
 * Keeps or forgets a member's open task. The request is issued before this returns and the
 * transaction committed at once, not left to commit when its result comes back: a reload or a
 * closed tab a moment after a tap tears the page down, and a transaction still waiting for that
 * round trip is aborted with it (a Dexie write was lost that way). Writes run in the order they
 * were made, each replacing the member's row. Falls back to Dexie while the database is opening.
 */
export function writeOpenTask(db: SchakelDb, change: OpenTaskChange): Promise<void> {
  if (!db.isOpen()) return ('save' in change ? db.openTasks.put(change.save) : db.openTasks.delete(change.forget)).then(() => undefined);
  const tx = db.backendDB().transaction(db.openTasks.name, 'readwrite');
  const store = tx.objectStore(db.openTasks.name);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the open task was not written'));
  });
  if ('save' in change) store.put(change.save);
  else store.delete(change.forget);
  tx.commit();
  return done;
}

function isProgress(value: unknown): value is OpenTaskProgress {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<Record<keyof OpenTaskProgress, unknown>>;
  return (
    typeof p.stepIndex === 'number' && Number.isInteger(p.stepIndex) && p.stepIndex >= 0 &&
    (p.phase === 'steps' || p.phase === 'counts') &&
    typeof p.counted === 'object' && p.counted !== null &&
    typeof p.answers === 'object' && p.answers !== null
  );
}

/**
 * The member's open task, if it can still be done here: the task still exists, is theirs and has
 * no completion (one synced from another tablet ends it too). Anything else is forgotten. A row an
 * app of another shape wrote is checked, not trusted.
 */
export async function resumableOpenTask(db: SchakelDb, memberId: string): Promise<OpenTaskRow | null> {
  return db.transaction('rw', [db.openTasks, db.tasks, db.taskCompletions], async () => {
    const row: unknown = await db.openTasks.get(memberId);
    if (row === undefined) return null;
    const r = row as Partial<OpenTaskRow>;
    const shaped = typeof r.taskId === 'string' && Array.isArray(r.card?.steps) && isProgress(r.progress) && Array.isArray(r.undoStack) && r.undoStack.every(isProgress);
    const task = shaped ? await db.tasks.get(r.taskId) : undefined;
    const done = task ? (await db.taskCompletions.where('taskId').equals(task.id).count()) > 0 : true;
    if (!task || task.memberId !== memberId || done) {
      await db.openTasks.delete(memberId);
      return null;
    }
    return row as OpenTaskRow;
  });
}
