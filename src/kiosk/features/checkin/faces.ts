import type { ParseKeys } from 'i18next';
import type { WellbeingScale } from '#shared/records.ts';

export interface Face {
  readonly score: number;
  readonly picto: string;
  /** i18n key of the one word under the face. */
  readonly word: ParseKeys;
}

// Shown as t(face.word), so for i18next-cli (see i18next.config.ts): t('checkin.great') t('checkin.good')
// t('checkin.unsure') t('checkin.bad') t('checkin.awful') t('checkin.energyLow') t('checkin.energySome') t('checkin.energyHigh')
const FIVE: readonly Face[] = [
  { score: 5, picto: 'face-great', word: 'checkin.great' },
  { score: 4, picto: 'face-good', word: 'checkin.good' },
  { score: 3, picto: 'face-unsure', word: 'checkin.unsure' },
  { score: 2, picto: 'face-bad', word: 'checkin.bad' },
  { score: 1, picto: 'face-awful', word: 'checkin.awful' },
];

const THREE: readonly Face[] = [
  { score: 3, picto: 'face-good', word: 'checkin.good' },
  { score: 2, picto: 'face-unsure', word: 'checkin.unsure' },
  { score: 1, picto: 'face-bad', word: 'checkin.bad' },
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
