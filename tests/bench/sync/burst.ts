/**
 * Burst and paced: many simulated tablets (a child process, fleet.ts) push
 * small batches. The burst has every tablet send its pushes back to back,
 * all starting together; its events acknowledged per wall second are set
 * against the same number of rows INSERTed straight into the same database
 * in batches of one push (burstRatio). The paced run then spreads the same
 * pushes out, for latency under steady load.
 */
import { checkDelivery, completion, createTeam, rawInsert, serverHlc } from '#tests/bench/benchData.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { runFleet, type FleetPhase, type FleetPhaseReport } from '#tests/bench/fleet.ts';
import { percentile, round } from '#tests/bench/meters.ts';
import { TABLETS_PER_TEAM } from './benchConfig.ts';
import { fleetTeams } from './fleetTeams.ts';
import { log } from './log.ts';

export const PUSH_ROUNDS = 5;
export const EVENTS_PER_PUSH = 10;
/** The paced run: each tablet pushes every 4 s on average. */
export const PACED_MEAN_GAP_MS = 4_000;
export const PUSH_RETRIES = 3;
export const ENROL_CONCURRENCY = 20;
const FLEET_LIMIT_MS = 5 * 60_000;

export type BurstReport = Awaited<ReturnType<typeof burstPhase>>;

export function latencySummary(p: FleetPhaseReport) {
  return {
    requests: p.latencies.length,
    p50Ms: round(percentile(p.latencies, 50), 1),
    p95Ms: round(percentile(p.latencies, 95), 1),
    p99Ms: round(percentile(p.latencies, 99), 1),
    maxMs: round(percentile(p.latencies, 100), 1),
    seconds: round(p.seconds, 3),
    requestsPerSecond: Math.round(p.latencies.length / p.seconds),
    errors: p.errors,
    failed: p.failed,
    statuses: p.statuses,
  };
}

export async function burstPhase(target: BenchTarget, devices: number) {
  log(`${String(devices)} simulated kiosks in teams of ${String(TABLETS_PER_TEAM)} enrol over HTTP from a child process (not timed)`);
  const teams = await fleetTeams(target.db, 'Bench Team', devices, TABLETS_PER_TEAM);
  const burst: FleetPhase = { name: 'burst', rounds: PUSH_ROUNDS, eventsPerPush: EVENTS_PER_PUSH, meanGapMs: 0 };
  const paced: FleetPhase = { name: 'paced', rounds: PUSH_ROUNDS, eventsPerPush: EVENTS_PER_PUSH, meanGapMs: PACED_MEAN_GAP_MS };
  log(`then push: a burst (all at once, back to back), then paced (one push per tablet every ${String(PACED_MEAN_GAP_MS / 1000)} s on average)`);
  const report = await runFleet({ baseUrl: target.baseUrl, slots: teams.slots, phases: [burst, paced], retries: PUSH_RETRIES, enrolConcurrency: ENROL_CONCURRENCY }, FLEET_LIMIT_MS);
  const phase = (name: string) => {
    const found = report.phases.find((p) => p.name === name);
    if (!found) throw new Error(`the fleet did not run its ${name} phase`);
    for (const message of found.errorMessages) log(`${name} push error: ${message}`);
    return found;
  };
  const check = await checkDelivery(target.db, teams.teamIds, 'taskCompletion', report.sentIds);
  const burstReport = phase('burst');
  const acknowledged = (burstReport.statuses['applied'] ?? 0) + (burstReport.statuses['duplicate'] ?? 0);

  const rawRows = report.devices * PUSH_ROUNDS * EVENTS_PER_PUSH;
  log(`raw INSERT baseline: ${String(rawRows)} rows in batches of ${String(EVENTS_PER_PUSH)}`);
  const rawTeam = await createTeam(target.db, 'Bench Burst Raw');
  const [device] = await target.db.query<{ id: string }>('SELECT id FROM devices WHERE team_id = ANY($1::uuid[]) LIMIT 1', [[...teams.teamIds]]);
  if (!device) throw new Error('no fleet tablet is enrolled');
  const start = new Date();
  const memberIds = teams.slots[0]?.memberIds ?? [];
  const rows = Array.from({ length: rawRows }, (_, i) => completion(rawTeam, memberIds, [rawTeam], i, start));
  const rawInsertSeconds = await rawInsert(target.db, rawTeam, device.id, rows, EVENTS_PER_PUSH, serverHlc(start));

  const burstEventsPerSecond = acknowledged / burstReport.seconds;
  const rawInsertEventsPerSecond = rawRows / rawInsertSeconds;
  return {
    devices: report.devices,
    burst: { ...latencySummary(burstReport), acknowledgedEvents: acknowledged },
    paced: { ...latencySummary(phase('paced')), offeredRequestsPerSecond: Math.round((report.devices * 1000) / PACED_MEAN_GAP_MS) },
    burstEventsPerSecond,
    rawInsertRows: rawRows,
    rawInsertSeconds,
    rawInsertEventsPerSecond,
    burstRatio: burstEventsPerSecond / rawInsertEventsPerSecond,
    check,
  };
}
