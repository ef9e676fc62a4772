interface Props {
  readonly secondsLeft: number;
  readonly totalSeconds: number;
  /** What a screen reader hears, e.g. "Nog 12 seconden wachten". */
  readonly label: string;
}

const R = 46;

/** The slice of a disc that is left, from twelve o'clock clockwise, as an SVG path. */
function slice(fraction: number): string {
  const angle = fraction * 2 * Math.PI;
  const x = 50 + R * Math.sin(angle);
  const y = 50 - R * Math.cos(angle);
  return `M50 50 L50 ${String(50 - R)} A${String(R)} ${String(R)} 0 ${fraction > 0.5 ? 1 : 0} 1 ${x.toFixed(2)} ${y.toFixed(2)} Z`;
}

/**
 * A rest's time left as a disc that shrinks (the familiar "time timer"
 * shape), with the seconds in digits beside it: a person who cannot read
 * digits still sees how much is left.
 */
export function RestCountdown({ secondsLeft, totalSeconds, label }: Props) {
  const fraction = Math.min(1, Math.max(0, secondsLeft / totalSeconds));
  return (
    <div className="rest-countdown" role="timer" aria-label={label}>
      <svg className="rest-countdown-disc" viewBox="0 0 100 100" aria-hidden="true">
        <circle cx="50" cy="50" r={R} className="rest-countdown-face" />
        {fraction >= 1 ? <circle cx="50" cy="50" r={R} className="rest-countdown-left" /> : fraction > 0 && <path d={slice(fraction)} className="rest-countdown-left" />}
      </svg>
      <span className="rest-countdown-seconds" aria-hidden="true">
        {secondsLeft}
      </span>
    </div>
  );
}
