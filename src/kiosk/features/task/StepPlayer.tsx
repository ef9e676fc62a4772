import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepPlan } from '#domain/stepPlan.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import type { Card } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SayButton } from '#kiosk/components/SpeakButton.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useAppStore, type PlayerProgress } from '#kiosk/state/store.ts';
import { CheckStep } from './CheckStep.tsx';
import { CountStep } from './CountStep.tsx';
import { TimerStep } from './TimerStep.tsx';
import { UndoButton } from './UndoButton.tsx';

interface Props {
  readonly card: Card;
  readonly plan: StepPlan;
  readonly progress: PlayerProgress;
}

/**
 * One step per screen: a big picture, one short sentence, a speak button,
 * the step's own control (timer, count, yes/no), and big back, undo and next.
 */
export function StepPlayer({ card, plan, progress }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tap = useAppStore((s) => s.tap);
  const closeTask = useAppStore((s) => s.closeTask);
  const total = plan.steps.length;
  const index = Math.min(progress.stepIndex, total - 1);
  const step = plan.steps[index];
  const sayer = useSay(lang, step?.clip);
  useAutoSpeak(plan.autoSpeak ? step?.id : undefined, step?.speech ?? '', sayer.say);
  if (!step) return null;
  const last = index === total - 1;
  const first = index === 0;
  return (
    <main className="step-player">
      <div className="step-top">
        <h1 className="step-card-title">
          <Pictogram name={card.picto} size={40} />
          {card.title}
        </h1>
        <p className="step-progress-text">{t('player.stepOf', { n: index + 1, total })}</p>
      </div>
      {first && card.ppe.length > 0 && (
        <ul className="ppe-row" aria-label={t('player.ppe')}>
          <li aria-hidden="true">{t('player.ppe')}</li>
          {card.ppe.map((p) => (
            <li key={p}>
              <Pictogram name={p} size={56} label={pictogramWord(p, lang)} />
            </li>
          ))}
        </ul>
      )}
      <figure className={`step-figure${step.kind && step.kind !== 'plain' ? ' step-figure-with-control' : ''}`}>
        <StepPicture picto={step.picto} photo={step.photo} className="step-picture" />
        <figcaption className="step-say">
          <span className="step-text">{step.text}</span>
          <SayButton text={step.speech} sayer={sayer} />
        </figcaption>
      </figure>
      {step.kind === 'timer' && step.seconds !== undefined && <TimerStep key={step.id} seconds={step.seconds} />}
      {step.kind === 'count' && step.target !== undefined && <CountStep stepId={step.id} target={step.target} counted={progress.counted[step.id] ?? 0} />}
      {step.kind === 'check' && <CheckStep stepId={step.id} answer={progress.answers[step.id]} />}
      <ol className="progress-dots" aria-hidden="true">
        {plan.steps.map((s, i) => (
          <li key={s.id} className={i < index ? 'dot-done' : i === index ? 'dot-current' : 'dot-todo'} />
        ))}
      </ol>
      <nav className="step-nav">
        <button type="button" className="nav-button" onClick={() => (first ? closeTask() : tap((p) => ({ ...p, stepIndex: index - 1 })))}>
          <Pictogram name={first ? 'home' : 'back'} size={64} />
          <span>{first ? t('common.home') : t('common.back')}</span>
        </button>
        <UndoButton />
        <button
          type="button"
          className="nav-button nav-next"
          onClick={() => tap((p) => (last ? { ...p, stepIndex: index, phase: 'counts' } : { ...p, stepIndex: index + 1 }))}
        >
          <Pictogram name={last ? 'count' : 'next'} size={64} />
          <span>{last ? t('player.toCounts') : t('common.next')}</span>
        </button>
      </nav>
    </main>
  );
}

/** At level I (or when the coach turned it on) each step is said as it appears. */
function useAutoSpeak(stepId: string | undefined, text: string, say: (text: string) => void) {
  const latest = useRef({ text, say });
  useEffect(() => {
    latest.current = { text, say };
  });
  useEffect(() => {
    if (stepId !== undefined) latest.current.say(latest.current.text);
  }, [stepId]);
}
