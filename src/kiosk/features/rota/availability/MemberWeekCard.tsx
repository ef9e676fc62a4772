import { useTranslation } from 'react-i18next';
import { SHIFTS, type Availability, type Member, type Shift } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { halfDayState, STATE_PICTURES, type HalfDayState, type PlannedWeekday } from './halfDayState.ts';

export interface WeekDay {
  readonly day: string;
  readonly weekday: PlannedWeekday;
  readonly isToday: boolean;
}

/** One member's week: their photo and name, then Monday to Friday across and morning and afternoon down, one button per half-day. */
export function MemberWeekCard({ member, days, availability, onOpen }: {
  member: Member;
  days: readonly WeekDay[];
  availability: readonly Availability[];
  onOpen: (day: WeekDay, shift: Shift, state: HalfDayState) => void;
}) {
  const { t } = useTranslation('rota');
  const stateName = (state: HalfDayState) =>
    // For i18next-cli (see i18next.config.ts): t('rota:availability.states.present') t('rota:availability.states.presentOnce') t('rota:availability.states.pattern')
    state === 'present' || state === 'presentOnce' || state === 'pattern' ? t(`availability.states.${state}`) : t('availability.absent', { reason: t(`availability.reasons.${state}`) });
  return (
    <section className="availability-member" aria-label={t('availability.memberWeek', { name: member.name })}>
      <h3 className="availability-member-name">
        <MemberAvatar member={member} size={48} />
        <span>{member.name}</span>
      </h3>
      <table className="availability-week">
        <thead>
          <tr>
            <td />
            {days.map(({ day, weekday, isToday }) => (
              <th key={day} scope="col" className={isToday ? 'availability-today' : undefined}>
                {/* For i18next-cli: t('rota:availability.daysShort.mon') t('rota:availability.daysShort.tue') t('rota:availability.daysShort.wed') t('rota:availability.daysShort.thu') t('rota:availability.daysShort.fri') */}
                <abbr title={t(`availability.days.${weekday}`)}>{t(`availability.daysShort.${weekday}`)}</abbr>
                <span className="availability-date">{day.slice(8)}</span>
                {isToday ? <span className="availability-today-word">{t('availability.today')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SHIFTS.map((shift) => (
            <tr key={shift}>
              <th scope="row">
                {/* For i18next-cli: t('rota:availability.shifts.am') t('rota:availability.shifts.pm') t('rota:availability.shiftsShort.am') t('rota:availability.shiftsShort.pm') */}
                <abbr title={t(`availability.shifts.${shift}`)}>{t(`availability.shiftsShort.${shift}`)}</abbr>
              </th>
              {days.map((weekDay) => {
                const state = halfDayState(member, availability, weekDay.day, shift, weekDay.weekday);
                // For i18next-cli: t('rota:availability.days.mon') t('rota:availability.days.tue') t('rota:availability.days.wed') t('rota:availability.days.thu') t('rota:availability.days.fri')
                const label = t('availability.cell', { member: member.name, day: t(`availability.days.${weekDay.weekday}`), shift: t(`availability.shifts.${shift}`), state: stateName(state) });
                return (
                  <td key={weekDay.day} className={weekDay.isToday ? 'availability-today' : undefined}>
                    <button type="button" className="availability-cell" data-state={state} aria-label={label} onClick={() => onOpen(weekDay, shift, state)}>
                      <Pictogram name={STATE_PICTURES[state]} size={40} />
                      {state === 'pattern' || state === 'presentOnce' ? <Pictogram name="refresh" size={20} className="availability-repeat" /> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
