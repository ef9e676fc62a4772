import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeLocal } from '../../../db/localWrite.ts';
import type { Card, Member, Task } from '../../../shared/records.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Pictogram } from '../../components/Pictogram.tsx';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useSaveError } from '../../hooks/useSaveError.ts';
import { useServices } from '../../hooks/useServices.ts';
import { useAppStore } from '../../state/store.ts';
import { Counter } from './Counter.tsx';

interface Props {
  readonly member: Member;
  readonly task: Task;
  readonly card: Card;
}

/** The end of a task: good and rejected pieces with big +/−, saved as one completion event. */
export function CountsScreen({ member, task, card }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const closeTask = useAppStore((s) => s.closeTask);
  const goToStep = useAppStore((s) => s.goToStep);
  const [good, setGood] = useState(task.quantity);
  const [rejected, setRejected] = useState(0);
  const [saving, setSaving] = useState(false);
  const { error, run } = useSaveError();

  const finish = () =>
    run(async () => {
      setSaving(true);
      try {
        const at = now();
        await writeLocal(
          db,
          { kind: 'taskCompletion', op: 'insert', record: { id: newId(), teamId: task.teamId, taskId: task.id, memberId: member.id, good, rejected, completedAt: at.toISOString() } },
          { actorMemberId: member.id, now: at, newId },
        );
        closeTask();
        requestSync('write');
      } finally {
        setSaving(false);
      }
    });

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
      <nav className="step-nav">
        <button type="button" className="nav-button" onClick={() => goToStep(card.steps.length - 1)}>
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
