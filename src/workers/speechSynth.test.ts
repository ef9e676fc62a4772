// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packSpeechData } from './speechData.ts';
import { createSynth, type Pcm, type Synth } from './speechSynth.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten'));
const packed = packSpeechData(readFileSync(join(packageDir, 'espeak-ng.js'), 'utf8'), readFileSync(join(packageDir, 'espeak-ng.data')));

function rms({ samples }: Pcm): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

const seconds = (pcm: Pcm) => pcm.samples.length / pcm.sampleRate;

describe('the offline synthesizer (eSpeak NG, packed nl/fr/en data)', () => {
  let synth: Synth;
  beforeAll(async () => {
    synth = await createSynth(packed.slice().buffer);
  });

  it('turns a Dutch sentence into audible speech', () => {
    const pcm = synth.synthesize('Neem een doos en leg er tien schroeven in.', 'nl-BE', 0.9);
    expect(pcm.sampleRate).toBe(22050);
    expect(seconds(pcm)).toBeGreaterThan(1);
    expect(rms(pcm)).toBeGreaterThan(0.02);
  });

  it('speaks French and English from the same packed data', () => {
    for (const [text, language] of [['Prends une boîte et mets-y dix vis.', 'fr-BE'], ['Take a box and put ten screws in it.', 'en']] as const) {
      const pcm = synth.synthesize(text, language, 0.9);
      expect(seconds(pcm)).toBeGreaterThan(1);
      expect(rms(pcm)).toBeGreaterThan(0.02);
    }
  });

  it('speaks slower for a member whose coach set a slow rate', () => {
    const text = 'Vraag hulp aan je coach.';
    expect(seconds(synth.synthesize(text, 'nl-BE', 0.6))).toBeGreaterThan(seconds(synth.synthesize(text, 'nl-BE', 1.2)) * 1.4);
  });

  it('keeps the precached data small: only the dictionaries of nl, fr and en', () => {
    expect(packed.length).toBeLessThan(1.5 * 1024 * 1024);
  });
});
