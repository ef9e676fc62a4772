import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callForHelp, helpCallState } from '#db/helpRepository.ts';
import type { HelpCall, HelpReason, Member } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useDialogFocus } from '#ui/useDialogFocus.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { HelpCallStatus } from './HelpCallStatus.tsx';

const REASONS = [
  { reason: 'material', picto: 'package' },
  { reason: 'machine', picto: 'gear' },
  { reason: 'notSure', picto: 'not-sure' },
  { reason: 'break', picto: 'break' },
  { reason: 'unwell', picto: 'unwell' },
] as const satisfies readonly { reason: HelpReason; picto: string }[];
// Said as t(`help.reasons.${reason}`) here and in HelpCallsPanel, so for i18next-cli (see i18next.config.ts):
// t('help.reasons.material') t('help.reasons.machine') t('help.reasons.notSure') t('help.reasons.break') t('help.reasons.unwell') t('help.reasons.checkFailed')

/**
 * Pick why you need your coach, by picture. Once sent, the dialog says
 * where the call is: on its way, with the coach, seen, or still on this
 * tablet (then: walk to your coach), and keeps saying it as that changes.
 */
export function HelpDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const [sent, setSent] = useState<HelpCall | null>(null);
  const dialog = useRef<HTMLElement>(null);
  useDialogFocus(dialog);
  const send = (reason: HelpReason) =>
    run(async () => {
      const call = await callForHelp(db, { teamId: member.teamId, memberId: member.id, reason }, { actorMemberId: member.id, now: now(), newId });
      setSent(call);
      requestSync('write');
    });
  return (
    <div className="dialog-backdrop">
      <section ref={dialog} className="help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" tabIndex={-1}>
        {sent ? (
          <SentCall call={sent} />
        ) : (
          <>
            <div className="screen-title">
              <h2 id="help-title">{t('help.question')}</h2>
              <SpeakButton text={`${t('help.question')} ${REASONS.map((r) => t(`help.reasons.${r.reason}`)).join('. ')}.`} language={lang} />
            </div>
            <div className="help-reasons">
              {REASONS.map((r) => (
                <button key={r.reason} type="button" className="help-reason" onClick={() => void send(r.reason)}>
                  <Pictogram name={r.picto} size={88} />
                  <span>{t(`help.reasons.${r.reason}`)}</span>
                </button>
              ))}
            </div>
          </>
        )}
        <button type="button" className="secondary-button" onClick={onClose}>
          <Pictogram name="back" size={40} />
          <span>{t('common.back')}</span>
        </button>
        <ErrorAlert message={error} />
      </section>
    </div>
  );
}

function SentCall({ call }: { call: HelpCall }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const state = useLiveQuery(() => helpCallState(db, call), [db, call]);
  return (
    <>
      <div className="screen-title">
        <h2 id="help-title">{t(`help.reasons.${call.reason}`)}</h2>
      </div>
      {state && <HelpCallStatus state={state} />}
    </>
  );
}
