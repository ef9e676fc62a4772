import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

interface Props {
  readonly stepId: string;
  readonly answer: 'yes' | 'no' | undefined;
  /** On "no": the stop sign and the way past it (the coach call, then where it is). */
  readonly children: ReactNode;
}

/**
 * A yes/no check with thumbs. "No" stops the task: the stop sign with its
 * sentence and the one-tap coach call below; "next" waits until the coach
 * has seen the call or the answer is changed.
 */
export function CheckStep({ stepId, answer, children }: Props) {
  const { t } = useTranslation();
  const tap = useAppStore((s) => s.tap);
  const choose = (value: 'yes' | 'no') => {
    tap((p) => ({ ...p, answers: { ...p.answers, [stepId]: value } }));
  };
  return (
    <section className="check-step" aria-label={t('player.checkTitle')}>
      <button type="button" className="check-button check-yes" aria-pressed={answer === 'yes'} onClick={() => choose('yes')}>
        <Pictogram name="yes" size={72} />
        <span>{t('player.checkYes')}</span>
      </button>
      <button type="button" className="check-button check-no" aria-pressed={answer === 'no'} onClick={() => choose('no')}>
        <Pictogram name="thumbs-down" size={72} />
        <span>{t('player.checkNo')}</span>
      </button>
      {answer === 'no' && (
        <div className="step-stop">{children}</div>
      )}
    </section>
  );
}
