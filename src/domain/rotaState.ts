import type { ROTA_STATES } from '#shared/records/kinds/rotaFields.ts';

/** Where a week's plan is in its life: the team's draft, agreed, published. */
export type RotaState = (typeof ROTA_STATES)[number];
