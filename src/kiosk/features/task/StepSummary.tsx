import { useTranslation } from 'react-i18next';
import { spokenSummary } from '#domain/cardLanguage.ts';
import type { StepPlan } from '#domain/stepPlan.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import type { Card } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { LanguageFlag } from '#kiosk/components/LanguageFlag.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useAppStore } from '#kiosk/state/store.ts';

/**
 * Level O: the member knows the work; one screen shows every step as a
 * reminder, with the protective equipment first like the step player. The
 * steps scroll inside their own list, so "Tellen" stays on screen however
 * long the card is.
 */
export function StepSummary({ card, plan }: { readonly card: Card; readonly plan: StepPlan }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tap = useAppStore((s) => s.tap);
  const closeTask = useAppStore((s) => s.closeTask);
  const spoken = spokenSummary(card, plan.steps);
  return (
    <main className="step-summary">
      <div className="screen-title">
        <h1>
          <Pictogram name={card.picto} size={40} />
          {plan.title.text}
        </h1>
        <SpeakButton text={spoken.text} language={spoken.language} />
      </div>
      {card.ppe.length > 0 && (
        <ul className="ppe-row" aria-label={t('player.ppe')}>
          <li aria-hidden="true">{t('player.ppe')}</li>
          {card.ppe.map((p) => (
            <li key={p}>
              <Pictogram name={p} size={56} label={pictogramWord(p, lang)} />
            </li>
          ))}
        </ul>
      )}
      {/* It scrolls when the card is long, so it takes focus: a keyboard can scroll it too. */}
      <ol className="summary-steps" tabIndex={0} aria-label={t('player.summarySteps')}>
        {plan.steps.map((s) => (
          <li key={s.id} className="summary-step">
            <StepPicture picto={s.picto} photo={s.photo} className="summary-picture" />
            <span lang={s.language}>{s.text}</span>
            {s.fallback && <LanguageFlag language={s.language} />}
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
