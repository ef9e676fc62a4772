import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { openTalkFlags } from '../../../db/coachRepository.ts';
import { openHelpCalls } from '../../../db/helpRepository.ts';
import { useServices } from '../../hooks/useServices.ts';
import { COACH_NS } from '../../i18n/coach/coachStrings.ts';
import { HelpCallsPanel } from '../help/HelpCallsPanel.tsx';

/** Open help calls and talk flags, or a sentence saying there are none. */
export function FlagsTab() {
  const { t } = useTranslation(COACH_NS);
  const { db } = useServices();
  const open = useLiveQuery(async () => (await openHelpCalls(db)).length + (await openTalkFlags(db)).length, [db]);
  return (
    <div className="coach-section">
      <h2>{t('flags.title')}</h2>
      <HelpCallsPanel />
      {open === 0 && <p className="empty-state">{t('flags.empty')}</p>}
    </div>
  );
}
