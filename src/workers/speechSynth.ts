// The package ships no types; this brings ours into every project that reaches this file (worker, app, tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./espeakNg.d.ts" />
import createEspeakNg, { type EspeakNgWorker } from '@echogarden/espeak-ng-emscripten';
import type { Language } from '#shared/records.ts';
import { unpackSpeechData } from './speechData.ts';

/** Mono PCM, -1…1, ready for an AudioBuffer. */
export interface Pcm {
  readonly samples: Float32Array<ArrayBuffer>;
  readonly sampleRate: number;
}

export interface Synth {
  readonly synthesize: (text: string, language: Language, rate: number) => Pcm;
}

/** eSpeak NG's voice per language: it has no Flemish voice, so Dutch members hear its Dutch. */
const VOICES: Readonly<Record<Language, string>> = { 'nl-BE': 'nl', 'fr-BE': 'fr-be', en: 'en' };

/** eSpeak speaks 175 words a minute at its default; the member's rate (0.5–1.5, Web Speech's scale) scales it. */
const DEFAULT_WPM = 175;

export function wordsPerMinute(rate: number): number {
  return Math.min(450, Math.max(80, Math.round(DEFAULT_WPM * rate)));
}

/**
 * eSpeak NG with Schakel's packed data (speechData.ts). The package's file
 * packager would fetch its 24 MB espeak-ng.data for every language; handing
 * it an empty package instead creates its file tree with empty files, and
 * the files of nl, fr and en are then written in before eSpeak starts.
 */
export async function createSynth(packedData: ArrayBuffer): Promise<Synth> {
  const files = unpackSpeechData(packedData);
  const espeak = await createEspeakNg({
    getPreloadedPackage: () => new ArrayBuffer(0),
    // eSpeak logs its progress; a tablet's console has no reader for it.
    print: () => undefined,
    printErr: () => undefined,
  });
  for (const { path, bytes } of files) espeak.FS.writeFile(path, bytes);
  const engine: EspeakNgWorker = new espeak.eSpeakNGWorker();
  return {
    synthesize(text, language, rate) {
      if (engine.set_voice(VOICES[language]) !== 0) throw new Error(`eSpeak NG has no voice ${VOICES[language]}`);
      engine.set_rate(wordsPerMinute(rate));
      const chunks: Int16Array[] = [];
      engine.synthesize(text, (chunk) => {
        chunks.push(chunk);
        return false;
      });
      const samples = new Float32Array(chunks.reduce((sum, c) => sum + c.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        for (let i = 0; i < chunk.length; i += 1) samples[at + i] = (chunk[i] ?? 0) / 32768;
        at += chunk.length;
      }
      return { samples, sampleRate: engine.get_samplerate() };
    },
  };
}
