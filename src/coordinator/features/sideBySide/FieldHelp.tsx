import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_META, MIN_RESPONDENTS, type SnapshotField } from '#shared/snapshots/fields.ts';
import { BAND_SHAPES } from '#coordinator/format/BandMarker.tsx';
import { useFigureFormat } from '#coordinator/format/useFigureFormat.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

// The words of every field, for the extractor (the keys are built from the field below):
// t('fields.respondents.name') t('fields.respondents.meaning') t('fields.respondents.formula')
// t('fields.wbMean.name') t('fields.wbMean.meaning') t('fields.wbMean.formula')
// t('fields.wbLowShare.name') t('fields.wbLowShare.meaning') t('fields.wbLowShare.formula')
// t('fields.energyMean.name') t('fields.energyMean.meaning') t('fields.energyMean.formula')
// t('fields.talkRequests.name') t('fields.talkRequests.meaning') t('fields.talkRequests.formula')
// t('fields.talkSeenMedianS.name') t('fields.talkSeenMedianS.meaning') t('fields.talkSeenMedianS.formula')
// t('fields.checkinRate.name') t('fields.checkinRate.meaning') t('fields.checkinRate.formula')
// t('fields.completionRate.name') t('fields.completionRate.meaning') t('fields.completionRate.formula')
// t('fields.fpy.name') t('fields.fpy.meaning') t('fields.fpy.formula')
// t('fields.onTime.name') t('fields.onTime.meaning') t('fields.onTime.formula')
// t('fields.helpCalls.name') t('fields.helpCalls.meaning') t('fields.helpCalls.formula')
// t('fields.helpResponseMedianS.name') t('fields.helpResponseMedianS.meaning') t('fields.helpResponseMedianS.formula')
// t('fields.stationsPerPerson.name') t('fields.stationsPerPerson.meaning') t('fields.stationsPerPerson.formula')
// t('fields.varietyFit.name') t('fields.varietyFit.meaning') t('fields.varietyFit.formula')
// t('fields.heavySpread.name') t('fields.heavySpread.meaning') t('fields.heavySpread.formula')
// t('fields.iluoSteps.name') t('fields.iluoSteps.meaning') t('fields.iluoSteps.formula')
// t('fields.cover2.name') t('fields.cover2.meaning') t('fields.cover2.formula')
// t('fields.trainingSlots.name') t('fields.trainingSlots.meaning') t('fields.trainingSlots.formula')
// t('fields.selfManagedShare.name') t('fields.selfManagedShare.meaning') t('fields.selfManagedShare.formula')
// t('fields.lateChanges.name') t('fields.lateChanges.meaning') t('fields.lateChanges.formula')
// t('fields.werkbaarShare.name') t('fields.werkbaarShare.meaning') t('fields.werkbaarShare.formula')
// t('sources.checkins') t('sources.completions') t('sources.tasks') t('sources.orders') t('sources.helpCalls') t('sources.rota') t('sources.skills')
// t('indicators.privacy') t('indicators.wellbeing') t('indicators.stress') t('indicators.fatigue') t('indicators.support') t('indicators.dataQuality') t('indicators.workload')
// t('indicators.quality') t('indicators.variety') t('indicators.physical') t('indicators.learning') t('indicators.autonomy') t('indicators.workLife') t('indicators.workability')

interface Props {
  readonly field: SnapshotField;
  readonly onClose: () => void;
}

/**
 * What a field means, how it is computed and where it comes from, in plain
 * words, with its bands. A panel beside the table (not modal: the table
 * stays readable); it takes the focus when it opens and gives it back to
 * the field's button when closed, also with Escape.
 */
export function FieldHelp({ field, onClose }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const format = useFigureFormat();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const meta = FIELD_META[field];

  useEffect(() => {
    headingRef.current?.focus();
  }, [field]);

  const bands = meta.bands;
  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className="field-help"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="field-help-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t(`fields.${field}.name`)}
        </h2>
        <button type="button" className="coordinator-secondary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
      <p className="field-help-indicator">{t('help.indicator', { indicator: t(`indicators.${meta.indicator}`) })}</p>
      <h3>{t('help.meaning')}</h3>
      <p>{t(`fields.${field}.meaning`)}</p>
      <h3>{t('help.formula')}</h3>
      <p>{t(`fields.${field}.formula`)}</p>
      <h3>{t('help.source')}</h3>
      <p>{t(`sources.${meta.source}`)}</p>
      <h3>{t('help.bands')}</h3>
      {bands ? (
        <ul className="field-help-bands">
          <li>
            <span aria-hidden="true" className="band-shape band-green">
              {BAND_SHAPES.green}
            </span>{' '}
            {bands.higherIsBetter ? t('help.greenFrom', { value: format(field, bands.green) }) : t('help.greenUpTo', { value: format(field, bands.green) })}
          </li>
          <li>
            <span aria-hidden="true" className="band-shape band-orange">
              {BAND_SHAPES.orange}
            </span>{' '}
            {t('help.orangeBetween')}
          </li>
          <li>
            <span aria-hidden="true" className="band-shape band-red">
              {BAND_SHAPES.red}
            </span>{' '}
            {bands.higherIsBetter ? t('help.redBelow', { value: format(field, bands.red) }) : t('help.redAbove', { value: format(field, bands.red) })}
          </li>
        </ul>
      ) : (
        <p>{t('help.noBands')}</p>
      )}
      {meta.wellbeing ? (
        <>
          <p className="field-help-privacy">{t('help.privacy', { min: MIN_RESPONDENTS })}</p>
          <p className="field-help-proxy">{t('help.proxy')}</p>
        </>
      ) : null}
    </section>
  );
}
