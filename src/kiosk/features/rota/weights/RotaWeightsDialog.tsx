import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ROTA_WEIGHT_MAX, setRotaWeight, teamSettingsOf } from '#db/teamRotaSettings.ts';
import { ROTA_WEIGHT_DEFAULTS, ROTA_WEIGHT_NAMES, type RotaWeightName } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MatrixDialog } from '#kiosk/features/coach/matrix/MatrixDialog.tsx';
import { Stepper } from '#kiosk/features/coach/matrix/Stepper.tsx';
import { useMatrixSave } from '#kiosk/features/coach/matrix/useMatrixSave.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import '#kiosk/features/coach/matrix/matrix.css';
import './weights.css';

/**
 * How far one tap moves a weight: the two rules that give way only when
 * nothing else fits count in thousands (ROTA.md E1, E2), so they step by a
 * hundred; the quota counts half-days of a five-day week.
 */
const STEP: Partial<Record<RotaWeightName, number>> = { short: 100, noQualified: 100 };
const MAX: Partial<Record<RotaWeightName, number>> = { trainQuota: 10 };

// Read as t(`weights.names.${name}`) and t(`weights.explanations.${name}`); for i18next-cli (see i18next.config.ts):
// t('rota:weights.names.short') t('rota:weights.names.noQualified') t('rota:weights.names.varDev') t('rota:weights.names.change') t('rota:weights.names.loadExcess') t('rota:weights.names.undesired') t('rota:weights.names.desired') t('rota:weights.names.train') t('rota:weights.names.trainQuota') t('rota:weights.names.flex') t('rota:weights.names.home')
// t('rota:weights.explanations.short') t('rota:weights.explanations.noQualified') t('rota:weights.explanations.varDev') t('rota:weights.explanations.change') t('rota:weights.explanations.loadExcess') t('rota:weights.explanations.undesired') t('rota:weights.explanations.desired') t('rota:weights.explanations.train') t('rota:weights.explanations.trainQuota') t('rota:weights.explanations.flex') t('rota:weights.explanations.home')

/** The team's rota weights (team settings): each with a plain name, what it does, a stepper and "back to default". Each tap saves. */
export function RotaWeightsDialog({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const { t } = useTranslation('rota');
  const { db } = useServices();
  const stored = useLiveQuery(async () => (await teamSettingsOf(db, teamId))?.rotaWeights ?? {}, [db, teamId]);
  const { error, save } = useMatrixSave();
  const set = (name: RotaWeightName, change: (current: number) => number | null) =>
    void save(async (db, ctx) => {
      await setRotaWeight(db, teamId, name, change, ctx);
    });
  return (
    <MatrixDialog title={t('weights.title')} onClose={onClose}>
      <p className="rota-weights-hint">{t('weights.hint')}</p>
      {stored === undefined ? null : (
        <ul className="rota-weights">
          {ROTA_WEIGHT_NAMES.map((name) => {
            const value = stored[name] ?? ROTA_WEIGHT_DEFAULTS[name];
            const step = STEP[name] ?? 1;
            const max = MAX[name] ?? ROTA_WEIGHT_MAX;
            const label = t(`weights.names.${name}`);
            const isDefault = value === ROTA_WEIGHT_DEFAULTS[name];
            return (
              <li key={name} className="rota-weight">
                <Stepper label={label} value={value} min={0} max={max} onStep={(delta) => set(name, (current) => Math.min(max, Math.max(0, current + delta * step)))} />
                <p className="rota-weight-explanation">{t(`weights.explanations.${name}`)}</p>
                <div className="rota-weight-default">
                  <span>{t('weights.default', { value: ROTA_WEIGHT_DEFAULTS[name] })}</span>
                  <button type="button" className="secondary-button" aria-label={t('weights.resetLabel', { name: label })} disabled={isDefault} onClick={() => set(name, () => null)}>
                    <Pictogram name="undo" size={40} />
                    <span>{t('weights.reset')}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorAlert message={error} />
    </MatrixDialog>
  );
}
