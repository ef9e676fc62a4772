import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';

/** "I want to talk": whether a coach has said "seen" yet, as a picture and a word (never colour alone). */
export function TalkCell({ seen }: { seen: boolean }) {
  const { t } = useTranslation('coach');
  return (
    <span className="coach-face-talk">
      <Pictogram name="talk" size={36} />
      <Pictogram name={seen ? 'eye' : 'hourglass'} size={28} />
      <span>{seen ? t('faces.talkSeen') : t('faces.talkOpen')}</span>
    </span>
  );
}
