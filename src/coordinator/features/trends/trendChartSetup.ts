/**
 * Chart.js for the trend line, reached only through TrendChart's dynamic
 * import so it is a chunk of its own. Only what a line chart on a category
 * and a linear axis with a legend needs is registered. The band thresholds
 * are drawn as two extra dashed lines, so no annotation plugin is needed.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

export interface TrendChartSpec {
  readonly labels: readonly string[];
  readonly label: string;
  /** Null: a gap (too few respondents, or no data). */
  readonly values: readonly (number | null)[];
  readonly thresholds: readonly { readonly label: string; readonly value: number; readonly band: 'green' | 'red' }[];
  /** 0–100 for percentages and scores. */
  readonly max100: boolean;
}

const THRESHOLD_STYLE = {
  green: { colour: '#1e6b34', dash: [10, 5] },
  red: { colour: '#a3241b', dash: [3, 4] },
} as const;

export interface DrawnChart {
  destroy(): void;
}

/** Draws the trend on the canvas; null when the canvas cannot be drawn on. */
export function drawTrendChart(canvas: HTMLCanvasElement, spec: TrendChartSpec): DrawnChart | null {
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels: [...spec.labels],
      datasets: [
        { label: spec.label, data: [...spec.values], borderColor: '#1d4e89', backgroundColor: '#1d4e89', borderWidth: 3, pointRadius: 5, pointStyle: 'circle', spanGaps: false },
        ...spec.thresholds.map((th) => ({
          label: th.label,
          data: spec.labels.map(() => th.value),
          borderColor: THRESHOLD_STYLE[th.band].colour,
          backgroundColor: THRESHOLD_STYLE[th.band].colour,
          borderDash: [...THRESHOLD_STYLE[th.band].dash],
          borderWidth: 2,
          pointRadius: 0,
        })),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // A picture: the table below holds the same numbers for reading and for screen readers.
      events: [],
      plugins: { legend: { position: 'bottom', labels: { font: { size: 14 } } } },
      scales: { y: { beginAtZero: true, ...(spec.max100 ? { max: 100 } : {}) } },
    },
  };
  const chart = new Chart(canvas, config);
  if ((chart.ctx as CanvasRenderingContext2D | null) === null) {
    chart.destroy();
    return null;
  }
  return chart;
}
