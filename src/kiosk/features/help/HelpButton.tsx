import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestHelpCall } from '#db/helpRepository.ts';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { selectOnline, selectSyncStatus, useAppStore } from '#kiosk/state/store.ts';
import { DELIVERY_PICTO, helpDelivery, type HelpDelivery } from './helpDelivery.ts';
import { HelpDialog } from './HelpDialog.tsx';

/** The button's words per state; "Coach komt" only once the server has the call. */
const BUTTON_WORDS = { waiting: 'safety.waiting', sending: 'safety.sending', coming: 'help.waiting', seen: 'help.seen' } as const satisfies Record<HelpDelivery, string>;
// For i18next-cli (see i18next.config.ts): t('safety.waiting') t('safety.sending') t('help.waiting') t('help.seen')

/**
 * The same help button in the same place on every member screen (WCAG
 * 3.2.6). It shows where today's last call is: still on this tablet (walk to
 * the coach), on its way, with the coach, or seen.
 */
export function HelpButton({ member }: { member: Member }) {
  const { t } = useTranslation();
  const { db, now } = useServices();
  const online = useAppStore(selectOnline);
  const sync = useAppStore(selectSyncStatus);
  const [open, setOpen] = useState(false);
  const today = now();
  const since = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const state = useLiveQuery(() => latestHelpCall(db, member.id, new Date(since)), [db, member.id, since]);
  const delivery = state ? helpDelivery(state, online, sync) : null;
  return (
    <>
      <button type="button" className={`help-button${delivery ? ` help-${delivery}` : ''}`} onClick={() => setOpen(true)}>
        <Pictogram name={delivery ? DELIVERY_PICTO[delivery] : 'help'} size={44} />
        <span>{delivery ? t(BUTTON_WORDS[delivery]) : t('help.button')}</span>
      </button>
      {open && <HelpDialog member={member} onClose={() => setOpen(false)} />}
    </>
  );
}
