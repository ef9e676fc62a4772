/**
 * Which steps of a card a member sees, from their detail level:
 * I every step, spoken on arrival; L every step; U the key steps; O a
 * one-screen summary. A card with no key steps marked shows every step at U,
 * so a coach who never marks keys loses nothing. Each step comes in the
 * member's language where the card has it (see cardLanguage.ts).
 */
import type { Card, IluoLevel, Language } from '#shared/records.ts';
import { cardTitle, stepInLanguage, type LocalText, type PlannedStep } from './cardLanguage.ts';

export interface StepPlan {
  readonly mode: 'steps' | 'summary';
  readonly title: LocalText;
  readonly steps: readonly PlannedStep[];
  readonly autoSpeak: boolean;
}

export function stepPlan(card: Card, level: IluoLevel, memberAutoSpeak: boolean, language: Language): StepPlan {
  const title = cardTitle(card, language);
  const steps = card.steps.map((s) => stepInLanguage(card, s, language));
  switch (level) {
    case 'I':
      return { mode: 'steps', title, steps, autoSpeak: true };
    case 'L':
      return { mode: 'steps', title, steps, autoSpeak: memberAutoSpeak };
    case 'U': {
      const keys = steps.filter((s) => s.key === true);
      return { mode: 'steps', title, steps: keys.length > 0 ? keys : steps, autoSpeak: memberAutoSpeak };
    }
    case 'O':
      return { mode: 'summary', title, steps, autoSpeak: memberAutoSpeak };
  }
}
