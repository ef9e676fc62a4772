import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '#shared/records.ts';
import { DeviceFooter } from '#kiosk/components/DeviceFooter.tsx';
import { BoardModeButton } from '#kiosk/features/board/BoardModeButton.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { STARTUP_MARKS, markStartup } from '#kiosk/startupMarks.ts';
import { CreditsScreen } from './CreditsScreen.tsx';
import { PinSignIn } from './PinSignIn.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';

/** The photo grid: a member signs in by tapping their own picture, then their PIN pictures if they have one. */
export function MemberGrid() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const members = useTeamMembers();
  const signIn = useAppStore((s) => s.signIn);
  const [askPin, setAskPin] = useState<Member | null>(null);
  const [credits, setCredits] = useState(false);
  if (members === undefined) return null;
  markStartup(STARTUP_MARKS.membersRead);
  if (credits) return <CreditsScreen onClose={() => setCredits(false)} />;
  if (askPin?.pin) return <PinSignIn member={askPin} pin={askPin.pin} onCancel={() => setAskPin(null)} />;
  return (
    <main className="member-grid-screen">
      <div className="screen-title">
        <h1>{t('signin.title')}</h1>
        <SpeakButton text={`${t('signin.title')} ${t('signin.hint')}`} language={lang} />
      </div>
      {members.length === 0 ? (
        <p className="empty-state">{t('signin.empty')}</p>
      ) : (
        <ul className="member-grid">
          {members.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="member-tile"
                onClick={() => {
                  if (m.pin) setAskPin(m);
                  else signIn(m.id);
                }}
              >
                <MemberAvatar member={m} size={112} />
                <span>{m.name}</span>
                {m.pin && <Pictogram name="lock" size={28} className="member-tile-lock" />}
              </button>
            </li>
          ))}
        </ul>
      )}
      <DeviceFooter onShowCredits={() => setCredits(true)}>
        <BoardModeButton />
      </DeviceFooter>
    </main>
  );
}
