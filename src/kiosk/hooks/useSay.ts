import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Language } from '#shared/records.ts';
import { SpeechRateContext } from '#kiosk/speech/SpeechRateContext.ts';
import { useBlobUrl } from './useBlobUrl.ts';
import { useSpeech } from './useSpeech.ts';

export interface Sayer {
  /** False when there is neither a recorded clip nor a voice for the language. */
  readonly available: boolean;
  /** True while the clip or the voice is saying something. */
  readonly speaking: boolean;
  readonly say: (text: string) => void;
  readonly stop: () => void;
}

/**
 * Says a text: the coach's recorded clip when there is one (a familiar voice
 * beats a synthetic one), else the tablet's voice or the offline one at the
 * member's rate.
 */
export function useSay(language: Language, clip?: string | null): Sayer {
  const rate = useContext(SpeechRateContext);
  const speech = useSpeech(language, rate);
  const clipUrl = useBlobUrl(clip);
  const playing = useRef<HTMLAudioElement | null>(null);
  const [clipPlaying, setClipPlaying] = useState(false);
  useEffect(
    () => () => {
      playing.current?.pause();
    },
    [],
  );
  const { speak, stop: stopSpeech } = speech;
  const stopClip = useCallback(() => {
    playing.current?.pause();
    playing.current = null;
    setClipPlaying(false);
  }, []);
  const say = useCallback(
    (text: string) => {
      stopClip();
      if (!clipUrl) {
        speak(text);
        return;
      }
      stopSpeech();
      const audio = new Audio(clipUrl);
      playing.current = audio;
      const ended = () => {
        if (playing.current === audio) setClipPlaying(false);
      };
      audio.onended = ended;
      setClipPlaying(true);
      audio.play().catch(() => {
        ended();
        speak(text);
      });
    },
    [clipUrl, speak, stopSpeech, stopClip],
  );
  const stop = useCallback(() => {
    stopClip();
    stopSpeech();
  }, [stopClip, stopSpeech]);
  return { available: clipUrl !== null || speech.available, speaking: clipPlaying || speech.speaking, say, stop };
}
