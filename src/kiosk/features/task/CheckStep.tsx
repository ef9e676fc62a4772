import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

interface Props {
  readonly stepId: string;
  readonly answer: 'yes' | 'no' | undefined;
}

/** A yes/no check with thumbs. "No" says: stop and ask the coach; the help button is always at the top. */
export function CheckStep({ stepId, answer }: Props) {
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
        <p className="check-stop" role="status">
          <Pictogram name="stop" size={48} />
          {t('player.checkNoHint')}
        </p>
      )}
    </section>
  );
}
