import { useTranslation } from 'react-i18next';
import { dayDate } from './dayDate.ts';

/**
 * A tear-off calendar leaf for a day: the weekday on the band, the date
 * large below it, as on the calendar in the canteen. Decorative: the words
 * beside it say the day.
 */
export function DayPicture({ day, size = 64 }: { day: string; size?: number }) {
  const { i18n } = useTranslation();
  const date = dayDate(day);
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(date).replace('.', '').toUpperCase();
  return (
    <svg className="day-picture" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true">
      <rect x="3" y="6" width="58" height="55" rx="8" fill="#fff" stroke="#1a1a1a" strokeWidth="3" />
      <path d="M3 14a8 8 0 0 1 8-8h42a8 8 0 0 1 8 8v10H3z" fill="#143763" />
      <rect x="16" y="1" width="5" height="11" rx="2" fill="#1a1a1a" />
      <rect x="43" y="1" width="5" height="11" rx="2" fill="#1a1a1a" />
      <text x="32" y="21.5" textAnchor="middle" fontSize="12" fontWeight="800" fill="#fff">
        {weekday}
      </text>
      <text x="32" y="52" textAnchor="middle" fontSize="26" fontWeight="800" fill="#1a1a1a">
        {String(date.getDate())}
      </text>
    </svg>
  );
}
