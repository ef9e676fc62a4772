import { useTranslation } from 'react-i18next';
import { HelpCallsPanel } from '#kiosk/features/help/HelpCallsPanel.tsx';
import { TalkFlags } from './TalkFlags.tsx';
import { useOpenFlagCount } from './useOpenFlagCount.ts';

/** Open help calls and talk flags, or a sentence saying there are none. */
export function FlagsTab() {
  const { t } = useTranslation('coach');
  const open = useOpenFlagCount();
  return (
    <div className="coach-section">
      <h2>{t('flags.title')}</h2>
      <HelpCallsPanel />
      <TalkFlags />
      {open === 0 && <p className="empty-state">{t('flags.empty')}</p>}
    </div>
  );
}
