import { useEffect, useRef, useState } from 'react';
import type { TrendChartSpec } from './trendChartSetup.ts';

interface Props {
  readonly spec: TrendChartSpec;
  /** What the chart shows, in a sentence: the canvas's accessible name. */
  readonly summary: string;
}

/**
 * The trend as a line, drawn by Chart.js loaded on first use. Only an aid:
 * the table beside it has the same numbers. Where a canvas cannot be drawn
 * on (jsdom in tests) or the library fails to load, nothing is left behind.
 */
export function TrendChart({ spec, summary }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawable] = useState(canDraw);
  const [failed, setFailed] = useState(false);
  // Redrawn when the numbers change, not when an equal spec is built again.
  const key = JSON.stringify(spec);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !drawable) return undefined;
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    import('./trendChartSetup.ts')
      .then(({ drawTrendChart }) => {
        if (cancelled) return;
        chart = drawTrendChart(canvas, JSON.parse(key) as TrendChartSpec);
        if (!chart) setFailed(true);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [key, drawable]);
  if (!drawable || failed) return null;
  return (
    <div className="trend-chart">
      <canvas ref={canvasRef} role="img" aria-label={summary} />
    </div>
  );
}

function canDraw(): boolean {
  return document.createElement('canvas').getContext('2d') !== null;
}
