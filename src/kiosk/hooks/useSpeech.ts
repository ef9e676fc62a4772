import { useCallback, useEffect, useState } from 'react';
import type { Language } from '#shared/records.ts';
import { pickVoice } from '#kiosk/speech/pickVoice.ts';

export interface Speech {
  /** False when this tablet has no voice for the language. */
  readonly available: boolean;
  readonly speak: (text: string) => void;
}

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** Web Speech for one language. Voices arrive late on some browsers, so they are re-read on `voiceschanged`. */
export function useSpeech(language: Language, rate = 0.9): Speech {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  useEffect(() => {
    const s = synth();
    if (!s) return undefined;
    const update = () => {
      setVoices(s.getVoices());
    };
    s.addEventListener('voiceschanged', update);
    return () => {
      s.removeEventListener('voiceschanged', update);
    };
  }, []);
  const voice = pickVoice(voices, language);
  const speak = useCallback(
    (text: string) => {
      const s = synth();
      if (!s || !voice) return;
      s.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      s.speak(utterance);
    },
    [voice, rate],
  );
  return { available: voice !== null, speak };
}
