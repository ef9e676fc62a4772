import { useTranslation } from 'react-i18next';
import { ABSENCE_REASONS } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { STATE_PICTURES } from './halfDayState.ts';

/** What each picture in the week means, in words beside it: the cells carry only the picture. */
export function AvailabilityLegend() {
  const { t } = useTranslation('rota');
  return (
    <ul className="availability-legend" aria-label={t('availability.legend')}>
      <li>
        <Pictogram name={STATE_PICTURES.present} size={32} />
        <span>{t('availability.states.present')}</span>
      </li>
      {ABSENCE_REASONS.map((reason) => (
        <li key={reason}>
          <Pictogram name={STATE_PICTURES[reason]} size={32} />
          <span>{t(`availability.reasons.${reason}`)}</span>
        </li>
      ))}
      <li>
        <Pictogram name={STATE_PICTURES.pattern} size={32} />
        <Pictogram name="refresh" size={20} />
        <span>{t('availability.states.pattern')}</span>
      </li>
    </ul>
  );
}
