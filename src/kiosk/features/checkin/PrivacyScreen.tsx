import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

const LINES = [
  { picto: 'face-good', key: 'privacy.yours' },
  { picto: 'key', key: 'privacy.coach' },
  { picto: 'worker', key: 'privacy.team' },
  { picto: 'factory', key: 'privacy.chain' },
  { picto: 'lock', key: 'privacy.pin' },
  { picto: 'next', key: 'privacy.skip' },
] as const;
// Said as t(line.key), so for i18next-cli (see i18next.config.ts):
// t('privacy.yours') t('privacy.coach') t('privacy.team') t('privacy.chain') t('privacy.pin') t('privacy.skip')

/**
 * Easy-read: who sees the faces. One idea per line, each with a picture, all
 * of it spoken. Each line says only what is so: the coach's line is the
 * coach tablet's faces tab; the chain's line waits until the coordinator's
 * server has published this team's figures (teamSettings.chainFiguresSince,
 * which only the server sets).
 */
export function PrivacyScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { db } = useServices();
  const chainFigures = useLiveQuery(async () => (await db.teamSettings.toCollection().first())?.chainFiguresSince !== undefined, [db]);
  const lines = LINES.filter((l) => l.key !== 'privacy.chain' || chainFigures === true);
  return (
    <main className="privacy-screen">
      <div className="screen-title">
        <h1>{t('privacy.title')}</h1>
        <SpeakButton text={[t('privacy.title'), ...lines.map((l) => t(l.key))].join(' ')} language={lang} />
      </div>
      <ul className="easy-read">
        {lines.map((l) => (
          <li key={l.key}>
            <Pictogram name={l.picto} size={64} />
            <span>{t(l.key)}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="home" size={48} />
        <span>{t('common.home')}</span>
      </button>
    </main>
  );
}
