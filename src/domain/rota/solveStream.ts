/**
 * What Suggest sees of a solve: each better plan with how close it is known
 * to be to the proven best. The rota solver Worker runs this; a test runs
 * it in-process with Node's HiGHS, so both see the same figures.
 */
import type { LegacyHighs } from 'highs';
import type { RotaInstance, RotaPlan } from './instanceFormat.ts';
import { solveRota, type SolveProgress, type SolveStage } from './solve.ts';

export interface StreamedPlan {
  readonly plan: RotaPlan;
  readonly stage: SolveStage;
  /**
   * 0–1, how close to the proven best: 1 − the gap HiGHS proved (1 once
   * optimal). The draft proves nothing (DRAFT_PROGRESS); a MIP plan found
   * before a gap was proven is at least as good as the draft
   * (UNPROVEN_PROGRESS). Never goes down: a better plan keeps the bound
   * an earlier one proved.
   */
  readonly progress: number;
}

export const DRAFT_PROGRESS = 0.1;
export const UNPROVEN_PROGRESS = 0.5;

function progressOf(progress: SolveProgress): number {
  if (progress.provenGap !== null) return Math.max(0, 1 - progress.provenGap);
  return progress.stage === 'draft' ? DRAFT_PROGRESS : UNPROVEN_PROGRESS;
}

/** Solves `instance`, handing every better plan to `onPlan`; returns the last (best) plan, or the infeasible one. */
export function solveStreaming(highs: LegacyHighs, instance: RotaInstance, timeLimitSec: number, now: () => number, onPlan: (streamed: StreamedPlan) => void): RotaPlan {
  let reached = 0;
  return solveRota(highs, instance, {
    timeLimitSec,
    now,
    onPlan: (plan, progress) => {
      reached = Math.max(reached, progressOf(progress));
      onPlan({ plan, stage: progress.stage, progress: reached });
    },
  });
}
