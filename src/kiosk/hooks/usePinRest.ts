import { useEffect, useState } from 'react';
import { useAppStore } from '#kiosk/state/store.ts';
import { useServices } from './useServices.ts';

export interface PinRest {
  /** Wrong tries since the last right one. */
  readonly wrong: number;
  /** True while the pad rests after too many wrong tries. */
  readonly resting: boolean;
  readonly miss: () => void;
  readonly clear: () => void;
}

/**
 * The wrong-try count and rest of one PIN (a member's id, or 'coach'), from
 * the store, so leaving the PIN screen and coming back does not start over.
 */
export function usePinRest(key: string): PinRest {
  const { now } = useServices();
  const entry = useAppStore((s) => s.pinMisses[key]);
  const missPin = useAppStore((s) => s.missPin);
  const clearPinMisses = useAppStore((s) => s.clearPinMisses);
  const restUntil = entry?.restUntil ?? 0;
  const [, wake] = useState(0);
  const restLeft = restUntil - now().getTime();
  useEffect(() => {
    if (restLeft <= 0) return undefined;
    const id = setTimeout(() => {
      wake((n) => n + 1);
    }, restLeft);
    return () => {
      clearTimeout(id);
    };
  }, [restLeft]);
  return {
    wrong: entry?.wrong ?? 0,
    resting: restLeft > 0,
    miss: () => {
      missPin(key, now().getTime());
    },
    clear: () => {
      clearPinMisses(key);
    },
  };
}
