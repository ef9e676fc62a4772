import { useTranslation } from 'react-i18next';
import type { Member } from '#shared/records.ts';
import { selectAskCoachPin, useAppStore } from '#kiosk/state/store.ts';
import { HelpButton } from '#kiosk/features/help/HelpButton.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SyncIndicator } from './SyncIndicator.tsx';
import { MemberAvatar } from './MemberAvatar.tsx';

interface Props {
  readonly teamName: string;
  readonly member?: Member | null | undefined;
  /** Coach tablets: a way into coach mode while nobody is signed in. */
  readonly coachButton?: boolean;
}

/** The bar on every screen: who is signed in, the way out, and the sync state. */
export function AppHeader({ teamName, member, coachButton = false }: Props) {
  const { t } = useTranslation();
  const signOut = useAppStore((s) => s.signOut);
  const askCoachPin = useAppStore(selectAskCoachPin);
  // The Coach button's word is in the small namespace outside the coach-mode chunk (see i18n.ts).
  const { t: coachT } = useTranslation('coachShell');
  return (
    <header className="app-header">
      <div className="app-header-who">
        {member ? (
          <>
            <MemberAvatar member={member} size={48} />
            <span className="app-header-name">{member.name}</span>
          </>
        ) : (
          <span className="app-header-name">{teamName}</span>
        )}
      </div>
      <SyncIndicator />
      {member && <HelpButton member={member} />}
      {coachButton && !member && (
        <button type="button" className="sign-out coach-enter" onClick={askCoachPin}>
          <Pictogram name="key" size={44} />
          <span>{coachT('enter')}</span>
        </button>
      )}
      {member && (
        <button type="button" className="sign-out" onClick={signOut}>
          <Pictogram name="exit" size={44} />
          <span>{t('common.signOut')}</span>
        </button>
      )}
    </header>
  );
}
