import { blockOf } from '#shared/snapshots/periods.ts';

/** A week from the overview, shown alone or as its 4-week block: the only periods there are (privacy rule 3). */
export interface PeriodChoice {
  readonly week: string;
  readonly block: boolean;
}

export function periodOf(choice: PeriodChoice): string {
  return choice.block ? blockOf(choice.week) : choice.week;
}
