/**
 * "Pull now" for online tablets: a long-poll request parks here until its
 * team gets a change, so another tablet's tap shows up within seconds
 * rather than at the next timer. Every route that writes to a team calls
 * `notify` once the write is committed.
 */
export interface TeamSignals {
  /** Wakes every request, in every server process, waiting on this team. */
  notify(teamId: string): Promise<void>;
  wait(teamId: string, timeoutMs: number, cancel?: (stop: () => void) => void): { done: Promise<boolean> };
  /** Stops listening for other processes, before the database closes. */
  close(): Promise<void>;
}

/** The waiting requests of this process; on its own, enough for one process (PGlite). */
export class LocalTeamSignals implements TeamSignals {
  private readonly waiters = new Map<string, Set<() => void>>();

  notify(teamId: string): Promise<void> {
    this.wake(teamId);
    return Promise.resolve();
  }

  /** Wakes this process's requests waiting on this team. */
  wake(teamId: string): void {
    const set = this.waiters.get(teamId);
    if (!set) return;
    this.waiters.delete(teamId);
    for (const wake of set) wake();
  }

  /** Wakes every waiting request: they look for changes themselves and find out. */
  wakeAll(): void {
    for (const teamId of [...this.waiters.keys()]) this.wake(teamId);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

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
