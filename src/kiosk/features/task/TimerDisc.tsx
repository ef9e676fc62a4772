import { timerSectorPath } from './timerDisc.ts';

const CENTRE = 100;
const RADIUS = 84;

/**
 * A "time timer": a red disc that shrinks back to twelve o'clock as the time
 * runs out, on a clock face with a tick per twelfth. Drawn, not animated:
 * it moves only as the clock is read again.
 */
export function TimerDisc({ share }: { share: number }) {
  return (
    <svg className="timer-disc" viewBox="0 0 200 200" aria-hidden="true">
      <circle cx={CENTRE} cy={CENTRE} r="96" className="timer-disc-face" />
      {Array.from({ length: 12 }, (_, i) => (
        <line key={i} x1={CENTRE} y1="8" x2={CENTRE} y2={i % 3 === 0 ? 22 : 16} className="timer-disc-tick" transform={`rotate(${String(i * 30)} ${String(CENTRE)} ${String(CENTRE)})`} />
      ))}
      <path className="timer-disc-left" d={timerSectorPath(share, RADIUS, CENTRE)} />
      <circle cx={CENTRE} cy={CENTRE} r="10" className="timer-disc-knob" />
    </svg>
  );
}
