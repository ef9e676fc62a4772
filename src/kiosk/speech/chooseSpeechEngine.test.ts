import { describe, expect, it } from 'vitest';
import { chooseSpeechEngine } from './chooseSpeechEngine.ts';

const voice = (lang: string, localService = true) => ({ lang, localService, name: `voice ${lang}` });

describe('which voice speaks', () => {
  it('is the tablet’s own voice when it has one for the language, even if the offline voice could run', () => {
    const nlNl = voice('nl-NL');
    expect(chooseSpeechEngine([voice('en-GB'), nlNl], 'nl-BE', true)).toEqual({ kind: 'platform', voice: nlNl });
  });

  it('is the offline synthesizer when the tablet has no voice for the language (headless Chromium has none at all)', () => {
    expect(chooseSpeechEngine([voice('en-GB'), voice('nl-BE')], 'fr-BE', true)).toEqual({ kind: 'offline' });
    expect(chooseSpeechEngine([], 'nl-BE', true)).toEqual({ kind: 'offline' });
  });

  it('is nobody when there is no voice and the offline one cannot run or has failed: never English over Dutch text', () => {
    expect(chooseSpeechEngine([voice('en-GB')], 'nl-BE', false)).toEqual({ kind: 'none' });
  });
});
