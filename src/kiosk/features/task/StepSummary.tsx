import { useTranslation } from 'react-i18next';
import type { Card } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useAppStore } from '#kiosk/state/store.ts';

/** Level O: the member knows the work; one screen shows every step as a reminder. */
export function StepSummary({ card }: { card: Card }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tap = useAppStore((s) => s.tap);
  const closeTask = useAppStore((s) => s.closeTask);
  return (
    <main className="step-summary">
      <div className="screen-title">
        <h1>
          <Pictogram name={card.picto} size={40} />
          {card.title}
        </h1>
        <SpeakButton text={card.steps.map((s) => s.speech).join(' ')} language={lang} />
      </div>
      <ol className="summary-steps">
        {card.steps.map((s) => (
          <li key={s.id} className="summary-step">
            <StepPicture picto={s.picto} photo={s.photo} className="summary-picture" />
            <span>{s.text}</span>
          </li>
        ))}
      </ol>
      <nav className="step-nav">
        <button type="button" className="nav-button" onClick={closeTask}>
          <Pictogram name="home" size={64} />
          <span>{t('common.home')}</span>
        </button>
        <button type="button" className="nav-button nav-next" onClick={() => tap((p) => ({ ...p, phase: 'counts' }))}>
          <Pictogram name="count" size={64} />
          <span>{t('player.toCounts')}</span>
        </button>
      </nav>
    </main>
  );
}
