/**
 * From statistics to figures: each formula finished by hand-made statistics,
 * rounded to one decimal, and `no-data` (null, never 0) when the source has
 * nothing for the period.
 */
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FIELDS } from '#shared/snapshots/fields.ts';
import { finishFigures, median } from './finishFigures.ts';
import { EMPTY_STATS, mergeStats, type SnapshotStats } from './snapshotStats.ts';

const stats = (fields: Partial<SnapshotStats>): SnapshotStats => ({ ...EMPTY_STATS, ...fields });
const noData = { value: null, reason: 'no-data' };
const v = (value: number) => ({ value, reason: null });

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([50, 10, 30])).toBe(30);
    expect(median([100, 10, 40, 20])).toBe(30);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('finishFigures', () => {
  it('fills every field', () => {
    expect(Object.keys(finishFigures(EMPTY_STATS)).sort()).toEqual([...SNAPSHOT_FIELDS].sort());
  });

  it('well-being: respondents, means rounded to one decimal, low share below 33.4, werkbaar share', () => {
    const f = finishFigures(stats({ wbMeans: [0, 33.3, 33.4, 100], energyMeans: [10, 20, 20.5], werkbaar: 1, talkRequests: 2, talkSeenS: [60, 600, 3600] }));
    expect(f.respondents).toEqual(v(4));
    // (0 + 33.3 + 33.4 + 100) / 4 = 41.675.
    expect(f.wbMean).toEqual(v(41.7));
    // 0 and 33.3 are low, 33.4 is not: 2 of 4.
    expect(f.wbLowShare).toEqual(v(50));
    // 50.5 / 3 = 16.83.
    expect(f.energyMean).toEqual(v(16.8));
    expect(f.werkbaarShare).toEqual(v(25));
    expect(f.talkRequests).toEqual(v(2));
    expect(f.talkSeenMedianS).toEqual(v(600));
  });

  it('ratios: check-in rate, completion, fpy, on time, as percentages', () => {
    const f = finishFigures(stats({ answerDays: 3, presentDays: 4, tasksDone: 1, tasksPlanned: 3, good: 19, rejected: 1, ordersOnTime: 0, ordersDue: 2 }));
    expect(f.checkinRate).toEqual(v(75));
    expect(f.completionRate).toEqual(v(33.3));
    expect(f.fpy).toEqual(v(95));
    // None on time is a real 0.
    expect(f.onTime).toEqual(v(0));
  });

  it('a percentage never exceeds 100', () => {
    expect(finishFigures(stats({ answerDays: 5, presentDays: 4 })).checkinRate).toEqual(v(100));
  });

  it('help calls: the count and the median seconds to "seen"', () => {
    const f = finishFigures(stats({ helpCalls: 5, helpSeenS: [20, 10, 100, 40] }));
    expect(f.helpCalls).toEqual(v(5));
    // (20 + 40) / 2.
    expect(f.helpResponseMedianS).toEqual(v(30));
  });

  it('rota: stations per person, variety fit, heavy spread, training, self-managed and late shares', () => {
    const f = finishFigures(
      stats({ slots: 8, selfPlacedSlots: 2, lateSlots: 1, trainingSlots: 3, stationsPerMember: [1, 2, 4], varietyWeeks: 3, varietyFitWeeks: 2, heavyPerMember: [4, 0, 1] }),
    );
    expect(f.stationsPerPerson).toEqual(v(2.3));
    expect(f.varietyFit).toEqual(v(66.7));
    expect(f.heavySpread).toEqual(v(4));
    expect(f.trainingSlots).toEqual(v(3));
    expect(f.selfManagedShare).toEqual(v(25));
    expect(f.lateChanges).toEqual(v(12.5));
  });

  it('rota fields have no data without slots, and real zeros with them', () => {
    const none = finishFigures(stats({ stationsPerMember: [], heavyPerMember: [] }));
    for (const field of ['stationsPerPerson', 'varietyFit', 'heavySpread', 'trainingSlots', 'selfManagedShare', 'lateChanges'] as const) expect(none[field], field).toEqual(noData);
    const zeros = finishFigures(stats({ slots: 2, stationsPerMember: [0], heavyPerMember: [0], varietyWeeks: 1 }));
    for (const field of ['stationsPerPerson', 'varietyFit', 'heavySpread', 'trainingSlots', 'selfManagedShare', 'lateChanges'] as const) expect(zeros[field], field).toEqual(v(0));
  });

  it('learning: no data without matrix or changes; cover2 also without open stations', () => {
    expect(finishFigures(stats({ iluoSteps: 0 })).iluoSteps).toEqual(noData);
    expect(finishFigures(stats({ coveredStations: 0, openStations: 3 })).cover2).toEqual(noData);
    const f = finishFigures(stats({ skillCells: 6, iluoSteps: 3, coveredStations: 1, openStations: 3 }));
    expect(f.iluoSteps).toEqual(v(3));
    expect(f.cover2).toEqual(v(33.3));
    expect(finishFigures(stats({ skillCells: 6, openStations: 0 })).cover2).toEqual(noData);
  });

  it('without answers, every figure from answers has no data (talk requests too, not 0)', () => {
    const f = finishFigures(stats({ presentDays: 4, talkRequests: 0 }));
    for (const field of ['respondents', 'wbMean', 'wbLowShare', 'energyMean', 'talkRequests', 'talkSeenMedianS', 'werkbaarShare'] as const) expect(f[field], field).toEqual(noData);
    // Present but nobody answered: a real 0 %.
    expect(f.checkinRate).toEqual(v(0));
  });

  it('empty statistics: no data everywhere, the help-call count too', () => {
    const f = finishFigures(EMPTY_STATS);
    for (const field of SNAPSHOT_FIELDS) expect(f[field], field).toEqual(noData);
  });

  it('a week with people there and no call counts 0 calls', () => {
    expect(finishFigures(stats({ helpCalls: 0, presentDays: 3 })).helpCalls).toEqual(v(0));
  });

  it('a merged roll-up is finished from the pooled statistics, not as a mean of means', () => {
    // Team A: one respondent at 100; team B: three at 0. Pooled: 25; mean of team means: 50.
    const merged = mergeStats([stats({ wbMeans: [100], good: 9, rejected: 1 }), stats({ wbMeans: [0, 0, 0], good: 1, rejected: 9 })]);
    const f = finishFigures(merged);
    expect(f.wbMean).toEqual(v(25));
    expect(f.respondents).toEqual(v(4));
    // 10 good of 20.
    expect(f.fpy).toEqual(v(50));
  });
});
