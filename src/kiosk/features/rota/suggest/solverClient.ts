/**
 * Suggest's way to the optimiser: `startSolve` runs it in the rota solver
 * Worker, started for this one solve and ended with it, so HiGHS never
 * runs on the page's thread and never stays in memory after. The panel
 * takes a StartSolve, so a test can hand it an in-process solver instead.
 */
import { proxy, wrap } from 'comlink';
import type { RotaInstance, RotaPlan } from '#domain/rota/instanceFormat.ts';
import RotaSolverWorker from '#workers/rotaSolver.worker.ts?worker';
import type { RotaSolverApi } from '#workers/rotaSolver.worker.ts';
import type { StreamedPlan } from '#domain/rota/solveStream.ts';

export type { StreamedPlan };

export interface SolveListener {
  /** The draft, then each better plan. */
  readonly onPlan: (streamed: StreamedPlan) => void;
  /** The solve ended by itself: the best plan it found (or the infeasible one). Not called after stop(). */
  readonly onDone: (plan: RotaPlan) => void;
  readonly onError: (error: unknown) => void;
}

export interface SolveHandle {
  /** Ends the solve at once; returns the best plan streamed so far (null before the draft). */
  readonly stop: () => StreamedPlan | null;
}

export type StartSolve = (instance: RotaInstance, timeLimitSec: number, listener: SolveListener) => SolveHandle;

/** Keeps the best plan so far and stops listening once stopped: the shared half of every StartSolve. */
export function trackSolve(listener: SolveListener, end: () => void): { listener: SolveListener; handle: SolveHandle } {
  let best: StreamedPlan | null = null;
  let over = false;
  return {
    listener: {
      onPlan: (streamed) => {
        if (over) return;
        best = streamed;
        listener.onPlan(streamed);
      },
      onDone: (plan) => {
        if (over) return;
        over = true;
        end();
        listener.onDone(plan);
      },
      onError: (error) => {
        if (over) return;
        over = true;
        end();
        listener.onError(error);
      },
    },
    handle: {
      stop: () => {
        if (!over) {
          over = true;
          end();
        }
        return best;
      },
    },
  };
}

/** Starts a Worker for this solve; terminating it is the only way to interrupt HiGHS. */
export const startWorkerSolve: StartSolve = (instance, timeLimitSec, listener) => {
  const worker = new RotaSolverWorker();
  const tracked = trackSolve(listener, () => worker.terminate());
  wrap<RotaSolverApi>(worker)
    .solve(instance, timeLimitSec, proxy(tracked.listener.onPlan))
    .then(tracked.listener.onDone, tracked.listener.onError);
  return tracked.handle;
};
