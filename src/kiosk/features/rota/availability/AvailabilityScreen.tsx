import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setAvailability } from '#db/rotaRepository.ts';
import { plannedDays } from '#domain/rota/weekInstance.ts';
import { localDay } from '#shared/time.ts';
import type { AbsenceReason, Shift } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useMatrixSave } from '#kiosk/features/coach/matrix/useMatrixSave.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useWeekRecords } from '#kiosk/features/rota/useWeekRecords.ts';
import { AvailabilityChoiceDialog } from './AvailabilityChoiceDialog.tsx';
import { AvailabilityLegend } from './AvailabilityLegend.tsx';
import { PLANNED_WEEKDAYS, weekHalfDay, type HalfDayState } from './halfDayState.ts';
import { MemberWeekCard, type WeekDay } from './MemberWeekCard.tsx';
import { toggleOffHalfDay } from './patternWrites.ts';
import '#kiosk/features/coach/matrix/matrix.css';
import './availability.css';

interface Open {
  readonly memberId: string;
  readonly day: WeekDay;
  readonly shift: Shift;
  readonly state: HalfDayState;
}

/**
 * Who is there, per member and half-day of one week (coach mode). A one-off
 * absence is an availability record with a reason picture; a half-day the
 * member never works is their weekly pattern (member.offHalfDays) and shows
 * the "not working" picture with the repeat sign, in this week and every
 * other. The board reads the same records, so an absent member is off the
 * plan at once; when that takes someone off the plan today or later,
 * `onAbsentToday` lets the board repair it.
 */
export function AvailabilityScreen({ teamId, week, onClose, onAbsentToday }: { teamId: string; week: string; onClose: () => void; onAbsentToday?: (memberId: string) => void }) {
  const { t } = useTranslation('rota');
  const { now } = useServices();
  const records = useWeekRecords(teamId, week);
  const { error, save } = useMatrixSave();
  const [open, setOpen] = useState<Open | null>(null);
  const today = localDay(now());
  const days = useMemo<WeekDay[]>(() => plannedDays(week).map((day, i) => ({ day, weekday: PLANNED_WEEKDAYS[i] ?? 'mon', isToday: day === today })), [week, today]);
  if (!records) return null;

  const openMember = open ? records.members.find((m) => m.id === open.memberId) : undefined;
  // A member taken off a half-day from today on, in a week that has places for them, leaves a hole in the plan.
  const tellIfPlanBreaks = (memberId: string, day: string) => {
    if (day >= today && records.slots.some((s) => s.memberId === memberId)) onAbsentToday?.(memberId);
  };
  const choose = async (change: 'present' | AbsenceReason | 'everyWeek') => {
    if (!open || !openMember) return;
    const { day, shift } = open;
    setOpen(null);
    const halfDay = weekHalfDay(day.weekday, shift);
    const wasPresent = open.state === 'present' || open.state === 'presentOnce';
    // Worked out from what the screen showed: a weekly half-day turned off takes away only someone who was there by their pattern (a record of their own still holds).
    const nowAbsent = change === 'everyWeek' ? open.state === 'present' : change !== 'present' && wasPresent;
    const saved = await save(async (db, ctx) => {
      if (change === 'everyWeek') await toggleOffHalfDay(db, openMember.id, halfDay, ctx);
      else await setAvailability(db, { teamId, memberId: openMember.id, day: day.day, shift }, change === 'present' ? null : change, ctx);
    });
    if (saved && nowAbsent) tellIfPlanBreaks(openMember.id, day.day);
  };

  return (
    <section className="availability-screen" aria-labelledby="availability-title">
      <div className="screen-title">
        <h2 id="availability-title">{t('availability.title', { week: Number(week.slice(6)) })}</h2>
        <button type="button" className="primary-button" onClick={onClose}>
          <Pictogram name="done" size={40} />
          <span>{t('availability.done')}</span>
        </button>
      </div>
      <p className="matrix-hint">{t('availability.hint')}</p>
      <AvailabilityLegend />
      <ErrorAlert message={error} />
      {records.members.length === 0 ? (
        <p className="empty-state">{t('availability.empty')}</p>
      ) : (
        <div className="availability-members">
          {records.members.map((member) => (
            <MemberWeekCard key={member.id} member={member} days={days} availability={records.availability} onOpen={(day, shift, state) => setOpen({ memberId: member.id, day, shift, state })} />
          ))}
        </div>
      )}
      {open && openMember ? (
        <AvailabilityChoiceDialog
          choice={{
            member: openMember,
            dayName: t(`availability.days.${open.day.weekday}`),
            shiftName: t(`availability.shifts.${open.shift}`),
            state: open.state,
            everyWeekOff: (openMember.offHalfDays ?? []).includes(weekHalfDay(open.day.weekday, open.shift)),
          }}
          onPresent={() => void choose('present')}
          onAbsent={(reason) => void choose(reason)}
          onToggleEveryWeek={() => void choose('everyWeek')}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
