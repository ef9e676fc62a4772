import { useTranslation } from 'react-i18next';
import type { Figure } from '#shared/snapshots/api.ts';
import { bandOf, MIN_RESPONDENTS, type SnapshotField } from '#shared/snapshots/fields.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { BandMarker } from './BandMarker.tsx';
import { useFigureFormat } from './useFigureFormat.ts';
import { useMissingText } from './useMissingText.ts';

/** One published figure: its value in its unit with its band, or in words why there is none (never a 0 that was not measured). */
export function FigureValue({ field, figure }: { readonly field: SnapshotField; readonly figure: Figure }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const format = useFigureFormat();
  const missingText = useMissingText();
  if (figure.value === null) {
    return (
      <span className="figure figure-missing" title={figure.reason === 'too-few-respondents' ? t('missing.tooFewExplained', { min: MIN_RESPONDENTS }) : undefined}>
        {missingText(figure.reason)}
      </span>
    );
  }
  const band = bandOf(field, figure.value);
  return (
    <span className={`figure${band ? ` figure-${band}` : ''}`}>
      <span className="figure-number">{format(field, figure.value)}</span>
      {band ? <BandMarker band={band} /> : null}
    </span>
  );
}
