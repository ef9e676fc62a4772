import { useCallback } from 'react';
import type { OverviewResponse } from '#shared/snapshots/api.ts';
import { useCoordinator } from './session/coordinatorContext.ts';
import { useRemote } from './useRemote.ts';

/** The weeks that have snapshots, the organisations with their sites and teams, the chains and the chain-sync status. */
export function useOverview() {
  const { api } = useCoordinator();
  const load = useCallback((): Promise<OverviewResponse> => api.overview(), [api]);
  return useRemote(load);
}
