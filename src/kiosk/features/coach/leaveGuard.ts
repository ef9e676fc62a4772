/**
 * The unsaved-changes guard of coach mode. An editor reports whether it has
 * unsaved changes; anything that would take the coach away from it (a tab,
 * leaving coach mode, the editor's own back button) goes through `leave`,
 * which asks first when there is something to lose.
 */
import { createContext, useContext, useEffect } from 'react';

export interface LeaveGuard {
  readonly setDirty: (dirty: boolean) => void;
  /** Runs `action` now, or after the coach agrees to drop their unsaved changes. */
  readonly leave: (action: () => void) => void;
}

export const LeaveGuardContext = createContext<LeaveGuard>({ setDirty: () => undefined, leave: (action) => action() });

export function useLeaveGuard(): LeaveGuard {
  return useContext(LeaveGuardContext);
}

/** Marks the coach's work unsaved while `dirty`; a reload or tab close then asks the browser's question too. */
export function useUnsavedChanges(dirty: boolean): void {
  const { setDirty } = useLeaveGuard();
  useEffect(() => {
    setDirty(dirty);
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirty(false);
    };
  }, [dirty, setDirty]);
}
