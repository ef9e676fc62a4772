/**
 * A Web Speech stand-in for jsdom, which has none: it offers one voice per
 * language given and records what was said, so tests can assert speech.
 */
export interface FakeSpeech {
  readonly spoken: string[];
  /** What was said with the language of the voice that said it. */
  readonly said: { readonly text: string; readonly lang: string }[];
  readonly uninstall: () => void;
}

export function installFakeSpeech(voiceLangs: readonly string[] = ['nl-BE']): FakeSpeech {
  const spoken: string[] = [];
  const said: { text: string; lang: string }[] = [];
  const w = window as unknown as Record<string, unknown>;
  class Utterance {
    voice: unknown = null;
    lang = '';
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  w['SpeechSynthesisUtterance'] = Utterance;
  w['speechSynthesis'] = {
    getVoices: () => voiceLangs.map((lang) => ({ lang, name: `voice ${lang}`, localService: true })),
    speak: (u: Utterance) => {
      spoken.push(u.text);
      said.push({ text: u.text, lang: u.lang });
      // The platform says it and is done: the speak button stops showing "speaking".
      queueMicrotask(() => u.onend?.());
    },
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return {
    spoken,
    said,
    uninstall: () => {
      delete w['speechSynthesis'];
      delete w['SpeechSynthesisUtterance'];
    },
  };
}
