/**
 * The open-loop workshop, run in a child process of its own (openLoop.ts
 * forks it): every tablet holds a long poll (`/api/sync/wait`) on one
 * connection, pulls when it says the team changed, and on another
 * connection pushes a few events on a schedule of its own, every period
 * with jitter. The schedule is fixed before the run; a push fires at its
 * time whether or not the tablet's earlier push has been answered, and its
 * latency counts from that scheduled time, so a slow server cannot slow
 * down the load that measures it (no coordinated omission).
 */
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import type { Transport } from '#sync/Transport.ts';
import { childTask } from '#tests/bench/childProcess.ts';
import { enrolSimDevices, nextBatch, seededRandom, sleep, type FleetSlot, type SimDevice } from '#tests/bench/fleet.ts';

export interface OpenLoopJob {
  readonly baseUrl: string;
  readonly slots: readonly FleetSlot[];
  readonly seconds: number;
  readonly periodMs: number;
  /** Each gap between a tablet's pushes is periodMs ± up to jitterMs. */
  readonly jitterMs: number;
  readonly eventsPerPush: number;
  readonly enrolConcurrency: number;
}

export interface OpenLoopReport {
  readonly devices: number;
  readonly enrolSeconds: number;
  /** From the first scheduled push to the last answer. */
  readonly seconds: number;
  readonly scheduledPushes: number;
  /** Milliseconds from each push's scheduled time to its answer. */
  readonly pushLatencies: readonly number[];
  /** Milliseconds the client's own timer fired late: the share of latency that is this process, not the server. */
  readonly timerLags: readonly number[];
  readonly pushStatuses: Readonly<Record<string, number>>;
  readonly pushErrors: number;
  /** Long polls answered (changed or not), and of those, the ones that said the team changed. */
  readonly waits: number;
  readonly wakeUps: number;
  /** Milliseconds per catch-up after a wake-up (every page until hasMore is false). */
  readonly pullLatencies: readonly number[];
  readonly watchErrors: number;
  readonly errorMessages: readonly string[];
  readonly sentIds: readonly string[];
}

interface Tally {
  waits: number;
  wakeUps: number;
  watchErrors: number;
  readonly pullLatencies: number[];
  readonly errorMessages: string[];
}

const WATCH_RETRY_MS = 1_000;
const CATCH_UP_CONCURRENCY = 20;

function remember(tally: Tally, error: unknown): void {
  if (tally.errorMessages.length < 5) tally.errorMessages.push(error instanceof Error ? error.message : String(error));
}

/** Pulls from `cursor` until the server has nothing more; resolves to the new cursor. */
async function catchUp(transport: Transport, token: string, cursor: number | null): Promise<number | null> {
  let at = cursor;
  for (;;) {
    const page = await transport.pull(token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: at, recordVersions: recordVersions() });
    at = page.cursor;
    if (!page.hasMore) return at;
  }
}

/** The tablet's ChangeWatcher, reduced to its requests: wait, and on a change pull, until stopped. */
async function watch(d: SimDevice, start: number | null, stop: AbortSignal, tally: Tally): Promise<void> {
  // A function, not the field: the signal may abort while we await.
  const stopped = () => stop.aborted;
  let cursor = start;
  while (!stopped()) {
    try {
      const answer = await d.watchTransport.wait(d.token, { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor }, stop);
      tally.waits += 1;
      if (!answer.changed) continue;
      tally.wakeUps += 1;
      const t0 = performance.now();
      cursor = await catchUp(d.watchTransport, d.token, cursor);
      tally.pullLatencies.push(performance.now() - t0);
    } catch (error) {
      if (stopped()) return;
      tally.watchErrors += 1;
      remember(tally, error);
      await sleep(WATCH_RETRY_MS);
    }
  }
}

/** Offsets (ms from the start) of one tablet's pushes: the first anywhere in the first period, then period ± jitter. */
function schedule(job: OpenLoopJob, random: () => number): number[] {
  const times: number[] = [];
  for (let at = random() * job.periodMs; at < job.seconds * 1000; at += job.periodMs + (random() * 2 - 1) * job.jitterMs) times.push(at);
  return times;
}

async function runOpenLoop(job: OpenLoopJob): Promise<OpenLoopReport> {
  let t = performance.now();
  const { devices, close } = await enrolSimDevices(job.baseUrl, job.slots, job.enrolConcurrency);
  const enrolSeconds = (performance.now() - t) / 1000;

  // Every tablet starts up to date, as one that has been on all morning; not measured.
  const cursors: (number | null)[] = [];
  for (let i = 0; i < devices.length; i += CATCH_UP_CONCURRENCY) {
    cursors.push(...(await Promise.all(devices.slice(i, i + CATCH_UP_CONCURRENCY).map((d) => catchUp(d.watchTransport, d.token, null)))));
  }

  const tally: Tally = { waits: 0, wakeUps: 0, watchErrors: 0, pullLatencies: [], errorMessages: [] };
  const stop = new AbortController();
  // One listener per open long poll, by design: every tablet holds one.
  setMaxListeners(devices.length + 10, stop.signal);
  const watchers = devices.map((d, i) => watch(d, cursors[i] ?? null, stop.signal, tally));

  const random = seededRandom(0x0be7);
  const plan = devices.map((d) => ({ d, times: schedule(job, random) }));
  const sentIds: string[] = [];
  const pushLatencies: number[] = [];
  const timerLags: number[] = [];
  const pushStatuses: Record<string, number> = {};
  let pushErrors = 0;
  const push = async (d: SimDevice, scheduledAt: number): Promise<void> => {
    timerLags.push(performance.now() - scheduledAt);
    const mutations = nextBatch(d, job.eventsPerPush, sentIds);
    try {
      const response = await d.transport.push(d.token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations });
      pushLatencies.push(performance.now() - scheduledAt);
      for (const r of response.results) pushStatuses[r.status] = (pushStatuses[r.status] ?? 0) + 1;
    } catch (error) {
      pushErrors += 1;
      remember(tally, error);
    }
  };

  t = performance.now();
  const pushes = plan.flatMap(({ d, times }) =>
    times.map(
      (at) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            void push(d, t + at).then(resolve);
          }, at);
        }),
    ),
  );
  await Promise.all(pushes);
  const seconds = (performance.now() - t) / 1000;
  stop.abort();
  await Promise.all(watchers);
  close();
  return {
    devices: devices.length,
    enrolSeconds,
    seconds,
    scheduledPushes: pushes.length,
    pushLatencies,
    timerLags,
    pushStatuses,
    pushErrors,
    waits: tally.waits,
    wakeUps: tally.wakeUps,
    pullLatencies: tally.pullLatencies,
    watchErrors: tally.watchErrors,
    errorMessages: tally.errorMessages,
    sentIds,
  };
}

/** Runs the open loop in a child process of its own and waits for its report. */
export const runOpenLoopFleet = childTask(import.meta.url, runOpenLoop);
