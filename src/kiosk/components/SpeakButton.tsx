import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import { useSay, type Sayer } from '#kiosk/hooks/useSay.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

interface Props {
  readonly text: string;
  readonly language: Language;
  /** A voice clip recorded by the coach; it plays instead of the synthetic voice. */
  readonly clip?: string | null | undefined;
  readonly className?: string;
}

/** Reads `text` aloud. Without a voice it shows a crossed-out speaker and stays quiet; never an error. */
export function SpeakButton({ text, language, clip, className }: Props) {
  const sayer = useSay(language, clip);
  return <SayButton text={text} sayer={sayer} {...(className === undefined ? {} : { className })} />;
}

/** The speak button for a screen that already holds a sayer (the step player also speaks on its own). */
export function SayButton({ text, sayer, className }: { readonly text: string; readonly sayer: Sayer; readonly className?: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`speak-button ${className ?? ''}`}
      aria-label={sayer.available ? t('common.speak') : t('common.noVoice')}
      aria-disabled={!sayer.available}
      onClick={() => {
        sayer.say(text);
      }}
    >
      <Pictogram name={sayer.available ? 'speaker' : 'speaker-off'} size={56} />
    </button>
  );
}
