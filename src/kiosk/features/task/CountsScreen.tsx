import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeLocal } from '#db/localWrite.ts';
import type { Card, Member, Task } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useTodayTasks } from '#kiosk/hooks/useTodayTasks.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { Counter } from './Counter.tsx';
import { DefectPhoto } from './DefectPhoto.tsx';
import { RejectReasonPicker } from './RejectReasonPicker.tsx';
import { TaskDoneReward } from './TaskDoneReward.tsx';

/** The most pieces one completion records (records.ts). */
const MAX_PIECES = 100_000;

interface Props {
  readonly member: Member;
  readonly task: Task;
  readonly card: Card;
}

/**
 * The quality check-in at the end of a task: good and rejected pieces, why
 * pieces were rejected, and optionally a photo of a defect; saved as one
 * completion event. Then the reward, until the member goes on; a task
 * that already has the member's completion (the tablet came back to it after
 * a reload) shows the reward too, never the counts again, so a task is not
 * finished twice.
 */
export function CountsScreen({ member, task, card }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const closeTask = useAppStore((s) => s.closeTask);
  const tap = useAppStore((s) => s.tap);
  // A task may be larger than one completion can hold (orders of a million); start within the limit.
  const [good, setGood] = useState(Math.min(task.quantity, MAX_PIECES));
  const [rejected, setRejected] = useState(0);
  const [reasons, setReasons] = useState<readonly string[]>([]);
  const [photo, setPhoto] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { error, run } = useSaveError();
  const plan = useTodayTasks(member.id, task.day);
  const saved = useLiveQuery(
    async () => (await db.taskCompletions.where('taskId').equals(task.id).filter((c) => c.memberId === member.id).count()) > 0,
    [db, task.id, member.id],
  );
  // Set as the write resolves, before the live query sees it: no second tap can finish the task again.
  const [finishedNow, setFinishedNow] = useState(false);

  const finish = () =>
    run(async () => {
      setSaving(true);
      try {
        const at = now();
        const withRejects = rejected > 0;
        await writeLocal(
          db,
          {
            kind: 'taskCompletion',
            op: 'insert',
            record: {
              id: newId(),
              teamId: task.teamId,
              taskId: task.id,
              memberId: member.id,
              good,
              rejected,
              rejectReasons: withRejects ? [...reasons] : [],
              photo: withRejects ? photo : null,
              cardVersion: card.version,
              completedAt: at.toISOString(),
            },
          },
          { actorMemberId: member.id, now: at, newId },
        );
        setFinishedNow(true);
        requestSync('write');
      } finally {
        setSaving(false);
      }
    });

  if (finishedNow || saved === true) {
    if (!plan) return null;
    const done = plan.all.filter((x) => x.done || x.task.id === task.id).length;
    return <TaskDoneReward card={card} done={done} total={plan.all.length} fresh={finishedNow} onContinue={closeTask} />;
  }

  return (
    <main className="counts-screen">
      <div className="screen-title">
        <h1>
          <Pictogram name={card.picto} size={40} />
          {t('counts.title')}
        </h1>
        <SpeakButton text={t('counts.speech')} language={lang} />
      </div>
      <div className="counters">
        <Counter label={t('counts.good')} picto="done" value={good} onChange={setGood} />
        <Counter label={t('counts.rejected')} picto="no" value={rejected} onChange={setRejected} />
      </div>
      {rejected > 0 && (
        <div className="reject-details">
          <RejectReasonPicker chosen={reasons} onChange={setReasons} />
          <DefectPhoto photo={photo} onChange={setPhoto} />
        </div>
      )}
      <nav className="step-nav">
        <button type="button" className="nav-button" onClick={() => tap((p) => ({ ...p, phase: 'steps' }))}>
          <Pictogram name="back" size={64} />
          <span>{t('common.back')}</span>
        </button>
        <button type="button" className="nav-button nav-next" disabled={saving} onClick={() => void finish()}>
          <Pictogram name="done" size={64} />
          <span>{t('counts.finish')}</span>
        </button>
      </nav>
      <ErrorAlert message={error} />
    </main>
  );
}
