import { useTranslation } from 'react-i18next';
import { DeviceFooter } from '../../components/DeviceFooter.tsx';
import { Pictogram } from '../../components/Pictogram.tsx';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useTeamMembers } from '../../hooks/useTeamMembers.ts';
import { useAppStore } from '../../state/store.ts';

/** The photo grid: a member signs in by tapping their own picture. */
export function MemberGrid() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const members = useTeamMembers();
  const signIn = useAppStore((s) => s.signIn);
  if (members === undefined) return null;
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
                  signIn(m.id);
                }}
              >
                <Pictogram name={m.avatar} size={112} />
                <span>{m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <DeviceFooter />
    </main>
  );
}
