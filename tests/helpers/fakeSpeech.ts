/**
 * A Web Speech stand-in for jsdom, which has none: it offers one voice per
 * language given and records what was said, so tests can assert speech.
 */
export interface FakeSpeech {
  readonly spoken: string[];
  readonly uninstall: () => void;
}

export function installFakeSpeech(voiceLangs: readonly string[] = ['nl-BE']): FakeSpeech {
  const spoken: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  class Utterance {
    voice: unknown = null;
    lang = '';
    rate = 1;
    constructor(readonly text: string) {}
  }
  w['SpeechSynthesisUtterance'] = Utterance;
  w['speechSynthesis'] = {
    getVoices: () => voiceLangs.map((lang) => ({ lang, name: `voice ${lang}`, localService: true })),
    speak: (u: Utterance) => spoken.push(u.text),
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return {
    spoken,
    uninstall: () => {
      delete w['speechSynthesis'];
      delete w['SpeechSynthesisUtterance'];
    },
  };
}
