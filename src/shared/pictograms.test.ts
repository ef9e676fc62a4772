import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PICTOGRAMS, pictogramRasterUrl, pictogramUrl, pictogramWord, type PictogramName } from './pictograms.ts';

describe('bundled pictogram subset', () => {
  it('ships exactly the catalogued OpenMoji files, no more and no fewer', () => {
    const files = readdirSync('public/pictograms').filter((f) => f.endsWith('.svg')).sort();
    const catalogued = Object.values(PICTOGRAMS).map((p) => `${p.hex}.svg`).sort();
    expect(files).toEqual(catalogued);
  });

  it('ships the OpenMoji licence and attribution beside the files', () => {
    expect(readdirSync('public/pictograms')).toEqual(expect.arrayContaining(['LICENSE-OpenMoji.txt', 'ATTRIBUTION.md']));
  });

  it('has a keyword in every language for every pictogram', () => {
    for (const [name, p] of Object.entries(PICTOGRAMS)) {
      for (const lang of ['nl', 'fr', 'en'] as const) expect(p[lang][0], `${name} ${lang}`).toMatch(/\S/);
    }
  });

  it('names a pictogram in the member’s language', () => {
    expect(pictogramWord('gloves', 'nl-BE')).toBe('handschoenen');
    expect(pictogramWord('gloves', 'fr-BE')).toBe('gants');
    expect(pictogramUrl('gloves' satisfies PictogramName)).toBe('/pictograms/1F9E4.svg');
    expect(pictogramRasterUrl('gloves')).toBe('/pictograms/1F9E4.webp');
  });
});
