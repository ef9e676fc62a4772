import { useEffect, useState } from 'react';
import { useServices } from './useServices.ts';

/**
 * The services' clock, read again every `everyMs` (none while null), so a
 * screen moves with time: a task turns late, a timer's disc shrinks. Tests
 * move the injected clock and the next tick shows it.
 */
export function useNow(everyMs: number | null): Date {
  const { now } = useServices();
  const [, setTick] = useState(0);
  useEffect(() => {
    if (everyMs === null) return undefined;
    const id = setInterval(() => {
      setTick((n) => n + 1);
    }, everyMs);
    return () => {
      clearInterval(id);
    };
  }, [everyMs]);
  return now();
}
