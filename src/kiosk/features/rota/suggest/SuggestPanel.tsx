/**
 * Suggest: the optimiser fills the week around what the team placed. The
 * pins are checked first (a clash is shown, and nothing is solved); then a
 * first complete draft appears at once and better plans replace it while
 * the Worker searches, with how close each is proven to the best. The coach
 * may stop at any time; nothing is written until "Use this suggestion".
 */
import { useTranslation } from 'react-i18next';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { PinClashList } from './PinClashList.tsx';
import { startWorkerSolve, type StartSolve, type StreamedPlan } from './solverClient.ts';
import { SuggestedPlanTable } from './SuggestedPlanTable.tsx';
import { useSuggest, type SuggestState } from './useSuggest.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import './suggest.css';

/** Long enough for the proven best on a usual week, short enough to wait for. */
const TIME_LIMIT_SEC = 20;

interface Props {
  readonly teamId: string;
  readonly week: string;
  readonly onClose: () => void;
  /** The optimiser; the Worker by default (a test passes an in-process one). */
  readonly startSolve?: StartSolve;
  readonly timeLimitSec?: number;
}

function statusKey(state: SuggestState, best: StreamedPlan): 'draft' | 'better' | 'best' | 'timeUp' | 'stopped' {
  if (best.plan.status === 'optimal') return 'best';
  if (state.kind === 'done') return state.stopped ? 'stopped' : 'timeUp';
  return best.stage === 'draft' ? 'draft' : 'better';
}

export function SuggestPanel({ teamId, week, onClose, startSolve = startWorkerSolve, timeLimitSec = TIME_LIMIT_SEC }: Props) {
  const { t } = useTranslation('rota');
  const language = useLanguage();
  const suggest = useSuggest(teamId, week, startSolve, timeLimitSec);
  const { error, run } = useSaveError();
  const { state } = suggest;
  const best = state.kind === 'solving' || state.kind === 'done' ? state.best : null;
  const percent = best ? Math.round(best.progress * 100) : 0;
  // For i18next-cli (see i18next.config.ts): t('rota:suggest.draft') t('rota:suggest.better') t('rota:suggest.best') t('rota:suggest.timeUp') t('rota:suggest.stopped')
  const status = best ? t(`suggest.${statusKey(state, best)}`) : null;

  return (
    <section className="suggest-panel" aria-labelledby="suggest-title">
      <header className="suggest-header">
        <h2 id="suggest-title" className="suggest-title">
          <Pictogram name="star" size={48} />
          <span>{t('suggest.title')}</span>
        </h2>
        <button type="button" className="secondary-button" onClick={onClose}>
          <Pictogram name="exit" size={40} />
          <span>{t('suggest.close')}</span>
        </button>
      </header>

      {state.kind === 'loading' || (state.kind === 'solving' && !best) ? (
        <p className="suggest-status" role="status">
          <Pictogram name="hourglass" size={40} />
          <span>{t('suggest.loading')}</span>
        </p>
      ) : null}

      {state.kind === 'clashes' && suggest.week ? <PinClashList clashes={state.clashes} records={suggest.week.records} week={suggest.week.instance} /> : null}

      {best && status !== null ? (
        <div className="suggest-progress-row">
          <p className="suggest-status" role="status">
            <Pictogram name={state.kind === 'solving' ? 'hourglass' : 'check'} size={40} />
            <span>{status}</span>
          </p>
          <SpeakButton text={status} language={language} />
          <div className="suggest-progress" role="progressbar" aria-label={t('suggest.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={t('suggest.progressText', { percent })}>
            <div className="suggest-progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="suggest-progress-text" aria-hidden="true">
            {t('suggest.progressText', { percent })}
          </span>
        </div>
      ) : null}

      {state.kind === 'solving' && best ? (
        <button type="button" className="primary-button suggest-stop" onClick={suggest.stop}>
          <Pictogram name="stop" size={56} />
          <span>{t('suggest.stop')}</span>
        </button>
      ) : null}

      {state.kind === 'done' && best ? (
        <button type="button" className="primary-button suggest-apply" onClick={() => void run(suggest.apply)}>
          <Pictogram name="done" size={56} />
          <span>{t('suggest.apply')}</span>
        </button>
      ) : null}

      {state.kind === 'done' && !best ? <p className="error-message" role="alert">{t('suggest.noPlan')}</p> : null}
      {state.kind === 'failed' ? <p className="error-message" role="alert">{t('suggest.failed')}</p> : null}
      {state.kind === 'applied' ? (
        <p className="suggest-status" role="status">
          <Pictogram name="check" size={40} />
          <span>{t('suggest.applied', { count: state.placed })}</span>
        </p>
      ) : null}
      <ErrorAlert message={error} />

      {best && suggest.week ? <SuggestedPlanTable plan={best.plan} records={suggest.week.records} week={suggest.week.instance} /> : null}
    </section>
  );
}
