import { useTranslation } from 'react-i18next';
import { callForHelp } from '#db/helpRepository.ts';
import type { Card, Member } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { HelpCallStatus } from '#kiosk/features/help/HelpCallStatus.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { StepGate } from './useStepGate.ts';

const REASON_PICTO = { checkFailed: 'thumbs-down', material: 'package' } as const;

interface Props {
  readonly member: Member;
  readonly taskId: string;
  readonly card: Card;
  readonly stepId: string;
  readonly gate: StepGate;
  /** Why the task stopped, beside the stop sign, until a call is made; then the call's own sentence says it. */
  readonly hint: string;
}

/**
 * The one way past a step that stopped the task: one tap calls the coach
 * with this step attached and the reason already chosen (its picture on the
 * button); then where the call is, until the coach has seen it.
 */
export function StepHelpCall({ member, taskId, card, stepId, gate, hint }: Props) {
  const { t } = useTranslation();
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  if (gate.call) return <HelpCallStatus state={gate.call} />;
  const stopSign = (
    <p className="check-stop" role="status">
      <Pictogram name="stop" size={48} />
      {hint}
    </p>
  );
  if (gate.call === undefined) return stopSign;
  const reasonPicto = gate.reason === 'material' ? REASON_PICTO.material : REASON_PICTO.checkFailed;
  const call = () =>
    run(async () => {
      const stepIndex = Math.max(0, card.steps.findIndex((s) => s.id === stepId));
      await callForHelp(
        db,
        { teamId: member.teamId, memberId: member.id, reason: gate.reason, step: { taskId, cardId: card.id, stepId, stepIndex } },
        { actorMemberId: member.id, now: now(), newId },
      );
      requestSync('write');
    });
  return (
    <>
      {stopSign}
      <button type="button" className="primary-button step-help-call" onClick={() => void call()}>
        <Pictogram name="help" size={56} />
        <Pictogram name={reasonPicto} size={56} />
        <span>{t('safety.callCoach')}</span>
      </button>
      <ErrorAlert message={error} />
    </>
  );
}
