import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FACE_HISTORY_DAYS, faceHistory } from '#db/checkinRepository.ts';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { faceOf } from './faces.ts';

interface Props {
  readonly member: Member;
  readonly onClose: () => void;
}

/** The member's own answers on this tablet, as faces per day: morning and evening. Kept only behind a picture PIN. */
export function FaceHistory({ member, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const { db } = useServices();
  const rows = useLiveQuery(() => faceHistory(db, member.id), [db, member.id]);
  if (rows === undefined) return null;
  const days = [...new Set(rows.map((r) => r.day))];
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <main className="face-history">
      <div className="screen-title">
        <h1>{t('history.title')}</h1>
        <SpeakButton text={t('history.speech', { days: FACE_HISTORY_DAYS })} language={lang} />
      </div>
      {member.pin == null ? (
        <p className="empty-state">
          <Pictogram name="lock" size={48} />
          {t('history.needsPin')}
        </p>
      ) : days.length === 0 ? (
        <p className="empty-state">{t('history.empty')}</p>
      ) : (
        <ul className="history-days">
          {days.map((day) => (
            <li key={day} className="history-day">
              <span className="history-date">{weekday.format(new Date(`${day}T12:00:00`))}</span>
              {rows
                .filter((r) => r.day === day)
                .reverse()
                .map((r) => {
                  const face = faceOf(r.score, r.scale);
                  const label = `${t(r.moment === 'start' ? 'history.morning' : 'history.evening')}: ${face ? t(face.word) : String(r.score)}`;
                  return <Pictogram key={r.id} name={face?.picto ?? 'face-unsure'} size={64} label={label} />;
                })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="home" size={48} />
        <span>{t('common.home')}</span>
      </button>
    </main>
  );
}
