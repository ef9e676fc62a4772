import { useCallback, useContext, useEffect, useRef } from 'react';
import type { Language } from '#shared/records.ts';
import { SpeechRateContext } from '#kiosk/speech/SpeechRateContext.ts';
import { useBlobUrl } from './useBlobUrl.ts';
import { useSpeech } from './useSpeech.ts';

export interface Sayer {
  /** False when there is neither a recorded clip nor a voice for the language. */
  readonly available: boolean;
  readonly say: (text: string) => void;
}

/**
 * Says a text: the coach's recorded clip when there is one (a familiar voice
 * beats a synthetic one), else Web Speech at the member's rate.
 */
export function useSay(language: Language, clip?: string | null): Sayer {
  const rate = useContext(SpeechRateContext);
  const speech = useSpeech(language, rate);
  const clipUrl = useBlobUrl(clip);
  const playing = useRef<HTMLAudioElement | null>(null);
  useEffect(
    () => () => {
      playing.current?.pause();
    },
    [],
  );
  const { speak } = speech;
  const say = useCallback(
    (text: string) => {
      playing.current?.pause();
      if (!clipUrl) {
        speak(text);
        return;
      }
      const audio = new Audio(clipUrl);
      playing.current = audio;
      audio.play().catch(() => {
        speak(text);
      });
    },
    [clipUrl, speak],
  );
  return { available: clipUrl !== null || speech.available, say };
}
