import { useTranslation } from 'react-i18next';
import { ABSENCE_REASONS, type AbsenceReason, type Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MatrixDialog } from '#kiosk/features/coach/matrix/MatrixDialog.tsx';
import { isAbsenceReason, STATE_PICTURES, type HalfDayState } from './halfDayState.ts';

export interface HalfDayChoice {
  readonly member: Member;
  readonly dayName: string;
  readonly shiftName: string;
  readonly state: HalfDayState;
  /** The member never works this weekday and half-day (their weekly pattern). */
  readonly everyWeekOff: boolean;
}

/**
 * One member's half-day: there, or away with a reason picked from pictures;
 * and apart from those one-off choices, "never works then", which holds for
 * every week. A choice saves and closes.
 */
export function AvailabilityChoiceDialog({ choice, onPresent, onAbsent, onToggleEveryWeek, onClose }: {
  choice: HalfDayChoice;
  onPresent: () => void;
  onAbsent: (reason: AbsenceReason) => void;
  onToggleEveryWeek: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('rota');
  const { member, dayName, shiftName, state } = choice;
  return (
    <MatrixDialog title={t('availability.choiceTitle', { member: member.name, day: dayName, shift: shiftName })} onClose={onClose}>
      <div className="availability-choices">
        <button type="button" className="secondary-button availability-choice" aria-pressed={state === 'present' || state === 'presentOnce'} onClick={onPresent}>
          <Pictogram name={STATE_PICTURES.present} size={48} />
          <span>{t('availability.present')}</span>
        </button>
        {ABSENCE_REASONS.map((reason) => (
          <button key={reason} type="button" className="secondary-button availability-choice" aria-pressed={isAbsenceReason(state) && state === reason} onClick={() => onAbsent(reason)}>
            <Pictogram name={STATE_PICTURES[reason]} size={48} />
            {/* For i18next-cli (see i18next.config.ts): t('rota:availability.reasons.ill') t('rota:availability.reasons.leave') t('rota:availability.reasons.training') t('rota:availability.reasons.appointment') */}
            <span>{t('availability.reasonChoice', { reason: t(`availability.reasons.${reason}`) })}</span>
          </button>
        ))}
      </div>
      <div className="availability-every-week">
        <button type="button" className="secondary-button availability-choice" aria-pressed={choice.everyWeekOff} onClick={onToggleEveryWeek}>
          <Pictogram name={STATE_PICTURES.pattern} size={48} />
          <Pictogram name="refresh" size={32} />
          <span>{t('availability.everyWeek', { day: dayName, shift: shiftName })}</span>
        </button>
        <p>{t('availability.everyWeekHint')}</p>
      </div>
    </MatrixDialog>
  );
}
