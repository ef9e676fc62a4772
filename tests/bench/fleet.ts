/**
 * The simulated fleet for the sync benchmark, run in a child process of its
 * own (`runFleet` forks this file), so the tablets' HTTP clients neither
 * share the server's event loop nor its connection pool: the server sees
 * them as it would see 200 tablets on the network. Each tablet has its own
 * keep-alive connection (agentFetch), enrols over it with its own code, then
 * pushes in each phase of the job.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation } from '#shared/protocol.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import type { Transport } from '#sync/Transport.ts';
import { agentFetch } from './agentFetch.ts';
import { completion } from './benchData.ts';

export interface FleetSlot {
  readonly code: string;
  readonly teamId: string;
  readonly memberIds: readonly string[];
}

/**
 * One way of pushing: every tablet sends `rounds` pushes of `eventsPerPush`
 * events. With `meanGapMs` 0 they all start at once and push back to back
 * (a burst); otherwise each waits a random 0..2×meanGapMs before each push.
 */
export interface FleetPhase {
  readonly name: string;
  readonly rounds: number;
  readonly eventsPerPush: number;
  readonly meanGapMs: number;
}

export interface FleetJob {
  readonly baseUrl: string;
  readonly slots: readonly FleetSlot[];
  readonly phases: readonly FleetPhase[];
  readonly retries: number;
  readonly enrolConcurrency: number;
}

export interface FleetPhaseReport {
  readonly name: string;
  readonly seconds: number;
  /** Milliseconds per successful push request, as the tablet saw it. */
  readonly latencies: readonly number[];
  readonly statuses: Readonly<Record<string, number>>;
  readonly errors: number;
  /** Pushes still failing after every retry; their events count as lost if the server lacks them. */
  readonly failed: number;
  readonly errorMessages: readonly string[];
}

export interface FleetReport {
  readonly devices: number;
  readonly enrolSeconds: number;
  readonly phases: readonly FleetPhaseReport[];
  /** Every event id sent in every phase. */
  readonly sentIds: readonly string[];
}

interface SimDevice {
  readonly transport: Transport;
  readonly token: string;
  readonly teamId: string;
  readonly node: string;
  readonly memberIds: readonly string[];
  readonly taskId: string;
  seq: number;
  made: number;
}

/** The next `count` finished tasks of a tablet, as its outbox would send them. */
function nextBatch(d: SimDevice, count: number, sentIds: string[]): Mutation[] {
  const nowMs = Date.now();
  return Array.from({ length: count }, (): Mutation => {
    const record = completion(d.teamId, d.memberIds, [d.taskId], d.made, new Date(nowMs));
    d.made += 1;
    d.seq += 1;
    sentIds.push(record.id);
    return {
      mutationId: uuidv7(),
      seq: d.seq,
      kind: 'taskCompletion',
      recordId: record.id,
      op: 'insert',
      data: { ...record },
      baseVersion: null,
      hlc: formatHlc({ wallMs: nowMs, counter: d.seq, node: d.node }),
      actorMemberId: record.memberId,
      schemaVersion: recordKindDefinition('taskCompletion').version,
    };
  });
}

async function runJob(job: FleetJob): Promise<FleetReport> {
  const t0 = performance.now();
  const devices: SimDevice[] = [];
  const connections: (() => void)[] = [];
  for (let i = 0; i < job.slots.length; i += job.enrolConcurrency) {
    const enrolled = await Promise.all(
      job.slots.slice(i, i + job.enrolConcurrency).map(async (slot): Promise<SimDevice> => {
        // Its own connection, opened by the enrolment and kept alive for the pushes.
        const line = agentFetch();
        connections.push(line.close);
        const transport = httpTransport(job.baseUrl, line.fetch);
        const e = await transport.enrol({ type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: slot.code, deviceName: 'bench fleet' });
        return { transport, token: e.token, teamId: slot.teamId, node: e.deviceId.replaceAll('-', ''), memberIds: slot.memberIds, taskId: uuidv7(), seq: 0, made: 0 };
      }),
    );
    devices.push(...enrolled);
  }
  const enrolSeconds = (performance.now() - t0) / 1000;

  const sentIds: string[] = [];
  const random = seededRandom(0x5c4a);
  const phases: FleetPhaseReport[] = [];
  for (const phase of job.phases) phases.push(await runPhase(devices, phase, job.retries, sentIds, random));
  for (const close of connections) close();
  return { devices: devices.length, enrolSeconds, phases, sentIds };
}

async function runPhase(devices: readonly SimDevice[], phase: FleetPhase, retries: number, sentIds: string[], random: () => number): Promise<FleetPhaseReport> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorMessages: string[] = [];
  let errors = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    devices.map(async (d) => {
      for (let round = 0; round < phase.rounds; round++) {
        if (phase.meanGapMs > 0) await sleep(random() * 2 * phase.meanGapMs);
        const mutations = nextBatch(d, phase.eventsPerPush, sentIds);
        for (let attempt = 1; ; attempt++) {
          const start = performance.now();
          try {
            const response = await d.transport.push(d.token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations });
            latencies.push(performance.now() - start);
            for (const r of response.results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
            break;
          } catch (error) {
            errors += 1;
            if (errorMessages.length < 5) errorMessages.push(error instanceof Error ? error.message : String(error));
            if (attempt >= retries) {
              failed += 1;
              break;
            }
          }
        }
      }
    }),
  );
  return { name: phase.name, seconds: (performance.now() - t0) / 1000, latencies, statuses, errors, failed, errorMessages };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** mulberry32: the same pacing on every run. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Forks this file, hands it the job, and waits for its report. */
export async function runFleet(job: FleetJob, timeoutMs: number): Promise<FleetReport> {
  const child = fork(fileURLToPath(import.meta.url), ['--fleet-child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<FleetReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the fleet did not finish within ${String(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.once('message', (message) => {
      clearTimeout(timer);
      const report = message as FleetReport | { error: string };
      if ('error' in report) reject(new Error(`fleet: ${report.error}`));
      else resolve(report);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the fleet process ended (${String(code)}) without a report`));
    });
    child.send(job);
  });
}

if (process.argv.includes('--fleet-child')) {
  process.once('disconnect', () => process.exit(3));
  process.once('message', (job: FleetJob) => {
    runJob(job)
      .then((report) => report, (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
      .then((reply) => {
        process.send?.(reply, () => process.exit(0));
      })
      .catch(() => process.exit(1));
  });
}
