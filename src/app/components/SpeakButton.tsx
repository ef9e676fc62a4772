import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/records.ts';
import { useSpeech } from '../hooks/useSpeech.ts';
import { Pictogram } from './Pictogram.tsx';

interface Props {
  readonly text: string;
  readonly language: Language;
  readonly className?: string;
}

/** Reads `text` aloud. Without a voice it shows a crossed-out speaker and stays quiet; never an error. */
export function SpeakButton({ text, language, className }: Props) {
  const { t } = useTranslation();
  const speech = useSpeech(language);
  return (
    <button
      type="button"
      className={`speak-button ${className ?? ''}`}
      aria-label={speech.available ? t('common.speak') : t('common.noVoice')}
      aria-disabled={!speech.available}
      onClick={() => {
        speech.speak(text);
      }}
    >
      <Pictogram name={speech.available ? 'speaker' : 'speaker-off'} size={56} />
    </button>
  );
}
