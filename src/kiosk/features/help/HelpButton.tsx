import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestHelpCall } from '#db/helpRepository.ts';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { HelpDialog } from './HelpDialog.tsx';

/**
 * The same help button in the same place on every member screen (WCAG
 * 3.2.6). It shows whether the last call is waiting or seen by the coach.
 */
export function HelpButton({ member }: { member: Member }) {
  const { t } = useTranslation();
  const { db, now } = useServices();
  const [open, setOpen] = useState(false);
  const today = now();
  const since = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const state = useLiveQuery(() => latestHelpCall(db, member.id, new Date(since)), [db, member.id, since]);
  const status = state ? (state.acknowledged ? 'seen' : 'waiting') : null;
  return (
    <>
      <button type="button" className={`help-button${status ? ` help-${status}` : ''}`} onClick={() => setOpen(true)}>
        <Pictogram name={status === 'seen' ? 'done' : 'help'} size={44} />
        <span>{status === 'seen' ? t('help.seen') : status === 'waiting' ? t('help.waiting') : t('help.button')}</span>
      </button>
      {open && <HelpDialog member={member} onClose={() => setOpen(false)} />}
    </>
  );
}
