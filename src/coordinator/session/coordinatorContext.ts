import { createContext, useContext } from 'react';
import type { CoordinatorApi } from '#coordinator/api/coordinatorApi.ts';

/** What every screen of the signed-in page shares: the server and the clock (injected, so tests are deterministic). */
export interface CoordinatorServices {
  readonly api: CoordinatorApi;
  readonly now: () => number;
}

export const CoordinatorContext = createContext<CoordinatorServices | null>(null);

export function useCoordinator(): CoordinatorServices {
  const services = useContext(CoordinatorContext);
  if (!services) throw new Error('useCoordinator outside <CoordinatorContext>');
  return services;
}
