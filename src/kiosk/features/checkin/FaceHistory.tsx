import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FACE_HISTORY_DAYS, faceHistory } from '#db/checkinRepository.ts';
import { faceCalendar } from '#domain/faceCalendar.ts';
import type { Member } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { FaceCalendarCell } from './FaceCalendarCell.tsx';

interface Props {
  readonly member: Member;
  readonly onClose: () => void;
}

/**
 * The member's own answers on this tablet as a calendar of faces: a row per
 * week, a column per weekday, the morning's and the evening's face in each
 * day; a day without an answer is visibly empty. A tap on a day says its
 * date and faces. Kept only behind a picture PIN.
 */
export function FaceHistory({ member, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const sayer = useSay(lang);
  const { db, now } = useServices();
  const rows = useLiveQuery(() => faceHistory(db, member.id), [db, member.id]);
  if (rows === undefined) return null;
  const today = localDay(now());
  const weeks = faceCalendar(rows, today, FACE_HISTORY_DAYS);
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' });
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
      ) : (
        <>
          {rows.length === 0 && <p className="empty-state">{t('history.empty')}</p>}
          <table className="face-calendar">
            <caption className="visually-hidden">{t('history.calendar')}</caption>
            <thead>
              <tr>
                {weeks[0]?.map((cell) => (
                  <th key={cell.day} scope="col">
                    {weekday.format(new Date(`${cell.day}T12:00:00`))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]?.day}>
                  {week.map((cell) => (
                    <td key={cell.day}>
                      <FaceCalendarCell cell={cell} today={today} onSay={sayer.say} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="home" size={48} />
        <span>{t('common.home')}</span>
      </button>
    </main>
  );
}
