import { useCallback, useEffect, useRef, useState } from 'react';
import { loadWeekRecords } from '#db/rotaRepository.ts';
import { applyPlan } from '#db/rotaPlanWrites.ts';
import { pinClashes, type PinClash } from '#domain/rota/hardRules.ts';
import { buildWeekInstance, type WeekInstance, type WeekRecords } from '#domain/rota/weekInstance.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { SolveHandle, StartSolve, StreamedPlan } from './solverClient.ts';

/** What Suggest shows: reading the week, pins that clash, solving, finished (by itself or stopped), applied. */
export type SuggestState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'clashes'; readonly clashes: readonly PinClash[] }
  | { readonly kind: 'solving'; readonly best: StreamedPlan | null }
  | { readonly kind: 'done'; readonly best: StreamedPlan | null; readonly stopped: boolean }
  | { readonly kind: 'applied'; readonly placed: number }
  | { readonly kind: 'failed' };

export interface Suggest {
  readonly state: SuggestState;
  readonly week: { readonly records: WeekRecords; readonly instance: WeekInstance } | null;
  readonly stop: () => void;
  readonly apply: () => Promise<void>;
}

/**
 * Reads the week, checks its pins, and only when they can hold together
 * starts the solve; a plan is applied only on the coach's word. Leaving
 * the panel ends the solve.
 */
export function useSuggest(teamId: string, weekId: string, startSolve: StartSolve, timeLimitSec: number): Suggest {
  const { db, now, newId, requestSync } = useServices();
  const [state, setState] = useState<SuggestState>({ kind: 'loading' });
  const [week, setWeek] = useState<Suggest['week']>(null);
  const handle = useRef<SolveHandle | null>(null);

  useEffect(() => {
    // An object, not a let: the cleanup sets it while the read is awaited.
    const mounted = { live: true };
    void (async () => {
      const records = await loadWeekRecords(db, teamId, weekId);
      if (!mounted.live) return;
      const instance = buildWeekInstance(records);
      setWeek({ records, instance });
      const clashes = pinClashes(instance.instance);
      if (clashes.length > 0) {
        setState({ kind: 'clashes', clashes });
        return;
      }
      setState({ kind: 'solving', best: null });
      handle.current = startSolve(instance.instance, timeLimitSec, {
        onPlan: (best) => setState({ kind: 'solving', best }),
        onDone: (plan) =>
          setState((before) => {
            // No assignments: no plan keeps the rules (the infeasible plan).
            if (plan.assignments.length === 0) return { kind: 'done', best: null, stopped: false };
            const streamed = before.kind === 'solving' ? before.best : null;
            return { kind: 'done', best: { stage: 'final', progress: plan.status === 'optimal' ? 1 : 0, ...streamed, plan }, stopped: false };
          }),
        onError: () => setState({ kind: 'failed' }),
      });
    })().catch(() => {
      if (mounted.live) setState({ kind: 'failed' });
    });
    return () => {
      mounted.live = false;
      handle.current?.stop();
    };
  }, [db, teamId, weekId, startSolve, timeLimitSec]);

  const stop = useCallback(() => {
    const best = handle.current?.stop() ?? null;
    setState((before) => (before.kind === 'solving' ? { kind: 'done', best: best ?? before.best, stopped: true } : before));
  }, []);

  const apply = useCallback(async () => {
    if (state.kind !== 'done' || !state.best || !week) return;
    const applied = await applyPlan(db, week.instance, state.best.plan.assignments, { actorMemberId: null, now: now(), newId });
    requestSync('write');
    setState({ kind: 'applied', placed: applied.placed });
  }, [db, now, newId, requestSync, state, week]);

  return { state, week, stop, apply };
}
