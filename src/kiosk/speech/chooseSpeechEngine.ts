import type { Language } from '#shared/records.ts';
import { pickVoice, type VoiceLike } from './pickVoice.ts';

/** How a text is spoken: the tablet's own voice, the offline synthesizer in a worker, or not at all. */
export type SpeechEngine<V> = { readonly kind: 'platform'; readonly voice: V } | { readonly kind: 'offline' } | { readonly kind: 'none' };

/**
 * The platform voice when the tablet has one for the language (it sounds
 * best and costs nothing); else eSpeak NG in a worker when this browser can
 * run it and it has not just failed; else silence (the crossed-out speaker).
 */
export function chooseSpeechEngine<V extends VoiceLike>(voices: readonly V[], language: Language, offlineUsable: boolean): SpeechEngine<V> {
  const voice = pickVoice(voices, language);
  if (voice) return { kind: 'platform', voice };
  return offlineUsable ? { kind: 'offline' } : { kind: 'none' };
}
