import { useEffect, useRef, useState } from 'react';
import type { ChartSpec } from './chartSpec.ts';

interface Props {
  readonly spec: ChartSpec;
  /** What the chart shows, in a sentence: the canvas's accessible name. */
  readonly summary: string;
}

/**
 * A chart drawn by Chart.js, loaded on first use. The picture is only an
 * aid: the table beside it holds the same numbers. Where a canvas cannot be
 * drawn on (jsdom in tests, a browser without canvas) or the library fails
 * to load, the chart leaves nothing behind and the table says it all.
 */
export function Chart({ spec, summary }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Asked before a canvas is shown, so a browser that cannot draw never shows an empty box.
  const [drawable] = useState(canDraw);
  const [failed, setFailed] = useState(false);
  // Redrawn when the numbers change, not when a parent builds an equal spec again: the spec is
  // plain data, so its JSON is the spec.
  const key = JSON.stringify(spec);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !drawable) return undefined;
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    import('./chartSetup.ts')
      .then(({ drawChart }) => {
        if (cancelled) return;
        chart = drawChart(canvas, JSON.parse(key) as ChartSpec);
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
    <div className="team-chart">
      <canvas ref={canvasRef} role="img" aria-label={summary} />
    </div>
  );
}

function canDraw(): boolean {
  return document.createElement('canvas').getContext('2d') !== null;
}
