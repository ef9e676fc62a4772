/**
 * The chaos suite with the tablets switching server processes at random:
 * two real coordinator processes on one Postgres schema, each request of
 * each tablet going to either (ServerProcesses), and now and then the
 * process a request went to killed with SIGKILL while it answers, then
 * started again. The schedules, faults and end checks are the chaos
 * suite's own (chaos/actions.ts, chaos/expectConverged.ts): every change
 * a process acknowledged is on the server exactly once, and every tablet
 * ends with exactly what the server holds for its role.
 *
 * Postgres only, since PGlite is one process's database. Unlike the
 * in-process suite a run does not replay exactly (two processes answer in
 * whatever order the machine runs them), but the schedule does: a failure
 * prints the seed and path, and
 * CHAOS_SEED=<seed> CHAOS_PATH=<path> npx vitest run --project integration tests/integration/chaosTwoProcesses.test.ts
 * runs the same schedule again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededIds, SeededRandom } from '#tests/helpers/SeededRandom.ts';
import { SimulatedClock } from '#tests/helpers/SimulatedClock.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';
import { COACH, DEVICES, World, chaosRun, type ChaosRun } from './chaos/actions.ts';
import { ChaosDevice } from './chaos/ChaosDevice.ts';
import { expectConverged } from './chaos/expectConverged.ts';
import { ServerProcesses } from './chaos/ServerProcesses.ts';

const url = process.env['DATABASE_URL'];
const RUNS = Number(process.env['CHAOS_RUNS'] ?? 2);
const CHAOS_PATH = process.env['CHAOS_PATH'];
const REPLAY = process.env['CHAOS_SEED'] === undefined ? {} : { seed: Number(process.env['CHAOS_SEED']), ...(CHAOS_PATH === undefined ? {} : { path: CHAOS_PATH }) };

async function runOnTwoProcesses(databaseUrl: string, run: ChaosRun): Promise<ServerProcesses['kills']> {
  // The processes keep real time, so the tablets' simulated day is moved next to it, keeping the run's offset in the day.
  const clock = new SimulatedClock(Date.now() + (run.startMs - TEST_NOW.getTime()));
  const random = new SeededRandom(run.seed);
  const server = await ServerProcesses.start(databaseUrl, 2, random.fork());
  try {
    const devices: ChaosDevice[] = [];
    for (let d = 0; d < DEVICES; d++) devices.push(await ChaosDevice.enrol(server, `d${String(d)}`, d === COACH ? 'coach' : 'kiosk', clock, random.fork()));
    for (const dev of devices) await dev.client.sync().catch(() => undefined);
    const world = new World(server, devices, clock, new SeededIds(random.fork(), clock));
    for (const action of run.actions) await world.run(action);
    await expectConverged(world);
    return server.kills;
  } finally {
    await server.dispose();
  }
}

describe.skipIf(!url)('sync chaos across two server processes on one Postgres (skipped without DATABASE_URL)', () => {
  it(
    'converges with nothing lost and nothing duplicated while requests switch processes and processes are killed mid-request',
    async () => {
      const kills = { midRequest: 0, restarts: 0 };
      await fc.assert(
        fc.asyncProperty(chaosRun, async (run) => {
          const seen = await runOnTwoProcesses(url ?? '', run);
          kills.midRequest += seen.midRequest;
          kills.restarts += seen.restarts;
        }),
        { numRuns: RUNS, endOnFailure: true, ...REPLAY },
      );
      // Guard against a vacuous pass: processes did die under the tablets and came back.
      expect(kills.midRequest).toBeGreaterThanOrEqual(RUNS);
      expect(kills.restarts).toBeGreaterThanOrEqual(2 * RUNS);
    },
    10 * 60_000,
  );
});
