import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerCheckin, skipStartCheckin } from '../../../db/checkinRepository.ts';
import type { Member } from '../../../shared/records.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Pictogram } from '../../components/Pictogram.tsx';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useServices } from '../../hooks/useServices.ts';
import { useSaveError } from '../../hooks/useSaveError.ts';

const FACES = [
  { score: 3, picto: 'face-good', key: 'checkin.good' },
  { score: 2, picto: 'face-unsure', key: 'checkin.unsure' },
  { score: 1, picto: 'face-bad', key: 'checkin.bad' },
] as const;

interface Props {
  readonly member: Member;
  readonly day: string;
}

/** One tap on a face at the first sign-in of the day. Always skippable, never blocking. */
export function WellbeingCheckin({ member, day }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const [saving, setSaving] = useState(false);
  const { error, run } = useSaveError();

  const answer = (score: number) =>
    run(async () => {
      setSaving(true);
      const at = now();
      await answerCheckin(db, { id: newId(), teamId: member.teamId, memberId: member.id, day, moment: 'start', score, answeredAt: at.toISOString() }, { actorMemberId: member.id, now: at, newId });
      requestSync('write');
    }).finally(() => {
      setSaving(false);
    });

  return (
    <main className="checkin-screen">
      <div className="screen-title">
        <h1>{t('checkin.question')}</h1>
        <SpeakButton text={`${t('checkin.question')} ${FACES.map((f) => t(f.key)).join('. ')}.`} language={lang} />
      </div>
      <div className="face-row">
        {FACES.map((f) => (
          <button key={f.score} type="button" className="face-button" disabled={saving} onClick={() => void answer(f.score)}>
            <Pictogram name={f.picto} size={140} />
            <span>{t(f.key)}</span>
          </button>
        ))}
      </div>
      <button type="button" className="secondary-button" disabled={saving} onClick={() => void run(() => skipStartCheckin(db, member.id, day))}>
        <Pictogram name="next" size={40} />
        <span>{t('checkin.skip')}</span>
      </button>
      <ErrorAlert message={error} />
    </main>
  );
}
