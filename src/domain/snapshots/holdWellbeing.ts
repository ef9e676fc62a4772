/**
 * Privacy rule 5 across versions. A week's figures change when a late
 * answer arrives; if the week was shown with five respondents and then with
 * six, the two versions side by side give away the sixth person's answer.
 * So a team's well-being statistics move on only when the respondents
 * change by nobody (the same people answered more) or by at least five;
 * a smaller change keeps the statistics last shown, and the respondents
 * they rest on, while production and rota figures stay current.
 */
import { MIN_RESPONDENTS } from '#shared/snapshots/fields.ts';
import type { SnapshotStats } from './snapshotStats.ts';

export interface HeldStats {
  readonly stats: SnapshotStats;
  /** The members the well-being statistics rest on, sorted. Stays in the server's own table. */
  readonly respondentIds: readonly string[];
}

const WELLBEING_PARTS = ['wbMeans', 'energyMeans', 'talkRequests', 'talkSeenS', 'answerDays', 'presentDays', 'werkbaar'] as const satisfies readonly (keyof SnapshotStats)[];

export function holdWellbeing(previous: HeldStats | null, next: HeldStats): HeldStats {
  if (!previous) return next;
  const before = new Set(previous.respondentIds);
  const after = new Set(next.respondentIds);
  const difference = [...after].filter((id) => !before.has(id)).length + [...before].filter((id) => !after.has(id)).length;
  if (difference === 0 || difference >= MIN_RESPONDENTS) return next;
  const held = Object.fromEntries(WELLBEING_PARTS.map((part) => [part, previous.stats[part]]));
  return { stats: { ...next.stats, ...held }, respondentIds: previous.respondentIds };
}
