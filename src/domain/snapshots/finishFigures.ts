/**
 * From statistics to figures: each field's formula finished, or null with
 * `no-data` when its source has nothing for the period (never 0). The
 * respondent gate is not applied here: that is publishing's job, since it
 * depends on who else is shown (publishSnapshots.ts).
 */
import type { Figure } from '#shared/snapshots/api.ts';
import { SNAPSHOT_FIELDS, type SnapshotField } from '#shared/snapshots/fields.ts';
import { LOW_SCORE } from './computeStats.ts';
import type { SnapshotStats } from './snapshotStats.ts';

export type Figures = Record<SnapshotField, Figure>;

const round1 = (value: number) => Math.round(value * 10) / 10;
const value = (v: number): Figure => ({ value: round1(v), reason: null });
export const noData: Figure = { value: null, reason: 'no-data' };
const percent = (part: number, whole: number): Figure => (whole === 0 ? noData : value(Math.min(100, (part / whole) * 100)));
const meanOf = (values: readonly number[]): Figure => (values.length === 0 ? noData : value(values.reduce((a, b) => a + b, 0) / values.length));

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
const medianOf = (values: readonly number[]): Figure => {
  const m = median(values);
  return m === null ? noData : value(m);
};

export function finishFigures(stats: SnapshotStats): Figures {
  const respondents = stats.wbMeans.length;
  const answered = respondents > 0;
  const rota = stats.slots > 0;
  const learning = stats.skillCells > 0;
  const figures: Figures = {
    respondents: answered ? value(respondents) : noData,
    wbMean: meanOf(stats.wbMeans),
    wbLowShare: percent(stats.wbMeans.filter((m) => m < LOW_SCORE).length, respondents),
    energyMean: meanOf(stats.energyMeans),
    talkRequests: answered ? value(stats.talkRequests) : noData,
    talkSeenMedianS: medianOf(stats.talkSeenS),
    checkinRate: percent(stats.answerDays, stats.presentDays),
    completionRate: percent(stats.tasksDone, stats.tasksPlanned),
    fpy: percent(stats.good, stats.good + stats.rejected),
    onTime: percent(stats.ordersOnTime, stats.ordersDue),
    // Nobody there and no call: no data, not a quiet week.
    helpCalls: stats.helpCalls === 0 && stats.presentDays === 0 ? noData : value(stats.helpCalls),
    helpResponseMedianS: medianOf(stats.helpSeenS),
    stationsPerPerson: rota ? meanOf(stats.stationsPerMember) : noData,
    varietyFit: percent(stats.varietyFitWeeks, stats.varietyWeeks),
    heavySpread: rota && stats.heavyPerMember.length > 0 ? value(Math.max(...stats.heavyPerMember) - Math.min(...stats.heavyPerMember)) : noData,
    iluoSteps: learning ? value(stats.iluoSteps) : noData,
    cover2: learning ? percent(stats.coveredStations, stats.openStations) : noData,
    trainingSlots: rota ? value(stats.trainingSlots) : noData,
    selfManagedShare: percent(stats.selfPlacedSlots, stats.slots),
    lateChanges: percent(stats.lateSlots, stats.slots),
    werkbaarShare: percent(stats.werkbaar, respondents),
  };
  // Every field is filled: the list in fields.ts and this table cannot drift apart unnoticed.
  for (const field of SNAPSHOT_FIELDS) if (!(field in figures)) throw new Error(`no formula for ${field}`);
  return figures;
}
