/**
 * "Pull now" for online tablets: a long-poll request parks here until its
 * team gets a change, so another tablet's tap shows up within seconds
 * rather than at the next timer. In-process: one coordinator process per
 * database (several would need Postgres LISTEN/NOTIFY).
 */
export class TeamSignals {
  private readonly waiters = new Map<string, Set<() => void>>();

  /** Wakes every request waiting on this team. */
  notify(teamId: string): void {
    const set = this.waiters.get(teamId);
    if (!set) return;
    this.waiters.delete(teamId);
    for (const wake of set) wake();
  }

  /**
   * Resolves true when the team changes, false after `timeoutMs` or when
   * `cancel` fires (the tablet hung up). Register before checking the
   * current sequence, so a change in between is never missed.
   */
  wait(teamId: string, timeoutMs: number, cancel?: (stop: () => void) => void): { done: Promise<boolean> } {
    let finish: (changed: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => {
      finish = resolve;
    });
    const set = this.waiters.get(teamId) ?? new Set<() => void>();
    this.waiters.set(teamId, set);
    const wake = () => {
      clearTimeout(timer);
      finish(true);
    };
    const stop = (changed: boolean) => {
      clearTimeout(timer);
      set.delete(wake);
      if (set.size === 0 && this.waiters.get(teamId) === set) this.waiters.delete(teamId);
      finish(changed);
    };
    const timer = setTimeout(() => {
      stop(false);
    }, timeoutMs);
    set.add(wake);
    cancel?.(() => {
      stop(false);
    });
    return { done };
  }
}
