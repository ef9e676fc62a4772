import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/**
 * Shown just before the idle sign-out, and said aloud, since the member may
 * not read it. Any tap (this big button is the obvious one) keeps the member
 * signed in; the button takes the focus so a keyboard or switch user can too.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { say } = useSay(lang);
  const stay = useRef<HTMLButtonElement>(null);
  const question = t('idle.question');
  useEffect(() => {
    stay.current?.focus();
    say(question);
    // Said once when the warning appears, not again on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="dialog-backdrop">
      <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-warning-title">
        <h2 id="idle-warning-title">
          <Pictogram name="hourglass" size={64} />
          {question}
        </h2>
        <button ref={stay} type="button" className="primary-button">
          <Pictogram name="yes" size={48} />
          <span>{t('idle.stay')}</span>
        </button>
      </div>
    </div>
  );
}
