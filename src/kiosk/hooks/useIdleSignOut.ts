import { useEffect, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart'] as const;
/** How long before the sign-out a "still there?" warning shows. */
export const IDLE_WARNING_MS = 30_000;

/**
 * Signs the member out after `minutes` without a tap, so the next person
 * never finds someone else's day open. Returns true during the last
 * IDLE_WARNING_MS, when the screen asks "still there?"; any tap resets it.
 * While `paused`, nothing counts down; it starts afresh when the pause ends.
 */
export function useIdleSignOut(minutes: number, signOut: () => void, paused = false): boolean {
  const [warning, setWarning] = useState(false);
  useEffect(() => {
    // Paused (a countdown the member is waiting on, a coach screen already locked): no timers at all.
    if (paused) return undefined;
    const limitMs = minutes * 60_000;
    let warnTimer: ReturnType<typeof setTimeout> | undefined;
    let outTimer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(warnTimer);
      clearTimeout(outTimer);
      setWarning(false);
      warnTimer = setTimeout(
        () => {
          setWarning(true);
        },
        Math.max(0, limitMs - IDLE_WARNING_MS),
      );
      outTimer = setTimeout(signOut, limitMs);
    };
    restart();
    for (const type of ACTIVITY) document.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(outTimer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart, { capture: true });
    };
  }, [minutes, signOut, paused]);
  return warning && !paused;
}
