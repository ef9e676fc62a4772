import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepPlan } from '#domain/stepPlan.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import type { Card, Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { LanguageFlag } from '#kiosk/components/LanguageFlag.tsx';
import { SayButton } from '#kiosk/components/SpeakButton.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useAppStore, type PlayerProgress } from '#kiosk/state/store.ts';
import { CheckStep } from './CheckStep.tsx';
import { CountStep } from './CountStep.tsx';
import { StepHelpCall } from './StepHelpCall.tsx';
import { TimerStep } from './TimerStep.tsx';
import { UndoButton } from './UndoButton.tsx';
import { useStepGate } from './useStepGate.ts';

interface Props {
  readonly member: Member;
  readonly taskId: string;
  readonly card: Card;
  readonly plan: StepPlan;
  readonly progress: PlayerProgress;
}

/**
 * One step per screen: a big picture, one short sentence, a speak button,
 * the step's own control (timer, count, yes/no), and big back, undo and next.
 */
export function StepPlayer({ member, taskId, card, plan, progress }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tap = useAppStore((s) => s.tap);
  const closeTask = useAppStore((s) => s.closeTask);
  const total = plan.steps.length;
  const index = Math.min(progress.stepIndex, total - 1);
  const step = plan.steps[index];
  // The step is said in the language its text is in: the member's, or the card's first as a fallback.
  const sayer = useSay(step?.language ?? lang, step?.clip);
  useAutoSpeak(plan.autoSpeak ? step?.id : undefined, step?.speech ?? '', sayer.say);
  const gate = useStepGate(member.id, taskId, step, progress);
  // A count step shows why "next" waits only once the member tried it: counting is the normal way on.
  const [triedShort, setTriedShort] = useState<string | null>(null);
  if (!step) return null;
  const helpCall = (
    <StepHelpCall member={member} taskId={taskId} card={card} stepId={step.id} gate={gate} hint={step.kind === 'check' ? t('player.checkNoHint') : t('safety.countShort')} />
  );
  const last = index === total - 1;
  const first = index === 0;
  return (
    <main className="step-player">
      <div className="step-top">
        <h1 className="step-card-title">
          <Pictogram name={card.picto} size={40} />
          {plan.title.text}
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
          <span className="step-text" lang={step.language}>
            {step.text}
          </span>
          {step.fallback && <LanguageFlag language={step.language} />}
          <SayButton text={step.speech} sayer={sayer} />
        </figcaption>
      </figure>
      {step.kind === 'timer' && step.seconds !== undefined && <TimerStep key={step.id} seconds={step.seconds} />}
      {step.kind === 'count' && step.target !== undefined && (
        <CountStep stepId={step.id} target={step.target} counted={progress.counted[step.id] ?? 0} stop={triedShort === step.id || gate.call ? helpCall : null} />
      )}
      {step.kind === 'check' && (
        <CheckStep stepId={step.id} answer={progress.answers[step.id]}>
          {helpCall}
        </CheckStep>
      )}
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
          className={`nav-button nav-next${gate.stopped ? ' nav-stopped' : ''}`}
          // Not `disabled`: a stopped "next" still answers a tap, by showing why and the way past it.
          aria-disabled={gate.stopped}
          onClick={() => {
            if (gate.stopped) setTriedShort(step.id);
            else tap((p) => (last ? { ...p, stepIndex: index, phase: 'counts' } : { ...p, stepIndex: index + 1 }));
          }}
        >
          <Pictogram name={gate.stopped ? 'stop' : last ? 'count' : 'next'} size={64} />
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
