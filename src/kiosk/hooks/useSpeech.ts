import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '#shared/records.ts';
import { chooseSpeechEngine } from '#kiosk/speech/chooseSpeechEngine.ts';

export interface Speech {
  /** False when this tablet can speak the language neither with its own voice nor offline. */
  readonly available: boolean;
  /** True from a tap until the sentence has been said (or stopped). */
  readonly speaking: boolean;
  /** Says `text`, cutting off whatever this speaker was saying. */
  readonly speak: (text: string) => void;
  readonly stop: () => void;
}

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The offline voice needs a worker to synthesise and Web Audio to play. */
function offlinePossible(): boolean {
  return typeof Worker !== 'undefined' && typeof AudioContext !== 'undefined';
}

/**
 * Speech for one language: Web Speech with the tablet's voice when it has
 * one (voices arrive late on some browsers, so they are re-read on
 * `voiceschanged`), else eSpeak NG in a worker, loaded on the first tap.
 * Leaving the screen stops it.
 */
export function useSpeech(language: Language, rate = 0.9): Speech {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  const [offlineFailed, setOfflineFailed] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  // Each speak gets a number; a result that arrives after a newer speak or a stop is dropped.
  const turn = useRef(0);
  const stopPlaying = useRef<(() => void) | null>(null);
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
  const engine = chooseSpeechEngine(voices, language, offlinePossible() && !offlineFailed);
  const voice = engine.kind === 'platform' ? engine.voice : null;
  const offline = engine.kind === 'offline';

  const silence = useCallback(() => {
    turn.current += 1;
    stopPlaying.current?.();
    stopPlaying.current = null;
  }, []);

  const stop = useCallback(() => {
    silence();
    setSpeaking(false);
  }, [silence]);

  const speak = useCallback(
    (text: string) => {
      silence();
      const mine = turn.current;
      const done = () => {
        if (turn.current === mine) setSpeaking(false);
      };
      if (voice) {
        const s = synth();
        if (!s) return;
        s.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = rate;
        utterance.onend = done;
        utterance.onerror = done;
        stopPlaying.current = () => {
          s.cancel();
        };
        setSpeaking(true);
        s.speak(utterance);
        return;
      }
      if (!offline) return;
      setSpeaking(true);
      import('#kiosk/speech/offlineVoice.ts')
        .then(async ({ speakOffline }) => speakOffline(text, language, rate))
        .then(async (playback) => {
          if (turn.current !== mine) {
            playback.stop();
            return;
          }
          stopPlaying.current = playback.stop;
          await playback.ended;
          if (stopPlaying.current === playback.stop) stopPlaying.current = null;
          done();
        })
        .catch(() => {
          // No crash and no endless "speaking": the button falls back to the crossed-out speaker.
          if (turn.current === mine) {
            setOfflineFailed(true);
            setSpeaking(false);
          }
        });
    },
    [voice, offline, language, rate, silence],
  );

  useEffect(() => silence, [silence]);
  return { available: engine.kind !== 'none', speaking, speak, stop };
}
