import { useTranslation } from 'react-i18next';
import type { RotaPlan } from '#domain/rota/instanceFormat.ts';
import type { WeekInstance, WeekRecords } from '#domain/rota/weekInstance.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useWeekWords } from './weekWords.ts';

/** The suggested week: a row per member, a column per half-day, each cell the station's picture and name (or the pool); fixed places carry a lock. */
export function SuggestedPlanTable({ plan, records, week }: { plan: RotaPlan; records: WeekRecords; week: WeekInstance }) {
  const { t } = useTranslation('rota');
  const { shortDay, halfDayName } = useWeekWords(week);
  const stationById = new Map(records.stations.map((s) => [s.id, s]));
  const placeOf = new Map(plan.assignments.map((a) => [`${a.member}|${a.slot}`, a.station]));
  const pinned = new Set(week.instance.pins.map((p) => `${p.member}|${p.slot}`));
  const slots = Array.from({ length: week.days.length * week.instance.shifts.length }, (_, k) => k);
  return (
    // The table may scroll sideways on an upright tablet: a region the keyboard can reach.
    <div className="suggest-plan-scroll" tabIndex={0} role="region" aria-label={t('suggest.planCaption')}>
      <table className="suggest-plan">
        <caption className="visually-hidden">{t('suggest.planCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('suggest.member')}</th>
            {slots.map((k) => (
              <th key={k} scope="col">
                <span className="visually-hidden">{halfDayName(k)}</span>
                <span aria-hidden="true">
                  {shortDay(k)}
                  <br />
                  <Pictogram name={week.halfDayOf(k).shift === 'am' ? 'sun' : 'clock'} size={24} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.members.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                <span className="suggest-plan-member">
                  <MemberAvatar member={member} size={40} />
                  {member.name}
                </span>
              </th>
              {slots.map((k) => {
                const key = `${member.id}|${k}`;
                if (!placeOf.has(key)) return <td key={k} className="suggest-plan-away">{t('suggest.absent')}</td>;
                const stationId = placeOf.get(key) ?? null;
                const station = stationId === null ? undefined : stationById.get(stationId);
                return (
                  <td key={k}>
                    <span className="suggest-plan-cell">
                      {station ? <Pictogram name={station.picto} size={32} /> : <Pictogram name="puzzle" size={32} />}
                      <span>{station?.name ?? t('suggest.pool')}</span>
                      {pinned.has(key) ? <Pictogram name="lock" size={20} label={t('suggest.pinned')} /> : null}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
