import { useTranslation } from 'react-i18next';
import type { Card } from '../../../shared/records.ts';
import { pictogramWord } from '../../../shared/pictograms.ts';
import { Pictogram } from '../../components/Pictogram.tsx';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { StepPicture } from '../../components/StepPicture.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useAppStore } from '../../state/store.ts';

interface Props {
  readonly card: Card;
  readonly stepIndex: number;
}

/** One step per screen: a big picture, one short sentence, a speak button, and big back/next. */
export function StepPlayer({ card, stepIndex }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const goToStep = useAppStore((s) => s.goToStep);
  const goToCounts = useAppStore((s) => s.goToCounts);
  const closeTask = useAppStore((s) => s.closeTask);
  const step = card.steps[stepIndex];
  if (!step) return null;
  const total = card.steps.length;
  const last = stepIndex === total - 1;
  return (
    <main className="step-player">
      <div className="step-top">
        <h1 className="step-card-title">
          <Pictogram name={card.picto} size={40} />
          {card.title}
        </h1>
        <p className="step-progress-text">{t('player.stepOf', { n: stepIndex + 1, total })}</p>
      </div>
      {stepIndex === 0 && card.ppe.length > 0 && (
        <ul className="ppe-row" aria-label={t('player.ppe')}>
          <li aria-hidden="true">{t('player.ppe')}</li>
          {card.ppe.map((p) => (
            <li key={p}>
              <Pictogram name={p} size={56} label={pictogramWord(p, lang)} />
            </li>
          ))}
        </ul>
      )}
      <figure className="step-figure">
        <StepPicture picto={step.picto} photo={step.photo} className="step-picture" />
        <figcaption className="step-say">
          <span className="step-text">{step.text}</span>
          <SpeakButton text={step.speech} language={lang} />
        </figcaption>
      </figure>
      <ol className="progress-dots" aria-hidden="true">
        {card.steps.map((s, i) => (
          <li key={s.id} className={i < stepIndex ? 'dot-done' : i === stepIndex ? 'dot-current' : 'dot-todo'} />
        ))}
      </ol>
      <nav className="step-nav">
        <button type="button" className="nav-button" onClick={() => (stepIndex === 0 ? closeTask() : goToStep(stepIndex - 1))}>
          <Pictogram name={stepIndex === 0 ? 'home' : 'back'} size={64} />
          <span>{stepIndex === 0 ? t('common.home') : t('common.back')}</span>
        </button>
        <button type="button" className="nav-button nav-next" onClick={() => (last ? goToCounts() : goToStep(stepIndex + 1))}>
          <Pictogram name={last ? 'count' : 'next'} size={64} />
          <span>{last ? t('player.toCounts') : t('common.next')}</span>
        </button>
      </nav>
    </main>
  );
}
