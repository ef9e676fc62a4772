import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { StepPlan } from '#domain/stepPlan.ts';
import type { Card, Member } from '#shared/records.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useStepPlan } from '#kiosk/hooks/useStepPlan.ts';
import { selectProgress, useAppStore } from '#kiosk/state/store.ts';
import { CountsScreen } from './CountsScreen.tsx';
import { StepPlayer } from './StepPlayer.tsx';
import { StepSummary } from './StepSummary.tsx';

interface Props {
  readonly member: Member;
  readonly taskId: string;
  /** The card as it was when the task opened. */
  readonly card: Card;
}

/** An open task: its steps at the member's level of detail, then the counts. */
export function TaskFlow({ member, taskId, card }: Props) {
  const { db } = useServices();
  const task = useLiveQuery(async () => (await db.tasks.get(taskId)) ?? null, [db, taskId]);
  const progress = useAppStore(selectProgress);
  const closeTask = useAppStore((s) => s.closeTask);
  // The task vanished (reset by the server): go back to Today rather than show a broken screen.
  useEffect(() => {
    if (task === null) closeTask();
  }, [task, closeTask]);
  if (!task) return null;
  if (progress.phase === 'counts') return <CountsScreen member={member} task={task} card={card} />;
  return <PlannedSteps member={member} taskId={taskId} card={card} stationId={task.stationId} />;
}

function PlannedSteps({ member, taskId, card, stationId }: { member: Member; taskId: string; card: Card; stationId: string }) {
  const live = useStepPlan(member, card, stationId);
  // Like the card, the plan holds for the whole task: a level changed by a sync mid-task
  // would otherwise move the member to another step, or into the summary.
  const [plan, setPlan] = useState<StepPlan | undefined>(undefined);
  if (plan === undefined && live !== undefined) setPlan(live);
  const progress = useAppStore(selectProgress);
  if (!plan) return null;
  if (plan.mode === 'summary') return <StepSummary card={card} plan={plan} />;
  return <StepPlayer member={member} taskId={taskId} card={card} plan={plan} progress={progress} />;
}
