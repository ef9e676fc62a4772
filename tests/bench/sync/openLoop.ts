/**
 * The open-loop run of a whole workshop: many tablets, each holding a long
 * poll and pushing a few events every period with jitter, for a fixed time
 * (openLoopFleet.ts, in a child process). Reports push latency from each
 * push's scheduled time, errors, and the server's rows against what was sent.
 */
import { checkDelivery } from '#tests/bench/benchData.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { percentile, round } from '#tests/bench/meters.ts';
import { TABLETS_PER_TEAM } from './benchConfig.ts';
import { fleetTeams } from './fleetTeams.ts';
import { log } from './log.ts';
import { runOpenLoopFleet, type OpenLoopJob } from './openLoopFleet.ts';

export const OPEN_LOOP_PERIOD_MS = 10_000;
export const OPEN_LOOP_JITTER_MS = 2_000;
export const OPEN_LOOP_EVENTS_PER_PUSH = 5;
const ENROL_CONCURRENCY = 20;
/** Enrolment and the first catch-up come on top of the run itself. */
const SETUP_LIMIT_MS = 5 * 60_000;

export type OpenLoopResult = Awaited<ReturnType<typeof openLoopPhase>>;

function summary(samples: readonly number[]) {
  return { count: samples.length, p50Ms: round(percentile(samples, 50), 1), p95Ms: round(percentile(samples, 95), 1), p99Ms: round(percentile(samples, 99), 1), maxMs: round(percentile(samples, 100), 1) };
}

export async function openLoopPhase(target: BenchTarget, devices: number, seconds: number) {
  log(`open loop: ${String(devices)} tablets in teams of ${String(TABLETS_PER_TEAM)} enrol (not timed), then each holds a long poll and pushes ${String(OPEN_LOOP_EVENTS_PER_PUSH)} events every ${String(OPEN_LOOP_PERIOD_MS / 1000)} ± ${String(OPEN_LOOP_JITTER_MS / 1000)} s for ${String(seconds)} s`);
  const teams = await fleetTeams(target.db, 'Bench Workshop', devices, TABLETS_PER_TEAM);
  const job: OpenLoopJob = {
    baseUrl: target.baseUrl,
    slots: teams.slots,
    seconds,
    periodMs: OPEN_LOOP_PERIOD_MS,
    jitterMs: OPEN_LOOP_JITTER_MS,
    eventsPerPush: OPEN_LOOP_EVENTS_PER_PUSH,
    enrolConcurrency: ENROL_CONCURRENCY,
  };
  const report = await runOpenLoopFleet(job, seconds * 1000 + SETUP_LIMIT_MS);
  for (const message of report.errorMessages) log(`open loop error: ${message}`);
  const check = await checkDelivery(target.db, teams.teamIds, 'taskCompletion', report.sentIds);
  const push = summary(report.pushLatencies);
  return {
    devices: report.devices,
    seconds: round(report.seconds, 3),
    enrolSeconds: round(report.enrolSeconds, 3),
    offeredPushesPerSecond: round((report.devices * 1000) / OPEN_LOOP_PERIOD_MS, 1),
    scheduledPushes: report.scheduledPushes,
    openLoopP95Ms: push.p95Ms,
    push,
    pushStatuses: report.pushStatuses,
    pushErrors: report.pushErrors,
    clientTimerLag: summary(report.timerLags),
    longPoll: { waits: report.waits, wakeUps: report.wakeUps, catchUp: summary(report.pullLatencies), errors: report.watchErrors },
    errors: report.pushErrors + report.watchErrors,
    check,
  };
}
