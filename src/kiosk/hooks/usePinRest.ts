import { useEffect, useState } from 'react';
import { PIN_REST_MS, useAppStore } from '#kiosk/state/store.ts';
import { useServices } from './useServices.ts';

export interface PinRest {
  /** Wrong tries since the last right one. */
  readonly wrong: number;
  /** True while the pad rests after too many wrong tries. */
  readonly resting: boolean;
  /** Whole seconds of the rest still to wait (rounded up), 0 when not resting. */
  readonly secondsLeft: number;
  /** How long a whole rest lasts, in seconds: what a countdown shrinks from. */
  readonly restSeconds: number;
  readonly miss: () => void;
  readonly clear: () => void;
}

/**
 * The wrong-try count and rest of one PIN (a member's id, or 'coach'), from
 * the store, so leaving the PIN screen and coming back does not start over.
 * While resting it wakes on every whole second, so a countdown shrinks
 * second by second and the pad opens the moment the rest is over.
 */
export function usePinRest(key: string): PinRest {
  const { now } = useServices();
  const entry = useAppStore((s) => s.pinMisses[key]);
  const missPin = useAppStore((s) => s.missPin);
  const clearPinMisses = useAppStore((s) => s.clearPinMisses);
  const restUntil = entry?.restUntil ?? 0;
  const [, wake] = useState(0);
  const restLeft = restUntil - now().getTime();
  const secondsLeft = restLeft > 0 ? Math.ceil(restLeft / 1000) : 0;
  useEffect(() => {
    if (restLeft <= 0) return undefined;
    // Until the next whole second of the countdown (or the end of the rest).
    const id = setTimeout(() => {
      wake((n) => n + 1);
    }, restLeft % 1000 || 1000);
    return () => {
      clearTimeout(id);
    };
  }, [restLeft]);
  return {
    wrong: entry?.wrong ?? 0,
    resting: restLeft > 0,
    secondsLeft,
    restSeconds: PIN_REST_MS / 1000,
    miss: () => {
      missPin(key, now().getTime());
    },
    clear: () => {
      clearPinMisses(key);
    },
  };
}
