import { memo } from 'react';
import { PICTOGRAM_RASTER_PX, isPictogramName, pictogramRasterUrl, pictogramUrl } from '#shared/pictograms.ts';

interface Props {
  readonly name: string;
  readonly size?: number;
  /** Leave empty when the surrounding control already says what it is. */
  readonly label?: string;
  readonly className?: string;
}

/**
 * A bundled OpenMoji pictogram; an unknown name shows the warning sign rather than a broken image.
 * Up to half the bitmap's size it is the bitmap (cheap to show many of); larger, the drawing.
 */
function PictogramImage({ name, size = 64, label = '', className }: Props) {
  const known = isPictogramName(name) ? name : 'warning';
  const src = size * 2 <= PICTOGRAM_RASTER_PX ? pictogramRasterUrl(known) : pictogramUrl(known);
  return (
    <img
      src={src}
      width={size}
      height={size}
      alt={label}
      className={className}
      draggable={false}
      {...(label === '' ? { 'aria-hidden': true } : {})}
    />
  );
}

/** Memoised: a screen re-renders on every tap, and most of its pictures do not change with it. */
export const Pictogram = memo(PictogramImage);
