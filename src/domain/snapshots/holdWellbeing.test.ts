import { describe, expect, it } from 'vitest';
import { holdWellbeing, type HeldStats } from './holdWellbeing.ts';
import { EMPTY_STATS, type SnapshotStats } from './snapshotStats.ts';

/** `n` respondents m00…, each with the answer fingerprint `print`. */
const people = (n: number, from = 0, print = 'a'): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${String(from + i).padStart(2, '0')}`, print]));
const stats = (wbMeans: number[], good: number): SnapshotStats => ({ ...EMPTY_STATS, wbMeans, good });
const held = (wbMeans: number[], good: number, respondents: Record<string, string>): HeldStats => ({ stats: stats(wbMeans, good), respondents });

describe('holdWellbeing', () => {
  const shown = held([100, 100, 100, 100, 100], 10, people(5));

  it('keeps the well-being shown when one to four people join or leave, and lets production move on', () => {
    for (const next of [held([0, 100, 100, 100, 100, 100], 20, people(6)), held([100, 100, 100, 100], 20, people(4)), held([0, 0, 100, 100, 100, 100, 100, 100, 100], 20, people(9))]) {
      const result = holdWellbeing(shown, next);
      expect(result.stats.wbMeans).toEqual(shown.stats.wbMeans);
      expect(result.respondents).toEqual(shown.respondents);
      expect(result.stats.good).toBe(20);
    }
  });

  it('keeps it too when the same people answered but one of them answered anew', () => {
    const oneAgain = held([50, 100, 100, 100, 100], 10, { ...people(5), m00: 'b' });
    expect(holdWellbeing(shown, oneAgain).stats.wbMeans).toEqual(shown.stats.wbMeans);
  });

  it('moves on when nobody’s answers changed, or five or more people’s did', () => {
    const same = held([100, 100, 100, 100, 100], 12, people(5));
    expect(holdWellbeing(shown, same)).toEqual(same);
    const allAgain = held([50, 50, 50, 50, 50], 10, people(5, 0, 'b'));
    expect(holdWellbeing(shown, allAgain)).toEqual(allAgain);
    const five = held(Array<number>(10).fill(50), 10, people(10));
    expect(holdWellbeing(shown, five)).toEqual(five);
    // Swapping two people is four changed: held.
    const swapped = held([0, 0, 100, 100, 100], 10, { ...people(3), ...people(2, 20) });
    expect(holdWellbeing(shown, swapped).stats.wbMeans).toEqual(shown.stats.wbMeans);
  });

  it('takes the first figures as they are', () => {
    const first = held([40], 1, people(1));
    expect(holdWellbeing(null, first)).toEqual(first);
  });
});
