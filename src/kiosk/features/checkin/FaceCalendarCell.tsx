import { useTranslation } from 'react-i18next';
import type { CalendarCell } from '#domain/faceCalendar.ts';
import type { FaceHistoryRow } from '#db/SchakelDb.ts';
import { FaceMark } from './FaceMark.tsx';
import { faceOf } from './faces.ts';

interface Props {
  readonly cell: CalendarCell<FaceHistoryRow>;
  /** Today's cell is outlined, as on a calendar at home. */
  readonly today: string;
  readonly onSay: (text: string) => void;
}

/**
 * One day of the calendar of faces: its date, the morning's face and the
 * evening's, or an empty dashed ring for a moment not answered. The button's
 * name is what a tap says: the date and the faces.
 */
export function FaceCalendarCell({ cell, today, onSay }: Props) {
  const { t, i18n } = useTranslation();
  const date = new Date(`${cell.day}T12:00:00`);
  if (!cell.inRange) return <span className="face-day face-day-outside">{date.getDate()}</span>;
  const isToday = cell.day === today;
  const moment = (row: FaceHistoryRow | undefined, which: 'start' | 'end') => {
    const face = row ? faceOf(row.score, row.scale) : undefined;
    const when = which === 'start' ? t('history.morning') : t('history.evening');
    return { face, text: `${when}: ${face ? t(face.word) : row ? String(row.score) : t('history.noFace')}` };
  };
  const start = moment(cell.start, 'start');
  const end = moment(cell.end, 'end');
  const answered = cell.start !== undefined || cell.end !== undefined;
  const dateText = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
  const spoken = answered ? `${dateText}. ${start.text}. ${end.text}.` : `${dateText}. ${t('history.noFace')}.`;
  return (
    <button
      type="button"
      className={`face-day${answered ? '' : ' face-day-empty'}${isToday ? ' face-day-today' : ''}`}
      aria-label={spoken}
      {...(isToday ? { 'aria-current': 'date' as const } : {})}
      onClick={() => {
        onSay(spoken);
      }}
    >
      <span className="face-day-date">{date.getDate()}</span>
      <span className="face-day-faces">
        {[start, end].map((m, i) => (m.face ? <FaceMark key={i} face={m.face} size={40} /> : <span key={i} className="face-day-none" />))}
      </span>
    </button>
  );
}
