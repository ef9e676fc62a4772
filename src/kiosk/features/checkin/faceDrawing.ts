/** The outlines and mouths of the faces, as SVG paths on a 100 × 100 box. */
import type { FaceMouth, FaceShape } from './faces.ts';

/** A circle's edge made of `bumps` small outward arcs: the sun-like edge of the best face. */
function scallop(bumps: number, radius: number): string {
  const point = (i: number) => {
    const a = (i / bumps) * 2 * Math.PI;
    return `${(50 + radius * Math.sin(a)).toFixed(2)} ${(50 - radius * Math.cos(a)).toFixed(2)}`;
  };
  const bump = (radius * Math.sin(Math.PI / bumps) * 1.1).toFixed(2);
  const arcs = Array.from({ length: bumps }, (_, i) => `A${bump} ${bump} 0 0 1 ${point(i + 1)}`).join('');
  return `M${point(0)}${arcs}Z`;
}

export const OUTLINES: Record<FaceShape, string> = {
  scallop: scallop(12, 41),
  circle: 'M50 6a44 44 0 1 1 0 88a44 44 0 1 1 0-88z',
  square: 'M24 8h52a16 16 0 0 1 16 16v52a16 16 0 0 1-16 16H24a16 16 0 0 1-16-16V24a16 16 0 0 1 16-16z',
  hexagon: 'M96 50L73 89.8H27L4 50L27 10.2H73z',
  triangle: 'M4 10H96L50 98z',
};

export const MOUTHS: Record<FaceMouth, { readonly d: string; readonly filled: boolean }> = {
  grin: { d: 'M33 57Q50 82 67 57Z', filled: true },
  smile: { d: 'M36 60Q50 75 64 60', filled: false },
  flat: { d: 'M37 64H63', filled: false },
  frown: { d: 'M37 70Q50 58 63 70', filled: false },
  deepFrown: { d: 'M40 70Q50 57 60 70', filled: false },
};
