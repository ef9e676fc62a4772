import { describe, expect, it } from 'vitest';
import { blobRefs } from './blobRefs.ts';

const sha = (c: string) => c.repeat(64);

describe('blobs a record needs on the server first', () => {
  it('names every step photo and voice clip of a card once, and a completion’s defect photo', () => {
    const steps = [
      { photo: sha('a'), clip: sha('b') },
      { photo: sha('a'), clip: null },
      { clip: sha('c') },
    ];
    expect(blobRefs('card', { steps })).toEqual([sha('a'), sha('b'), sha('c')]);
    expect(blobRefs('taskCompletion', { photo: sha('d') })).toEqual([sha('d')]);
    expect(blobRefs('station', { photo: sha('e') })).toEqual([]);
  });

  it('names a member’s photo, and nothing for a patch that withdraws it', () => {
    expect(blobRefs('member', { photo: sha('e'), photoConsent: { deviceId: 'x', at: 'y' } })).toEqual([sha('e')]);
    expect(blobRefs('member', { photo: null, photoConsent: null })).toEqual([]);
  });
});
