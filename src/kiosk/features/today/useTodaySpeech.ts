import { useTranslation } from 'react-i18next';
import { cardTitle } from '#domain/cardLanguage.ts';
import type { TodayPlan, TodayTask } from '#domain/today.ts';
import type { Member, Station } from '#shared/records.ts';
import { dateTimeFormat } from '#ui/intlFormat.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useDayName } from './useDayName.ts';

/**
 * What the speak button on Today says: hello, the station, how far the day
 * is, each open task due today with its number, late or its time, then how
 * many tasks wait behind each later day.
 */
export function useTodaySpeech(): (member: Member, station: Station | null, plan: TodayPlan) => string {
  const { t, i18n } = useTranslation();
  const dayName = useDayName();
  const lang = useLanguage();
  const time = dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
  const task = (x: TodayTask) =>
    [cardTitle(x.card, lang).text, x.twin ? t('today.twin', { n: x.twin.n, of: x.twin.of }) : '', x.late ? t('today.late') : x.order ? t('today.dueAt', { time: time.format(new Date(x.order.due)) }) : '']
      .filter(Boolean)
      .join(', ');
  return (member, station, plan) =>
    [
      t('today.hello', { name: member.name }),
      station ? t('today.station', { name: station.name }) : '',
      plan.all.length > 0 ? t('today.progress', { done: plan.done, total: plan.all.length }) : t('today.empty'),
      ...plan.today.filter((x) => !x.done).map(task),
      ...plan.later.map((g) => `${t('today.laterDay', { day: dayName(g.day) })}: ${t('today.taskCount', { count: g.tasks.length })}`),
    ]
      .filter(Boolean)
      .join('. ');
}
