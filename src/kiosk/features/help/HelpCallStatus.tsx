import { useTranslation } from 'react-i18next';
import type { HelpCallState } from '#db/helpRepository.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { selectOnline, selectSyncStatus, useAppStore } from '#kiosk/state/store.ts';
import { DELIVERY_PICTO, helpDelivery } from './helpDelivery.ts';

// Said as t(`safety.delivery.${delivery}`), so for i18next-cli (see i18next.config.ts):
// t('safety.delivery.waiting') t('safety.delivery.sending') t('safety.delivery.coming') t('safety.delivery.seen')

/** Where a help call is, in one picture and one sentence that can be heard: waiting on this tablet, on its way, with the coach, seen. */
export function HelpCallStatus({ state }: { state: HelpCallState }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const online = useAppStore(selectOnline);
  const sync = useAppStore(selectSyncStatus);
  const delivery = helpDelivery(state, online, sync);
  const sentence = t(`safety.delivery.${delivery}`);
  return (
    <div className={`help-status help-status-${delivery}`} role="status">
      <Pictogram name={DELIVERY_PICTO[delivery]} size={56} />
      <p className="help-status-text">{sentence}</p>
      <SpeakButton text={sentence} language={lang} />
    </div>
  );
}
