import { useTranslation } from 'react-i18next';

/** The time left in words to be spoken: "Nog 2 minuten en 30 seconden". */
export function useTimeLeftWords(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) => {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    const minutes = t('timer.minutes', { count: m });
    const secs = t('timer.seconds', { count: s });
    const time = m > 0 && s > 0 ? t('timer.both', { minutes, seconds: secs }) : m > 0 ? minutes : secs;
    return t('timer.left', { time });
  };
}
