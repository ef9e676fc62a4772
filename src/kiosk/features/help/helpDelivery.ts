import type { HelpCallState } from '#db/helpRepository.ts';
import type { SyncStatus } from '#sync/SyncScheduler.ts';

/**
 * What a member may be told about their call, from the data rather than from hope:
 * `waiting` — still on this tablet and the last sync could not reach the server: no coach knows, walk to them;
 * `sending` — still on this tablet, but the network is up and nothing has failed yet;
 * `coming` — the server has it, so coach tablets show it within seconds;
 * `seen` — a coach tapped "seen".
 */
export type HelpDelivery = 'waiting' | 'sending' | 'coming' | 'seen';

export function helpDelivery(state: HelpCallState, online: boolean, sync: SyncStatus): HelpDelivery {
  if (state.acknowledged) return 'seen';
  if (!state.queued) return 'coming';
  const lastFailed = sync.lastOutcome !== null && sync.lastOutcome !== 'ok';
  return online && !lastFailed ? 'sending' : 'waiting';
}

/** The picture for each state: a walking person when the member must go to the coach themselves. */
export const DELIVERY_PICTO = { waiting: 'walk', sending: 'hourglass', coming: 'hourglass', seen: 'eye' } as const satisfies Record<HelpDelivery, string>;
