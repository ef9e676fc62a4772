import { describe, expect, it } from 'vitest';
import { searchPictograms } from './searchPictograms.ts';

describe('pictogram search', () => {
  it('finds a pictogram by its Dutch, French or English word', () => {
    expect(searchPictograms('schroevendraaier')[0]).toBe('screwdriver');
    expect(searchPictograms('tournevis')[0]).toBe('screwdriver');
    expect(searchPictograms('screw')).toContain('screwdriver');
  });

  it('ignores case and accents, and puts whole words first', () => {
    expect(searchPictograms('ECROU')).toContain('nut-bolt');
    expect(searchPictograms('vis')[0]).toBe('fish');
    expect(searchPictograms('vis')).toContain('screwdriver');
  });

  it('gives everything for an empty query and nothing for nonsense', () => {
    expect(searchPictograms('  ').length).toBeGreaterThan(50);
    expect(searchPictograms('qqqzzz')).toEqual([]);
  });
});
