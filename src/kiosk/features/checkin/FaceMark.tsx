import { memo } from 'react';
import { MOUTHS, OUTLINES } from './faceDrawing.ts';
import type { Face } from './faces.ts';

interface Props {
  readonly face: Face;
  readonly size: number;
  /** The face's word, when nothing around it says it already. */
  readonly label?: string;
  readonly className?: string;
}

/**
 * A well-being face drawn by Schakel: its own outline, colour and mouth per
 * score, with a dark edge so the shape stands out whatever the colour.
 */
function FaceDrawing({ face, size, label, className }: Props) {
  const mouth = MOUTHS[face.mouth];
  return (
    <svg
      className={`face-mark ${className ?? ''}`}
      width={size}
      height={size}
      viewBox="0 0 100 100"
      {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
    >
      <path className="face-outline" data-shape={face.shape} d={OUTLINES[face.shape]} fill={face.colour} stroke="#1a1a1a" strokeWidth="4" strokeLinejoin="round" />
      {/* Brows raised in the middle: sad, not angry. */}
      {face.mouth === 'deepFrown' && <path d="M31 34L43 28M69 34L57 28" stroke="#1a1a1a" strokeWidth="4" strokeLinecap="round" />}
      <circle cx="39" cy="41" r="5" fill="#1a1a1a" />
      <circle cx="61" cy="41" r="5" fill="#1a1a1a" />
      <path
        className="face-mouth"
        d={mouth.d}
        fill={mouth.filled ? '#1a1a1a' : 'none'}
        stroke="#1a1a1a"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export const FaceMark = memo(FaceDrawing);
