/**
 * Words the rota's records share (../shared/ROTA.md): the week they belong
 * to, who placed a slot, why a coach overrode a member, why a member is away.
 * Plain constants, free of zod, so the board's first render can read them.
 */

/** An ISO week, `2027-W01`: the rota plans one week at a time. */
export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** Who put a member in a slot: the member themself, their coach, the optimiser, or the team when it agreed to the plan. */
export const SLOT_PLACERS = ['member', 'coach', 'optimiser', 'team'] as const;

/** Why a coach moved a member away from the place they chose themself (a pictogram each). */
export const OVERRIDE_REASONS = ['safety', 'health', 'training', 'staffing', 'order', 'wish'] as const;

/** Why a member is away for a half-day (a pictogram each). */
export const ABSENCE_REASONS = ['ill', 'leave', 'training', 'appointment'] as const;

/** The plan's life: the team's draft, agreed by the team, published to the members' Today. */
export const ROTA_STATES = ['draft', 'agreed', 'published'] as const;

/** A weekday and half-day of the weekly part-time pattern: `mon-am` … `sun-pm`. */
export const WEEK_HALF_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => [`${d}-am`, `${d}-pm`] as const);

/** ISO weekdays, 1 Monday … 7 Sunday, as stations' closed days name them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The rota weights of ROTA.md and their defaults; a team's settings may change any of them. */
export const ROTA_WEIGHT_DEFAULTS = {
  short: 1000,
  noQualified: 1000,
  varDev: 20,
  change: 10,
  loadExcess: 5,
  undesired: 5,
  desired: 5,
  train: 8,
  trainQuota: 2,
  flex: 3,
  home: 4,
} as const;

export type RotaWeightName = keyof typeof ROTA_WEIGHT_DEFAULTS;
export const ROTA_WEIGHT_NAMES = Object.keys(ROTA_WEIGHT_DEFAULTS) as RotaWeightName[];

export type OverrideReason = (typeof OVERRIDE_REASONS)[number];
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
