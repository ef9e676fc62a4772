import { useTranslation } from 'react-i18next';
import { STATION_LOADS, WEEKDAYS, type Station } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { LoadPicture } from './LoadPicture.tsx';
import { MatrixDialog } from './MatrixDialog.tsx';
import { staffingOf } from '#domain/rota/rotaDefaults.ts';
import { stepStaffing, updateStationRota, type StationRotaFields } from './matrixWrites.ts';
import { Stepper } from './Stepper.tsx';
import { useMatrixSave } from './useMatrixSave.ts';

// 1 January 2024 was a Monday: ISO weekday d falls on the d-th of that month.
const weekdayName = (language: string, day: number) => new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));

/** What the rota needs to know of a station: its load, how many people per half-day, the days it is closed. Each change saves. */
export function StationDialog({ station, onClose }: { station: Station; onClose: () => void }) {
  const { t } = useTranslation('coach');
  const language = useLanguage();
  const { error, save } = useMatrixSave();
  const set = (change: (stored: Station) => StationRotaFields) => void save((db, ctx) => updateStationRota(db, station.id, change, ctx));
  const { minStaff, maxStaff } = staffingOf(station);
  const closed = new Set<number>(station.closedDays ?? []);
  return (
    <MatrixDialog
      title={
        <>
          <Pictogram name={station.picto} size={44} />
          {t('matrix.stationTitle', { name: station.name })}
        </>
      }
      onClose={onClose}
    >
      <div role="group" aria-label={t('matrix.load')} className="matrix-toggles">
        {/* For i18next-cli (see i18next.config.ts): t('coach:matrix.loads.light') t('coach:matrix.loads.medium') t('coach:matrix.loads.heavy') */}
        {STATION_LOADS.map((load) => (
          <button key={load} type="button" className="secondary-button matrix-toggle" aria-pressed={station.load === load} onClick={() => set(() => ({ load }))}>
            <LoadPicture load={load} />
            <span>{t(`matrix.loads.${load}`)}</span>
          </button>
        ))}
      </div>
      <Stepper label={t('matrix.minStaff')} value={minStaff} min={0} max={maxStaff} onStep={(delta) => set((s) => stepStaffing(s, 'minStaff', delta))} />
      <Stepper label={t('matrix.maxStaff')} value={maxStaff} min={minStaff} max={30} onStep={(delta) => set((s) => stepStaffing(s, 'maxStaff', delta))} />
      {/* Each day is a toggle in the group "closed on": pressed, the station is closed that day (and shows a lock). */}
      <div role="group" aria-label={t('matrix.closedDays')} className="matrix-weekdays">
        {WEEKDAYS.map((day) => (
          <button
            key={day}
            type="button"
            className="secondary-button matrix-weekday"
            aria-pressed={closed.has(day)}
            onClick={() =>
              set((s) => {
                const stored = new Set<number>(s.closedDays ?? []);
                return { closedDays: WEEKDAYS.filter((d) => (d === day ? !stored.has(d) : stored.has(d))) };
              })
            }
          >
            {closed.has(day) && <Pictogram name="lock" size={24} />}
            <span>{weekdayName(language, day)}</span>
          </button>
        ))}
      </div>
      <ErrorAlert message={error} />
    </MatrixDialog>
  );
}
