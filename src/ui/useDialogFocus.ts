import { useEffect, type RefObject } from 'react';

/**
 * For a dialog: moves the focus to `target` when it opens and back to the
 * control that opened it when it closes, so keyboard and screen-reader users
 * stay where they were.
 */
export function useDialogFocus(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement;
    target.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [target]);
}
