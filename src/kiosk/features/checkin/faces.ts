import type { ParseKeys } from 'i18next';
import type { WellbeingScale } from '#shared/records.ts';

/**
 * Each face has its own outline as well as its own colour and mouth, so the
 * scale reads without colour: the better the feeling, the rounder the face
 * (a sun's scalloped edge for the best, a circle, a rounded square, a
 * hexagon, a point-down triangle for the worst).
 */
export type FaceShape = 'scallop' | 'circle' | 'square' | 'hexagon' | 'triangle';
export type FaceMouth = 'grin' | 'smile' | 'flat' | 'frown' | 'deepFrown';

export interface Face {
  readonly score: number;
  /** The OpenMoji pictogram that named this face before it had its own drawing; other screens still use it. */
  readonly picto: string;
  readonly shape: FaceShape;
  readonly mouth: FaceMouth;
  readonly colour: string;
  /** i18n key of the one word under the face. */
  readonly word: ParseKeys;
}

// Shown as t(face.word), so for i18next-cli (see i18next.config.ts): t('checkin.great') t('checkin.good')
// t('checkin.unsure') t('checkin.bad') t('checkin.awful') t('checkin.energyLow') t('checkin.energySome') t('checkin.energyHigh')
const GREAT: Omit<Face, 'score'> = { picto: 'face-great', shape: 'scallop', mouth: 'grin', colour: '#43a047', word: 'checkin.great' };
const GOOD: Omit<Face, 'score'> = { picto: 'face-good', shape: 'circle', mouth: 'smile', colour: '#c5e1a5', word: 'checkin.good' };
const UNSURE: Omit<Face, 'score'> = { picto: 'face-unsure', shape: 'square', mouth: 'flat', colour: '#ffd54f', word: 'checkin.unsure' };
const BAD: Omit<Face, 'score'> = { picto: 'face-bad', shape: 'hexagon', mouth: 'frown', colour: '#fb8c00', word: 'checkin.bad' };
const AWFUL: Omit<Face, 'score'> = { picto: 'face-awful', shape: 'triangle', mouth: 'deepFrown', colour: '#e53935', word: 'checkin.awful' };

const FIVE: readonly Face[] = [
  { score: 5, ...GREAT },
  { score: 4, ...GOOD },
  { score: 3, ...UNSURE },
  { score: 2, ...BAD },
  { score: 1, ...AWFUL },
];

const THREE: readonly Face[] = [
  { score: 3, ...GOOD },
  { score: 2, ...UNSURE },
  { score: 1, ...BAD },
];

/** The faces of a scale, best first, as the member sees them. */
export function facesFor(scale: WellbeingScale): readonly Face[] {
  return scale === 5 ? FIVE : THREE;
}

export function faceOf(score: number, scale: WellbeingScale): Face | undefined {
  return facesFor(scale).find((f) => f.score === score);
}

export const ENERGY = [
  { level: 1, picto: 'battery-low', word: 'checkin.energyLow' },
  { level: 2, picto: 'energy', word: 'checkin.energySome' },
  { level: 3, picto: 'battery-full', word: 'checkin.energyHigh' },
] as const;
