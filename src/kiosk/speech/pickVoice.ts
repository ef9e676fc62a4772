import type { Language } from '#shared/records.ts';

export interface VoiceLike {
  readonly lang: string;
  readonly localService?: boolean;
}

/**
 * The best voice for a language: the exact regional voice (nl-BE), then any
 * of the language (nl-NL), preferring voices that work offline. Null when
 * there is none: the app then shows "no voice" instead of speaking English
 * over Dutch text.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: Language): V | null {
  const wanted = language.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const norm = (v: V) => v.lang.toLowerCase().replace('_', '-');
  const rank = (v: V) => (norm(v) === wanted ? 0 : norm(v).split('-')[0] === base ? 1 : 2) * 2 + (v.localService === false ? 1 : 0);
  const candidates = voices.filter((v) => rank(v) < 4).sort((a, b) => rank(a) - rank(b));
  return candidates[0] ?? null;
}
