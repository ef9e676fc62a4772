import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { HelpCall } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * Where a call made from inside a task came from: the card's picture and
 * title, the step's number and its picture, so the coach knows where to go
 * and what to look at. Nothing for a call from the help button elsewhere.
 */
export function HelpCallPlace({ call }: { call: HelpCall }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { cardId, stepId, stepIndex } = call;
  const card = useLiveQuery(async () => (cardId === undefined ? null : ((await db.cards.get(cardId)) ?? null)), [db, cardId]);
  if (stepIndex === undefined || !card) return null;
  // The card may have a newer version by now; the step is found by id, else by its place.
  const step = card.steps.find((s) => s.id === stepId) ?? card.steps[stepIndex];
  return (
    <span className="help-call-place">
      <Pictogram name={card.picto} size={40} />
      <span>{t('safety.callPlace', { card: card.title, n: stepIndex + 1 })}</span>
      {step && <StepPicture picto={step.picto} photo={step.photo} className="help-call-step-picture" />}
    </span>
  );
}
