/**
 * Time for a test run that is a function of the run, not of the wall
 * clock: it starts where the run says and moves only when the test moves
 * it. Everything in a run that reads the time reads this, so the same run
 * replays with the same timestamps.
 */
export class SimulatedClock {
  private ms: number;

  constructor(startMs: number) {
    this.ms = startMs;
  }

  nowMs(): number {
    return this.ms;
  }

  now(): Date {
    return new Date(this.ms);
  }

  /** Time only goes forward; a tablet with a wrong clock is a skew on top of this, not a step back. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`time moves forward only, not by ${String(ms)} ms`);
    this.ms += ms;
  }
}
