import { useTranslation } from 'react-i18next';
import { dayDate } from './dayDate.ts';

/** Names a calendar day in the screen's language: "donderdag 26 november". */
export function useDayName(): (day: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' });
  return (day) => format.format(dayDate(day));
}
