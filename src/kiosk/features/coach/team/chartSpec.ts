/** What a team-view chart shows, as plain data: Chart.tsx hands it to Chart.js once that is loaded. */
export interface ChartSeries {
  readonly label: string;
  /** One value per label; null leaves a gap (a day without pieces is no 0 %). */
  readonly data: readonly (number | null)[];
  /** A line over bars, as the Pareto's cumulative share. */
  readonly type?: 'bar' | 'line';
  /** On the right-hand 0–100 % axis. */
  readonly axis?: 'percent';
}

export interface ChartSpec {
  readonly type: 'bar' | 'line';
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The left axis is 0–100 %. */
  readonly unit?: 'percent';
}
