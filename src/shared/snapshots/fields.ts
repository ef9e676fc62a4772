/**
 * Every figure of a job-quality snapshot (../shared/SNAPSHOTS.md), with what
 * the dashboard needs to show it: its unit, which way is better, its
 * green/orange/red bands, and whether it rests on well-being answers (and
 * so on the privacy gate). Formulas live in src/domain/snapshots; the words
 * for each field live in the coordinator's translations.
 */
export const SNAPSHOT_FIELDS = [
  'respondents',
  'wbMean',
  'wbLowShare',
  'energyMean',
  'talkRequests',
  'talkSeenMedianS',
  'checkinRate',
  'completionRate',
  'fpy',
  'onTime',
  'helpCalls',
  'helpResponseMedianS',
  'stationsPerPerson',
  'varietyFit',
  'heavySpread',
  'iluoSteps',
  'cover2',
  'trainingSlots',
  'selfManagedShare',
  'lateChanges',
  'werkbaarShare',
] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

export type FieldUnit = 'count' | 'percent' | 'score' | 'seconds' | 'number';
export type FieldIndicator = 'privacy' | 'wellbeing' | 'stress' | 'fatigue' | 'support' | 'dataQuality' | 'workload' | 'quality' | 'variety' | 'physical' | 'learning' | 'autonomy' | 'workLife' | 'workability';
export type FieldSource = 'checkins' | 'completions' | 'tasks' | 'orders' | 'helpCalls' | 'rota' | 'skills';

export interface FieldMeta {
  readonly unit: FieldUnit;
  readonly indicator: FieldIndicator;
  readonly source: FieldSource;
  /** Rests on well-being, energy or talk answers: published only above the respondent threshold. */
  readonly wellbeing: boolean;
  /**
   * Green from `green` on, red beyond `red`, orange between; `higherIsBetter`
   * says which way "on" is. Null: no band (a count that only gives context).
   */
  readonly bands: { readonly higherIsBetter: boolean; readonly green: number; readonly red: number } | null;
}

const up = (green: number, red: number) => ({ higherIsBetter: true, green, red });
const down = (green: number, red: number) => ({ higherIsBetter: false, green, red });

export const FIELD_META: Readonly<Record<SnapshotField, FieldMeta>> = {
  respondents: { unit: 'count', indicator: 'privacy', source: 'checkins', wellbeing: true, bands: null },
  wbMean: { unit: 'score', indicator: 'wellbeing', source: 'checkins', wellbeing: true, bands: up(66, 50) },
  wbLowShare: { unit: 'percent', indicator: 'stress', source: 'checkins', wellbeing: true, bands: down(10, 25) },
  energyMean: { unit: 'score', indicator: 'fatigue', source: 'checkins', wellbeing: true, bands: up(60, 40) },
  talkRequests: { unit: 'count', indicator: 'support', source: 'checkins', wellbeing: true, bands: null },
  talkSeenMedianS: { unit: 'seconds', indicator: 'support', source: 'checkins', wellbeing: true, bands: down(4 * 3600, 24 * 3600) },
  checkinRate: { unit: 'percent', indicator: 'dataQuality', source: 'checkins', wellbeing: true, bands: up(70, 40) },
  completionRate: { unit: 'percent', indicator: 'workload', source: 'tasks', wellbeing: false, bands: up(90, 75) },
  fpy: { unit: 'percent', indicator: 'quality', source: 'completions', wellbeing: false, bands: up(95, 90) },
  onTime: { unit: 'percent', indicator: 'quality', source: 'orders', wellbeing: false, bands: up(95, 85) },
  helpCalls: { unit: 'count', indicator: 'support', source: 'helpCalls', wellbeing: false, bands: null },
  helpResponseMedianS: { unit: 'seconds', indicator: 'support', source: 'helpCalls', wellbeing: false, bands: down(180, 600) },
  stationsPerPerson: { unit: 'number', indicator: 'variety', source: 'rota', wellbeing: false, bands: null },
  varietyFit: { unit: 'percent', indicator: 'variety', source: 'rota', wellbeing: false, bands: up(80, 60) },
  heavySpread: { unit: 'count', indicator: 'physical', source: 'rota', wellbeing: false, bands: down(2, 4) },
  iluoSteps: { unit: 'count', indicator: 'learning', source: 'skills', wellbeing: false, bands: null },
  cover2: { unit: 'percent', indicator: 'learning', source: 'skills', wellbeing: false, bands: up(80, 50) },
  trainingSlots: { unit: 'count', indicator: 'learning', source: 'rota', wellbeing: false, bands: null },
  selfManagedShare: { unit: 'percent', indicator: 'autonomy', source: 'rota', wellbeing: false, bands: up(50, 20) },
  lateChanges: { unit: 'percent', indicator: 'workLife', source: 'rota', wellbeing: false, bands: down(5, 15) },
  werkbaarShare: { unit: 'percent', indicator: 'workability', source: 'checkins', wellbeing: true, bands: up(60, 40) },
};

export const WELLBEING_FIELDS: readonly SnapshotField[] = SNAPSHOT_FIELDS.filter((f) => FIELD_META[f].wellbeing);

/** Published for the dashboard from this many respondents (privacy rule 1). */
export const MIN_RESPONDENTS = 5;
/** Exported for the chain analysis from this many respondents. */
export const MIN_EXPORT_RESPONDENTS = 10;

export type Band = 'green' | 'orange' | 'red';

/** The band of a value, or null for a field without bands. */
export function bandOf(field: SnapshotField, value: number): Band | null {
  const bands = FIELD_META[field].bands;
  if (!bands) return null;
  const { higherIsBetter, green, red } = bands;
  if (higherIsBetter) return value >= green ? 'green' : value < red ? 'red' : 'orange';
  return value <= green ? 'green' : value > red ? 'red' : 'orange';
}
