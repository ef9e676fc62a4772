/**
 * What the chaos suite needs of "the server": its database, to look at the
 * truth and write behind the tablets' backs; fresh enrolment codes; a
 * restart; and the line a tablet reaches it by. One in-process server
 * (`inProcessChaosServer`) and several real processes on one Postgres
 * (`ServerProcesses`) both fit it, so one set of actions and checks runs
 * against either.
 */
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { DeviceRole } from '#shared/protocol.ts';
import { inProcessFetch, type FaultPlan } from '#tests/helpers/inProcessFetch.ts';
import type { TestServer } from '#tests/helpers/testServer.ts';

export interface ChaosServer {
  readonly db: SqlDatabase;
  /** An unused one-time code for a demo team and role. */
  freshCode(teamName: string, role: DeviceRole): Promise<string>;
  /** A server process goes away and comes back: what it held in memory (clock, waiting polls) is gone. */
  restart(): Promise<void>;
  /** The `fetch` one tablet uses, breaking each request as `faults` says. */
  fetchFor(faults: FaultPlan): typeof fetch;
  /** The trouble is over: no more faults of the server's own from here on, and it is fully up. */
  settle(): Promise<void>;
}

export function inProcessChaosServer(server: TestServer): ChaosServer {
  return {
    db: server.db,
    freshCode: (teamName, role) => server.freshCode(teamName, role),
    restart: () => server.restart(),
    // A getter for the app: a restart replaces it under the tablets' feet.
    fetchFor: (faults) => inProcessFetch(() => server.app, faults),
    settle: () => Promise.resolve(),
  };
}
