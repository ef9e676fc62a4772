import { useEffect, useState } from 'react';
import { forgetOpenTask, resumableOpenTask, saveOpenTask } from '#db/openTaskRepository.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useAppStore } from '#kiosk/state/store.ts';

/**
 * Keeps the signed-in member's open task in IndexedDB and brings it back
 * after a sign-out or a reload. Returns false until the stored task has
 * been looked up, so Today does not flash up before the task it gives way to.
 *
 * Every change to the task's progress is written from inside the store's
 * update (zustand calls subscribers synchronously), in the same moment as
 * the tap, so the write is on its way before the screen shows the tap.
 * Signing in or out changes the member and keeps what is stored; closing
 * or finishing the task while signed in forgets it.
 */
export function useOpenTaskMemory(memberId: string): boolean {
  const { db } = useServices();
  const [checked, setChecked] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void resumableOpenTask(db, memberId)
      .then((row) => {
        const s = useAppStore.getState();
        if (current && row && s.memberId === memberId && s.taskId === null) s.resumeTask(row.taskId, row.card, row.progress, row.undoStack);
      })
      // A stored task that cannot be read is not worth stopping the member's day for: they start it again.
      .catch(() => undefined)
      .finally(() => {
        if (current) setChecked(memberId);
      });
    return () => {
      current = false;
    };
  }, [db, memberId]);

  useEffect(
    () =>
      useAppStore.subscribe((next, prev) => {
        if (next.memberId === null || next.memberId !== prev.memberId) return;
        const member = next.memberId;
        if (next.taskId !== null && next.card !== null) {
          if (next.taskId === prev.taskId && next.progress === prev.progress && next.undoStack === prev.undoStack && next.card === prev.card) return;
          // A failed write (a full disk) costs only the resume; the tap itself is on screen and the records are elsewhere.
          saveOpenTask(db, { memberId: member, taskId: next.taskId, card: next.card, progress: next.progress, undoStack: next.undoStack }).catch(() => undefined);
        } else if (prev.taskId !== null) {
          forgetOpenTask(db, member).catch(() => undefined);
        }
      }),
    [db],
  );

  return checked === memberId;
}
