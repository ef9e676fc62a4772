import { useEffect, useState } from 'react';
import { resumableOpenTask, writeOpenTask, type OpenTaskChange } from '#db/openTaskRepository.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useAppStore } from '#kiosk/state/store.ts';

/**
 * Keeps the signed-in member's open task in IndexedDB and brings it back
 * after a sign-out or a reload. Returns false until the stored task has
 * been looked up, so Today does not flash up before the task it gives way to.
 *
 * Every change to the task's progress is seen in the store's update
 * (zustand calls subscribers synchronously) and written once the tap is on
 * screen: a step shown late is felt on every tap, a resume point one frame
 * old is not (it is only where to come back to; the task's records are
 * written elsewhere). Quick taps are written as one; the last is written at
 * once when the member's day closes, and issued before the page can go
 * when it is hidden.
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

  useEffect(() => {
    let pending: OpenTaskChange | null = null;
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const change = pending;
      pending = null;
      if (change === null) return;
      // A failed write (a full disk, a database closing under a page torn down) costs only the
      // resume; the tap itself is on screen and the records are elsewhere.
      try {
        writeOpenTask(db, change).catch(() => undefined);
      } catch {
        // As above, thrown at once rather than as an abort.
      }
    };
    const later = (change: OpenTaskChange) => {
      // Another member's last write is never folded into this one.
      if (pending !== null && memberOf(pending) !== memberOf(change)) flush();
      pending = change;
      if (scheduled) return;
      scheduled = true;
      // After the next frame is painted: a timer set from a frame callback runs after that frame.
      requestAnimationFrame(() => setTimeout(() => scheduled && flush(), 0));
    };
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      if (next.memberId === null || next.memberId !== prev.memberId) return;
      const member = next.memberId;
      if (next.taskId !== null && next.card !== null) {
        if (next.taskId === prev.taskId && next.progress === prev.progress && next.undoStack === prev.undoStack && next.card === prev.card) return;
        later({ save: { memberId: member, taskId: next.taskId, card: next.card, progress: next.progress, undoStack: next.undoStack } });
      } else if (prev.taskId !== null) {
        later({ forget: member });
      }
    });
    // A reload or a closed tab can come within a frame of the last tap: that write cannot wait for a paint.
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [db]);

  return checked === memberId;
}

function memberOf(change: OpenTaskChange): string {
  return 'save' in change ? change.save.memberId : change.forget;
}
