import { describe, expect, it } from 'vitest';
import { holdWellbeing } from './holdWellbeing.ts';
import { EMPTY_STATS, type SnapshotStats } from './snapshotStats.ts';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `m${String(from + i).padStart(2, '0')}`);
const stats = (wbMeans: number[], good: number): SnapshotStats => ({ ...EMPTY_STATS, wbMeans, good });

describe('holdWellbeing', () => {
  const shown = { stats: stats([100, 100, 100, 100, 100], 10), respondentIds: ids(5) };

  it('keeps the well-being shown when one to four people join or leave, and lets production move on', () => {
    for (const next of [
      { stats: stats([0, 100, 100, 100, 100, 100], 20), respondentIds: ids(6) },
      { stats: stats([100, 100, 100, 100], 20), respondentIds: ids(4) },
      { stats: stats([0, 0, 100, 100, 100, 100, 100, 100, 100], 20), respondentIds: ids(9) },
    ]) {
      const held = holdWellbeing(shown, next);
      expect(held.stats.wbMeans).toEqual(shown.stats.wbMeans);
      expect(held.respondentIds).toEqual(shown.respondentIds);
      expect(held.stats.good).toBe(20);
    }
  });

  it('moves on when the same people answered more, or five or more changed', () => {
    const same = { stats: stats([50, 100, 100, 100, 100], 10), respondentIds: ids(5) };
    expect(holdWellbeing(shown, same)).toEqual(same);
    const five = { stats: stats(Array<number>(10).fill(50), 10), respondentIds: ids(10) };
    expect(holdWellbeing(shown, five)).toEqual(five);
    // Swapping two people is a difference of four: held.
    const swapped = { stats: stats([0, 0, 100, 100, 100], 10), respondentIds: [...ids(3), ...ids(2, 20)] };
    expect(holdWellbeing(shown, swapped).stats.wbMeans).toEqual(shown.stats.wbMeans);
  });

  it('takes the first figures as they are', () => {
    const first = { stats: stats([40], 1), respondentIds: ids(1) };
    expect(holdWellbeing(null, first)).toEqual(first);
  });
});
