import { useTranslation } from 'react-i18next';

interface Props {
  readonly due: Date;
  /** Say the weekday too: for a time on another day than the one on screen. */
  readonly withDay?: boolean;
}

/** The due time as an analogue clock face plus digits, for members who read a clock better than numbers. */
export function DueClock({ due, withDay = false }: Props) {
  const { t, i18n } = useTranslation();
  const hours = due.getHours() % 12;
  const minutes = due.getMinutes();
  const hourAngle = (hours + minutes / 60) * 30;
  const minuteAngle = minutes * 6;
  const time = new Intl.DateTimeFormat(i18n.language, { ...(withDay ? { weekday: 'short' } : {}), hour: '2-digit', minute: '2-digit' }).format(due);
  return (
    <span className="due-clock">
      <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">
        <circle cx="20" cy="20" r="18" fill="#fff" stroke="#1a1a1a" strokeWidth="2" />
        <line x1="20" y1="20" x2="20" y2="9" stroke="#1a1a1a" strokeWidth="3" strokeLinecap="round" transform={`rotate(${String(hourAngle)} 20 20)`} />
        <line x1="20" y1="20" x2="20" y2="5" stroke="#1a1a1a" strokeWidth="2" strokeLinecap="round" transform={`rotate(${String(minuteAngle)} 20 20)`} />
      </svg>
      {t('today.dueAt', { time })}
    </span>
  );
}
