import { useTranslation } from 'react-i18next';
import type { Band } from '#shared/snapshots/fields.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** Each band has a shape as well as a colour, and its word beside them: never colour alone. */
export const BAND_SHAPES: Readonly<Record<Band, string>> = { green: '●', orange: '▲', red: '■' };

export function BandMarker({ band }: { readonly band: Band }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return (
    <span className={`band band-${band}`}>
      <span className="band-shape" aria-hidden="true">
        {BAND_SHAPES[band]}
      </span>
      {/* t('bands.green') t('bands.orange') t('bands.red') */}
      <span className="band-word">{t(`bands.${band}`)}</span>
    </span>
  );
}
