import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepPlan } from '#domain/stepPlan.ts';
import type { Language, Member } from '#shared/records.ts';
import { LANGUAGES } from '#shared/records/recordFields.ts';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { StepPlayer } from '#kiosk/features/task/StepPlayer.tsx';
import { previewCard, type CardDraft } from './cardDraft.ts';
import { useLanguageName } from './LanguageHead.tsx';

/** The preview's member and task: ids no record has. */
const PREVIEW_ID = '00000000-0000-4000-8000-000000000000';

interface Props {
  readonly draft: CardDraft;
  /** The step the coach is working on; the first when none is. */
  readonly stepId: string | null;
}

/**
 * The selected step as a member will see it, beside the form, updating as
 * the coach types: the member's own step player, drawn small and inert (a tap
 * here must not move anyone's task), fed the draft through the same step plan
 * the member gets, so language fallback and its flag show as they will. The
 * coach can look as a member of each language, and listen.
 */
export function StepPreview({ draft, stepId }: Props) {
  const { t } = useTranslation('coach');
  const languageName = useLanguageName();
  const headingId = useId();
  const [asLanguage, setAsLanguage] = useState<Language | null>(null);
  const language = asLanguage ?? draft.languages[0] ?? 'nl-BE';
  const card = useMemo(() => previewCard(draft), [draft]);
  const plan = useMemo(() => stepPlan(card, 'L', false, language), [card, language]);
  const found = plan.steps.findIndex((s) => s.id === stepId);
  const index = found < 0 ? 0 : found;
  const step = plan.steps[index];
  const progress = useMemo(() => ({ stepIndex: index, phase: 'steps' as const, counted: {}, answers: {} }), [index]);
  // A member of the language looked at, who has never started this card: the player's stops and help calls
  // look for their calls and find none (the preview is inert, so nothing is ever written for them).
  const member = useMemo((): Member => ({ id: PREVIEW_ID, teamId: card.teamId, name: '', avatar: 'dog', language }), [card.teamId, language]);
  return (
    <aside className="step-preview" aria-labelledby={headingId}>
      <h3 id={headingId} className="step-preview-title">
        {t('cardPreview.title', { n: index + 1 })}
      </h3>
      <div className="step-preview-languages" role="group" aria-label={t('cardPreview.as')}>
        {LANGUAGES.map((l) => (
          <button key={l} type="button" className="secondary-button step-preview-language" aria-pressed={l === language} onClick={() => setAsLanguage(l)}>
            {languageName(l)}
          </button>
        ))}
      </div>
      <div className="step-preview-frame">
        {/* Inert and hidden: the member’s real player, for looking only; what it says is in the status line below. */}
        <div className="step-preview-screen" inert aria-hidden="true">
          <StepPlayer member={member} taskId={PREVIEW_ID} card={card} plan={plan} progress={progress} />
        </div>
      </div>
      {step && (
        <div className="step-preview-say">
          <p role="status" className="step-preview-text" lang={step.language}>
            {step.text === '' ? t('cardPreview.empty') : step.text}
            {step.fallback ? ` — ${t('cardPreview.fallback', { language: languageName(step.language) })}` : ''}
          </p>
          <SpeakButton text={step.speech} language={step.language} clip={step.clip} />
        </div>
      )}
    </aside>
  );
}
