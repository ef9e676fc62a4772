/**
 * One target's results (a database and process count): the figures of every
 * phase, the targets issue 13 sets, and which of them were met. Targets are
 * reported, never asserted.
 */
import type { DeliveryCheck } from '#tests/bench/benchData.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { round } from '#tests/bench/meters.ts';
import type { BurstReport } from './burst.ts';
import type { DrainReport } from './drain.ts';
import type { OpenLoopResult } from './openLoop.ts';
import type { PullReport } from './pull.ts';

export const TARGETS = {
  drainSecondsMax: 5,
  drainRatioMin: 0.5,
  pullSecondsMax: 10,
  burstRatioMin: 0.5,
  openLoopP95MsMax: 50,
  openLoopErrors: 0,
  lost: 0,
  duplicated: 0,
} as const;

function totals(...checks: DeliveryCheck[]): { lost: number; duplicated: number } {
  return { lost: checks.reduce((n, c) => n + c.lost, 0), duplicated: checks.reduce((n, c) => n + c.duplicated, 0) };
}

export function runReport(target: BenchTarget, drain: DrainReport, pull: PullReport, burst: BurstReport, openLoop: OpenLoopResult, seconds: number) {
  const { lost, duplicated } = totals(drain.check, burst.check, openLoop.check);
  const drainRatio = drain.rawInsertSeconds / drain.drainSeconds;
  const met = {
    drainSeconds: drain.drainSeconds <= TARGETS.drainSecondsMax,
    drainRatio: drainRatio >= TARGETS.drainRatioMin,
    pullSeconds: pull.seconds <= TARGETS.pullSecondsMax,
    burstRatio: burst.burstRatio >= TARGETS.burstRatioMin,
    openLoopP95Ms: openLoop.openLoopP95Ms <= TARGETS.openLoopP95MsMax,
    openLoopErrors: openLoop.errors <= TARGETS.openLoopErrors,
    lost: lost <= TARGETS.lost,
    duplicated: duplicated <= TARGETS.duplicated,
  };
  return {
    database: target.storage,
    processes: target.processes,
    // Server meters exist only for a server in the benchmark's process; otherwise every figure is the client's view.
    serverInBenchProcess: target.meters !== null,
    drainRatio: round(drainRatio, 3),
    burstEventsPerSecond: Math.round(burst.burstEventsPerSecond),
    rawInsertEventsPerSecond: Math.round(burst.rawInsertEventsPerSecond),
    burstRatio: round(burst.burstRatio, 3),
    openLoopP95Ms: openLoop.openLoopP95Ms,
    openLoopErrors: openLoop.errors,
    lost,
    duplicated,
    targets: TARGETS,
    met,
    missed: Object.entries(met).filter(([, ok]) => !ok).map(([name]) => name),
    drain: {
      events: drain.pushed,
      seconds: round(drain.drainSeconds, 3),
      eventsPerSecond: Math.round(drain.pushed / drain.drainSeconds),
      rawInsertRows: drain.events,
      rawInsertSeconds: round(drain.rawInsertSeconds, 3),
      rawInsertRowsPerSecond: Math.round(drain.events / drain.rawInsertSeconds),
      pullBackRows: drain.pulledBack,
      pullBackSeconds: round(drain.pullBackSeconds, 3),
      writeLocalSeconds: round(drain.writeSeconds, 3),
      check: { ...drain.check, rejected: drain.rejected, outboxBefore: drain.outboxBefore, outboxAfter: drain.outboxAfter, highWaterMark: drain.highWaterMark },
      breakdown: { drain: drain.drainBreakdown, pullBack: drain.pullBackBreakdown },
    },
    pull: { rows: pull.pulled, localRows: pull.localRows, seconds: round(pull.seconds, 3), breakdown: pull.pullBreakdown },
    burst: {
      devices: burst.devices,
      ...burst.burst,
      rawInsertRows: burst.rawInsertRows,
      rawInsertSeconds: round(burst.rawInsertSeconds, 3),
      check: burst.check,
    },
    paced: burst.paced,
    openLoop,
    runSeconds: round(seconds, 1),
  };
}
