/**
 * Privacy rule 5 across versions. A week's figures change when a late
 * answer arrives; if the week was shown with five respondents and then with
 * six, the two versions side by side give away the sixth person's answer —
 * and so does a version in which only one of the same five answered again.
 * So a team's well-being statistics move on only when nobody's
 * contribution changed or at least five people's did (joined, left, or
 * answered anew); otherwise they keep what was last shown, with the
 * contributions it rested on, while production and rota figures stay
 * current.
 */
import { MIN_RESPONDENTS } from '#shared/snapshots/fields.ts';
import type { SnapshotStats } from './snapshotStats.ts';

export interface HeldStats {
  readonly stats: SnapshotStats;
  /** Per respondent, a fingerprint of their answers (respondentFingerprints). Stays in the server's own table. */
  readonly respondents: Readonly<Record<string, string>>;
}

const WELLBEING_PARTS = ['wbMeans', 'energyMeans', 'talkRequests', 'talkSeenS', 'answerDays', 'presentDays', 'werkbaar'] as const satisfies readonly (keyof SnapshotStats)[];

export function holdWellbeing(previous: HeldStats | null, next: HeldStats): HeldStats {
  if (!previous) return next;
  const ids = new Set([...Object.keys(previous.respondents), ...Object.keys(next.respondents)]);
  const changed = [...ids].filter((id) => previous.respondents[id] !== next.respondents[id]).length;
  if (changed === 0 || changed >= MIN_RESPONDENTS) return next;
  const held = Object.fromEntries(WELLBEING_PARTS.map((part) => [part, previous.stats[part]]));
  return { stats: { ...next.stats, ...held }, respondents: previous.respondents };
}
