/**
 * Turns a camera frame into a JPEG small enough to sync cheaply: at most
 * 1024 px on the long side and at most 200 KB. The size-fitting loop is pure
 * (the encoder is passed in) so it can be tested without a canvas.
 */

export const MAX_PHOTO_BYTES = 200 * 1024;
export const MAX_PHOTO_SIDE = 1024;

/** Qualities tried at each size, best first; below the last one JPEG artefacts hurt more than a smaller picture. */
const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45] as const;
/** Each shrink keeps this share of each side (about 64% of the pixels). */
const SHRINK = 0.8;
/** Smaller than this a step photo shows nothing useful; give up rather than send a smudge. */
const MIN_SIDE = 96;

export type JpegEncoder = (width: number, height: number, quality: number) => Promise<Uint8Array<ArrayBuffer>>;

export interface FittedImage {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly width: number;
  readonly height: number;
  readonly quality: number;
}

/** The size to draw at: the long side at most `maxSide`, the aspect kept, never enlarged. */
export function fitDimensions(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Encodes at falling quality, then at falling size, until the bytes fit in
 * `maxBytes`. Throws a RangeError when even the smallest size does not fit.
 */
export async function fitToBytes(encode: JpegEncoder, size: { width: number; height: number }, maxBytes = MAX_PHOTO_BYTES): Promise<FittedImage> {
  let { width, height } = size;
  for (;;) {
    for (const quality of QUALITIES) {
      const bytes = await encode(width, height, quality);
      if (bytes.byteLength <= maxBytes) return { bytes, width, height, quality };
    }
    if (Math.min(width, height) * SHRINK < MIN_SIDE) throw new RangeError(`the photo does not fit in ${String(maxBytes)} bytes`);
    width = Math.round(width * SHRINK);
    height = Math.round(height * SHRINK);
  }
}

/** A JPEG encoder that draws `source` scaled onto a canvas. */
export function canvasJpegEncoder(source: CanvasImageSource): JpegEncoder {
  const canvas = document.createElement('canvas');
  return async (width, height, quality) => {
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas on this device');
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/jpeg', quality);
    });
    if (!blob) throw new Error('the browser could not encode a JPEG');
    return new Uint8Array(await blob.arrayBuffer());
  };
}

/** A camera frame (or any image) as a JPEG of at most 1024 px and 200 KB. */
export async function downscaleImage(source: CanvasImageSource, sourceWidth: number, sourceHeight: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; mime: 'image/jpeg' }> {
  const fitted = await fitToBytes(canvasJpegEncoder(source), fitDimensions(sourceWidth, sourceHeight));
  return { bytes: fitted.bytes, mime: 'image/jpeg' };
}
