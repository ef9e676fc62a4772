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

/**
 * Reads `text` aloud, with the tablet's voice or, without one, the offline
 * voice. Only when neither can speak does it show a crossed-out speaker and
 * stay quiet; never an error.
 */
export function SpeakButton({ text, language, clip, className }: Props) {
  const sayer = useSay(language, clip);
  return <SayButton text={text} sayer={sayer} {...(className === undefined ? {} : { className })} />;
}

/**
 * The speak button for a screen that already holds a sayer (the step player
 * also speaks on its own). While it speaks it shows a stop sign in a
 * pulsing ring, and a second tap stops it.
 */
export function SayButton({ text, sayer, className }: { readonly text: string; readonly sayer: Sayer; readonly className?: string }) {
  const { t } = useTranslation();
  const speaking = sayer.available && sayer.speaking;
  const label = !sayer.available ? t('common.noVoice') : speaking ? t('speech.stop') : t('common.speak');
  return (
    <button
      type="button"
      className={`speak-button ${speaking ? 'speak-button--speaking' : ''} ${className ?? ''}`}
      aria-label={label}
      aria-disabled={!sayer.available}
      data-speaking={speaking}
      onClick={() => {
        if (speaking) sayer.stop();
        else sayer.say(text);
      }}
    >
      <Pictogram name={!sayer.available ? 'speaker-off' : speaking ? 'stop' : 'speaker'} size={56} />
    </button>
  );
}
