/**
 * A request budget per key (an address, a device, or one key for everyone):
 * at most `max` takes in a fixed window of `timeWindowMs`, kept in this
 * process's memory. Unlike a plain limiter it can also look without taking
 * (is this address out of sign-in tries?) and give a take back (the token
 * turned out to be a real device's), which is what lets a bogus request pay
 * up front while a real one costs nothing.
 *
 * The number of keys is bounded, so a flood of new addresses cannot grow it
 * without end: when full, windows that have ended go first, then the oldest.
 */
export interface RateLimit {
  readonly max: number;
  readonly timeWindowMs: number;
}

/** Enough for every address of a large chain at once; an entry is a few dozen bytes. */
const MAX_KEYS = 100_000;

export class WindowBudget {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Takes one from `key`'s budget; null when taken, else the seconds until the window ends. */
  take(key: string): number | null {
    const window = this.current(key);
    if (window.count >= this.limit.max) return this.secondsLeft(window.endsAt);
    window.count += 1;
    return null;
  }

  /** The seconds until `key` may try again when its budget is spent, else null; takes nothing. */
  spent(key: string): number | null {
    const window = this.windows.get(key);
    if (!window || window.endsAt <= this.now() || window.count < this.limit.max) return null;
    return this.secondsLeft(window.endsAt);
  }

  /** Gives back one take of the current window. */
  giveBack(key: string): void {
    const window = this.windows.get(key);
    if (window && window.endsAt > this.now() && window.count > 0) window.count -= 1;
  }

  private current(key: string): { count: number; endsAt: number } {
    const now = this.now();
    const window = this.windows.get(key);
    if (window && window.endsAt > now) return window;
    if (window) this.windows.delete(key);
    if (this.windows.size >= MAX_KEYS) this.makeRoom(now);
    const fresh = { count: 0, endsAt: now + this.limit.timeWindowMs };
    this.windows.set(key, fresh);
    return fresh;
  }

  private makeRoom(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Still full: the oldest windows go (a Map keeps insertion order), so the newest keys keep counting.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }

  private secondsLeft(endsAt: number): number {
    return Math.max(1, Math.ceil((endsAt - this.now()) / 1000));
  }
}
