/**
 * Chart.js for the team view, imported only through Chart.tsx's dynamic
 * import, so it is a chunk of its own that coach mode loads when a chart is
 * first shown. Only the parts the team view draws are registered (bar and
 * line charts on a category and a linear axis, with a legend), which lets
 * the bundler drop the rest of the library; registering happens once, when
 * this module is first evaluated.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chartSpec.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

// Told apart by pattern too (dashes and point shapes on lines), never by colour alone; the table beside says the same in words.
const COLOURS = ['#1d4e89', '#e07b00', '#2e7d32', '#8e24aa', '#00838f', '#6d4c41', '#c62828', '#455a64'];
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;

export interface DrawnChart {
  destroy(): void;
}

/** Draws `spec` on the canvas; null when the canvas cannot be drawn on. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): DrawnChart | null {
  const percent = spec.unit === 'percent';
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: spec.type,
    data: {
      labels: [...spec.labels],
      datasets: spec.series.map((s, i) => {
        const colour = COLOURS[i % COLOURS.length] ?? '#1d4e89';
        const line = (s.type ?? spec.type) === 'line';
        return {
          type: s.type ?? spec.type,
          label: s.label,
          data: [...s.data],
          backgroundColor: colour,
          borderColor: colour,
          yAxisID: s.axis === 'percent' ? 'percent' : 'y',
          ...(line ? { borderDash: DASHES[i % DASHES.length] ?? [], pointStyle: POINTS[i % POINTS.length] ?? 'circle', pointRadius: 5, borderWidth: 3, spanGaps: false, fill: false } : {}),
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // The canvas is a picture (role="img" with a summary); the table is what a reader or a tap explores.
      events: [],
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, font: { size: 14 } } } },
      scales: {
        y: { beginAtZero: true, ...(percent ? { max: 100, ticks: { callback: (v: string | number) => `${String(v)} %` } } : {}) },
        ...(spec.series.some((s) => s.axis === 'percent') ? { percent: { position: 'right' as const, min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v: string | number) => `${String(v)} %` } } } : {}),
      },
    },
  };
  const chart = new Chart(canvas, config);
  // Typed as always there, but null when the canvas gave no context (Chart.js then draws nothing).
  if ((chart.ctx as CanvasRenderingContext2D | null) === null) {
    chart.destroy();
    return null;
  }
  return chart;
}
