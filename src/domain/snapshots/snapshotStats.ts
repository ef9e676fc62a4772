/**
 * The sufficient statistics of a snapshot: what every field's formula needs,
 * in a form that adds up. A site's or an organisation's figures are its
 * teams' statistics merged, then finished the same way a team's are, so a
 * roll-up is never an average of averages. Per-respondent numbers appear
 * here without ids, in no particular order; they stay in the server's own
 * tables (SNAPSHOTS.md, rule 6) and only finished, gated figures leave.
 */
export interface StationStats {
  readonly stationId: string;
  readonly name: string;
  readonly good: number;
  readonly rejected: number;
}

export interface SnapshotStats {
  /** Each respondent's mean well-being answer, scaled 0–100. Its length is `respondents`. */
  readonly wbMeans: readonly number[];
  /** Each respondent's mean energy answer, scaled 0–100, for those who gave one. */
  readonly energyMeans: readonly number[];
  readonly talkRequests: number;
  /** Seconds from each "I want to talk" to the coach's "seen", for the ones seen. */
  readonly talkSeenS: readonly number[];
  /** Respondent-days with an answer, and person-days present. */
  readonly answerDays: number;
  readonly presentDays: number;
  readonly tasksPlanned: number;
  readonly tasksDone: number;
  readonly good: number;
  readonly rejected: number;
  readonly stations: readonly StationStats[];
  readonly ordersDue: number;
  readonly ordersOnTime: number;
  readonly helpCalls: number;
  readonly helpSeenS: readonly number[];
  /** Rota slots of the period; 0 means the rota figures have no data. */
  readonly slots: number;
  readonly selfPlacedSlots: number;
  readonly lateSlots: number;
  readonly trainingSlots: number;
  /** Distinct stations per member with slots. */
  readonly stationsPerMember: readonly number[];
  /** Member-weeks with a variety target, and those within ±1 of it. */
  readonly varietyWeeks: number;
  readonly varietyFitWeeks: number;
  /** Heavy half-days per member with slots. */
  readonly heavyPerMember: readonly number[];
  readonly iluoSteps: number;
  /** Skill changes of the period; with none and no matrix, learning figures have no data. */
  readonly skillCells: number;
  readonly openStations: number;
  readonly coveredStations: number;
  /** Respondents with none of the four red flags. */
  readonly werkbaar: number;
}

export const EMPTY_STATS: SnapshotStats = {
  wbMeans: [],
  energyMeans: [],
  talkRequests: 0,
  talkSeenS: [],
  answerDays: 0,
  presentDays: 0,
  tasksPlanned: 0,
  tasksDone: 0,
  good: 0,
  rejected: 0,
  stations: [],
  ordersDue: 0,
  ordersOnTime: 0,
  helpCalls: 0,
  helpSeenS: [],
  slots: 0,
  selfPlacedSlots: 0,
  lateSlots: 0,
  trainingSlots: 0,
  stationsPerMember: [],
  varietyWeeks: 0,
  varietyFitWeeks: 0,
  heavyPerMember: [],
  iluoSteps: 0,
  skillCells: 0,
  openStations: 0,
  coveredStations: 0,
  werkbaar: 0,
};

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The statistics of several teams (or periods) together. Stations stay per team: they are never merged across teams. */
export function mergeStats(parts: readonly SnapshotStats[]): SnapshotStats {
  const sum = (pick: (s: SnapshotStats) => number) => parts.reduce((total, s) => total + pick(s), 0);
  const all = (pick: (s: SnapshotStats) => readonly number[]) => sorted(parts.flatMap(pick));
  return {
    wbMeans: all((s) => s.wbMeans),
    energyMeans: all((s) => s.energyMeans),
    talkRequests: sum((s) => s.talkRequests),
    talkSeenS: all((s) => s.talkSeenS),
    answerDays: sum((s) => s.answerDays),
    presentDays: sum((s) => s.presentDays),
    tasksPlanned: sum((s) => s.tasksPlanned),
    tasksDone: sum((s) => s.tasksDone),
    good: sum((s) => s.good),
    rejected: sum((s) => s.rejected),
    stations: [],
    ordersDue: sum((s) => s.ordersDue),
    ordersOnTime: sum((s) => s.ordersOnTime),
    helpCalls: sum((s) => s.helpCalls),
    helpSeenS: all((s) => s.helpSeenS),
    slots: sum((s) => s.slots),
    selfPlacedSlots: sum((s) => s.selfPlacedSlots),
    lateSlots: sum((s) => s.lateSlots),
    trainingSlots: sum((s) => s.trainingSlots),
    stationsPerMember: all((s) => s.stationsPerMember),
    varietyWeeks: sum((s) => s.varietyWeeks),
    varietyFitWeeks: sum((s) => s.varietyFitWeeks),
    heavyPerMember: all((s) => s.heavyPerMember),
    iluoSteps: sum((s) => s.iluoSteps),
    skillCells: sum((s) => s.skillCells),
    openStations: sum((s) => s.openStations),
    coveredStations: sum((s) => s.coveredStations),
    werkbaar: sum((s) => s.werkbaar),
  };
}

/** Respondents: distinct members with at least one well-being answer. */
export function respondentsOf(stats: SnapshotStats): number {
  return stats.wbMeans.length;
}
