import { useLiveQuery } from 'dexie-react-hooks';
import { stepHelpCall, type HelpCallState } from '#db/helpRepository.ts';
import type { CardStep, HelpReason } from '#shared/records.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { PlayerProgress } from '#kiosk/state/store.ts';

export interface StepGate {
  /** Why this step holds the task: a check answered "no", or fewer counted than asked. Null: nothing holds it. */
  readonly problem: 'checkFailed' | 'countShort' | null;
  /** The reason the help call from this step carries (its picture is on the call button). */
  readonly reason: HelpReason;
  /** The latest call from this step; undefined while loading. */
  readonly call: HelpCallState | null | undefined;
  /** True while "next" must not go on: there is a problem and no coach has seen a call about it. */
  readonly stopped: boolean;
}

/**
 * A failed check or a short count stops the task. The member goes on by
 * changing the answer (or counting up), or once the coach has seen the call
 * made from this step — read from the data, so it holds across sign-outs.
 */
export function useStepGate(memberId: string, taskId: string, step: CardStep | undefined, progress: PlayerProgress): StepGate {
  const { db } = useServices();
  // Only a check or a count can stop the task. Other steps ask nothing of IndexedDB and share one
  // query key, so a tap from one plain step to the next starts no read and no second render.
  const stepId = step?.kind === 'check' || step?.kind === 'count' ? step.id : null;
  const call = useLiveQuery(() => (stepId === null ? null : stepHelpCall(db, memberId, taskId, stepId)), [db, memberId, taskId, stepId]);
  const problem =
    step?.kind === 'check' && progress.answers[step.id] === 'no'
      ? 'checkFailed'
      : step?.kind === 'count' && step.target !== undefined && (progress.counted[step.id] ?? 0) < step.target
        ? 'countShort'
        : null;
  // Too few pieces most often means the material ran out; the coach sees the step and the count either way.
  const reason: HelpReason = problem === 'countShort' ? 'material' : 'checkFailed';
  return { problem, reason, call, stopped: problem !== null && call?.acknowledged !== true };
}
