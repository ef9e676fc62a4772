/**
 * Which steps of a card a member sees, from their detail level:
 * I every step, spoken on arrival; L every step; U the key steps; O a
 * one-screen summary. A card with no key steps marked shows every step at U,
 * so a coach who never marks keys loses nothing.
 */
import type { Card, CardStep, IluoLevel } from '#shared/records.ts';

export interface StepPlan {
  readonly mode: 'steps' | 'summary';
  readonly steps: readonly CardStep[];
  readonly autoSpeak: boolean;
}

export function stepPlan(card: Card, level: IluoLevel, memberAutoSpeak: boolean): StepPlan {
  switch (level) {
    case 'I':
      return { mode: 'steps', steps: card.steps, autoSpeak: true };
    case 'L':
      return { mode: 'steps', steps: card.steps, autoSpeak: memberAutoSpeak };
    case 'U': {
      const keys = card.steps.filter((s) => s.key === true);
      return { mode: 'steps', steps: keys.length > 0 ? keys : card.steps, autoSpeak: memberAutoSpeak };
    }
    case 'O':
      return { mode: 'summary', steps: card.steps, autoSpeak: memberAutoSpeak };
  }
}
