/** The coach-mode namespace, in every language; imported only by the lazy coach-mode chunk. */
import type { i18n } from 'i18next';
import { coachEn } from './en.ts';
import { coachFrBE } from './frBE.ts';
import { coachNlBE } from './nlBE.ts';
import { addStrings } from './shell.ts';

export const COACH_NS = 'coach';

export function addCoachStrings(instance: i18n): void {
  addStrings(instance, COACH_NS, { 'nl-BE': coachNlBE, 'fr-BE': coachFrBE, en: coachEn });
}
