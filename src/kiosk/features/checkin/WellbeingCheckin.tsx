import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerCheckin, skipStartCheckin } from '#db/checkinRepository.ts';
import { memberSettings } from '#domain/memberSettings.ts';
import type { Member } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { FaceMark } from './FaceMark.tsx';
import { ENERGY, facesFor, type Face } from './faces.ts';

interface Props {
  readonly member: Member;
  readonly day: string;
  readonly moment: 'start' | 'end';
  /** Called once the answer is saved or the question skipped. */
  readonly onDone: () => void;
}

/**
 * One question in two taps: a face, then "done". Energy and "I want to talk
 * to my coach" are optional on the second screen. Always skippable, never
 * blocking. Each face is said aloud as it is tapped, so the member hears
 * what they chose.
 */
export function WellbeingCheckin({ member, day, moment, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const { scale } = memberSettings(member);
  const sayer = useSay(lang);
  const [face, setFace] = useState<Face | null>(null);
  const [energy, setEnergy] = useState<number | null>(null);
  const [talk, setTalk] = useState(false);
  const [saving, setSaving] = useState(false);
  const { error, run } = useSaveError();
  const question = moment === 'start' ? t('checkin.question') : t('checkin.questionEnd');

  const save = (chosen: Face) =>
    run(async () => {
      setSaving(true);
      try {
        const at = now();
        await answerCheckin(
          db,
          {
            id: newId(),
            teamId: member.teamId,
            memberId: member.id,
            day,
            moment,
            score: chosen.score,
            scale,
            ...(energy === null ? {} : { energy }),
            ...(talk ? { wantsTalk: true } : {}),
            answeredAt: at.toISOString(),
          },
          { actorMemberId: member.id, now: at, newId, keepHistory: member.pin != null },
        );
        requestSync('write');
        onDone();
      } finally {
        setSaving(false);
      }
    });

  const skip = () =>
    run(async () => {
      if (moment === 'start') await skipStartCheckin(db, member.id, day);
      onDone();
    });

  if (face === null) {
    return (
      <main className="checkin-screen">
        <div className="screen-title">
          <h1>{question}</h1>
          <SpeakButton text={`${question} ${facesFor(scale).map((f) => t(f.word)).join('. ')}.`} language={lang} />
        </div>
        <div className={`face-row face-row-${String(scale)}`}>
          {facesFor(scale).map((f) => (
            <button
              key={f.score}
              type="button"
              className="face-button"
              onClick={() => {
                sayer.say(t(f.word));
                setFace(f);
              }}
            >
              <FaceMark face={f} size={scale === 5 ? 112 : 140} />
              <span>{t(f.word)}</span>
            </button>
          ))}
        </div>
        <button type="button" className="secondary-button" onClick={() => void skip()}>
          <Pictogram name="next" size={40} />
          <span>{t('checkin.skip')}</span>
        </button>
        <ErrorAlert message={error} />
      </main>
    );
  }

  return (
    <main className="checkin-screen">
      <div className="screen-title">
        <h1>
          <FaceMark face={face} size={64} />
          {t(face.word)}
        </h1>
        <SpeakButton text={`${t(face.word)}. ${t('checkin.more')} ${t('checkin.energy')} ${t('checkin.talk')}`} language={lang} />
      </div>
      <p className="checkin-more">{t('checkin.more')}</p>
      <fieldset className="energy-row">
        <legend>{t('checkin.energy')}</legend>
        {ENERGY.map((e) => (
          <button key={e.level} type="button" className="choice-button" aria-pressed={energy === e.level} onClick={() => setEnergy(energy === e.level ? null : e.level)}>
            <Pictogram name={e.picto} size={64} />
            <span>{t(e.word)}</span>
          </button>
        ))}
      </fieldset>
      <button type="button" className="choice-button talk-button" aria-pressed={talk} onClick={() => setTalk(!talk)}>
        <Pictogram name="talk" size={64} />
        <span>{t('checkin.talk')}</span>
      </button>
      <nav className="step-nav">
        <button type="button" className="nav-button" disabled={saving} onClick={() => setFace(null)}>
          <Pictogram name="back" size={64} />
          <span>{t('common.back')}</span>
        </button>
        <button type="button" className="nav-button nav-next" disabled={saving} onClick={() => void save(face)}>
          <Pictogram name="done" size={64} />
          <span>{t('checkin.done')}</span>
        </button>
      </nav>
      <ErrorAlert message={error} />
    </main>
  );
}
