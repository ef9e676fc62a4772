/**
 * Offline speech for tablets without a platform voice for the member's
 * language: eSpeak NG (GPL-3.0, via @echogarden/espeak-ng-emscripten)
 * turns text into PCM here, off the page's thread; the page plays it.
 * Its code and data are precached, so it speaks offline from first use.
 */
import { transfer } from 'comlink';
import type { Language } from '#shared/records.ts';
import { exposeWorkerApi } from './exposeWorkerApi.ts';
import { SPEECH_DATA_PATH } from './speechData.ts';
import { createSynth, type Pcm, type Synth } from './speechSynth.ts';

let synth: Promise<Synth> | null = null;

async function loadSynth(): Promise<Synth> {
  const response = await fetch(new URL(SPEECH_DATA_PATH, self.location.origin));
  if (!response.ok) throw new Error(`Speech data: HTTP ${response.status}`);
  return createSynth(await response.arrayBuffer());
}

const api = {
  async synthesize(text: string, language: Language, rate: number): Promise<Pcm> {
    synth ??= loadSynth();
    // A failed load is not kept: the next tap tries again (the data may have been cut short).
    const loaded = await synth.catch((error: unknown) => {
      synth = null;
      throw error;
    });
    const pcm = loaded.synthesize(text, language, rate);
    return transfer(pcm, [pcm.samples.buffer]);
  },
};

export type SpeechApi = typeof api;

exposeWorkerApi(api);
