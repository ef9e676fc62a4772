/**
 * The offline voice, loaded on first need (useSpeech imports this module
 * dynamically): it starts the eSpeak NG worker, whose code and data stay out
 * of the member's first load, and plays what it returns.
 */
import { wrap, type Remote } from 'comlink';
import type { Language } from '#shared/records.ts';
import SpeechWorker from '#workers/speech.worker.ts?worker';
import type { SpeechApi } from '#workers/speech.worker.ts';
import { playPcm, type Playback } from './playPcm.ts';

let worker: Remote<SpeechApi> | null = null;

/** Speaks `text` in `language` at the member's rate (Web Speech's scale, 1 = normal). */
export async function speakOffline(text: string, language: Language, rate: number): Promise<Playback> {
  worker ??= wrap<SpeechApi>(new SpeechWorker());
  return playPcm(await worker.synthesize(text, language, rate));
}
