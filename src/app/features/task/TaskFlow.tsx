import type { Member } from '../../../shared/records.ts';
import { useTaskWithCard } from '../../hooks/useTaskWithCard.ts';
import { selectPlayer, useAppStore } from '../../state/store.ts';
import { CountsScreen } from './CountsScreen.tsx';
import { StepPlayer } from './StepPlayer.tsx';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly member: Member;
  readonly taskId: string;
}

/** An open task: its steps one screen at a time, then the counts. */
export function TaskFlow({ member, taskId }: Props) {
  const loaded = useTaskWithCard(taskId);
  const { stepIndex, phase } = useAppStore(useShallow(selectPlayer));
  const closeTask = useAppStore((s) => s.closeTask);
  if (loaded === undefined) return null;
  if (loaded === null) {
    // The task vanished (reset by the server); go back to Today rather than show a broken screen.
    queueMicrotask(closeTask);
    return null;
  }
  if (phase === 'counts') return <CountsScreen member={member} task={loaded.task} card={loaded.card} />;
  return <StepPlayer card={loaded.card} stepIndex={Math.min(stepIndex, loaded.card.steps.length - 1)} />;
}
