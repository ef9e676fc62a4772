import { describe, expect, it } from 'vitest';
import { fitDimensions, fitToBytes, MAX_PHOTO_BYTES, type JpegEncoder } from './downscaleImage.ts';

/** Like a real JPEG: bytes grow with the pixels and with the quality. */
const fakeJpeg = (bytesPerPixelAtFullQuality: number): { encode: JpegEncoder; calls: [number, number, number][] } => {
  const calls: [number, number, number][] = [];
  return {
    calls,
    encode: (width, height, quality) => {
      calls.push([width, height, quality]);
      return Promise.resolve(new Uint8Array(Math.ceil(width * height * bytesPerPixelAtFullQuality * quality)));
    },
  };
};

describe('fitting a photo into 200 KB', () => {
  it('keeps the long side at 1024 px and the aspect, and never enlarges', () => {
    expect(fitDimensions(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(fitDimensions(1080, 1920)).toEqual({ width: 576, height: 1024 });
    expect(fitDimensions(640, 480)).toEqual({ width: 640, height: 480 });
  });

  it('keeps the best quality when the photo already fits', async () => {
    const { encode, calls } = fakeJpeg(0.2);
    const fitted = await fitToBytes(encode, { width: 1024, height: 768 });
    expect(fitted.quality).toBe(0.85);
    expect(fitted.bytes.byteLength).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(calls).toHaveLength(1);
  });

  it('lowers the quality first, then the size, until the bytes are at most 200 KB', async () => {
    const { encode, calls } = fakeJpeg(1.5);
    const fitted = await fitToBytes(encode, { width: 1024, height: 768 });
    expect(fitted.bytes.byteLength).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(fitted.width).toBeLessThan(1024);
    expect(fitted.width / fitted.height).toBeCloseTo(1024 / 768, 1);
    // Every try at full size was at a lower quality than the one before.
    const fullSize = calls.filter(([w]) => w === 1024).map(([, , q]) => q);
    expect(fullSize).toEqual([0.85, 0.75, 0.65, 0.55, 0.45]);
  });

  it('gives up with a RangeError rather than loop for ever', async () => {
    const { encode } = fakeJpeg(1);
    await expect(fitToBytes(encode, { width: 1024, height: 768 }, 100)).rejects.toBeInstanceOf(RangeError);
  });
});
