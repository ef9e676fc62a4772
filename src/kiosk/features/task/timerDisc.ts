/**
 * The time-timer's red sector as an SVG path: from twelve o'clock, clockwise,
 * over the share of time that is left. A full share is the whole disc; none
 * is nothing at all.
 */
export function timerSectorPath(share: number, radius: number, centre: number): string {
  const c = String(centre);
  const r = String(radius);
  if (share <= 0) return '';
  if (share >= 1) return `M${c} ${String(centre - radius)}A${r} ${r} 0 1 1 ${c} ${String(centre + radius)}A${r} ${r} 0 1 1 ${c} ${String(centre - radius)}Z`;
  const angle = share * 2 * Math.PI;
  const x = centre + radius * Math.sin(angle);
  const y = centre - radius * Math.cos(angle);
  return `M${c} ${c}L${c} ${String(centre - radius)}A${r} ${r} 0 ${share > 0.5 ? '1' : '0'} 1 ${x.toFixed(2)} ${y.toFixed(2)}Z`;
}
