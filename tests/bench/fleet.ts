/**
 * The simulated fleet for the sync benchmark, run in a child process of its
 * own (`runFleet` forks this file), so the tablets' HTTP clients neither
 * share the server's event loop nor its connection pool: the server sees
 * them as it would see hundreds of tablets on the network. Each tablet has
 * its own keep-alive connections from its own loopback address (agentFetch),
 * enrols with its own code, then pushes in each phase of the job. The
 * enrolment and batch helpers serve the open-loop run too (sync/openLoopFleet.ts).
 */
import { performance } from 'node:perf_hooks';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type EnrolResponse, type Mutation } from '#shared/protocol.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { TransportError, type Transport } from '#sync/Transport.ts';
import { agentFetch } from './agentFetch.ts';
import { completion } from './benchData.ts';
import { childTask } from './childProcess.ts';

export interface FleetSlot {
  readonly code: string;
  readonly teamId: string;
  readonly memberIds: readonly string[];
  /** A task of the team that the tablet's events finish. */
  readonly taskId: string;
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

export interface SimDevice {
  /** Its push connection. */
  readonly transport: Transport;
  /** A second connection for the long poll and the pulls it leads to, as a browser opens more than one. */
  readonly watchTransport: Transport;
  readonly token: string;
  readonly teamId: string;
  readonly node: string;
  readonly memberIds: readonly string[];
  readonly taskId: string;
  seq: number;
  made: number;
}

/** The next `count` finished tasks of a tablet, as its outbox would send them. */
export function nextBatch(d: SimDevice, count: number, sentIds: string[]): Mutation[] {
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

/** Loopback address of the i-th simulated tablet: 127.0.1.1, 127.0.1.2, … (Linux answers the whole 127/8). */
function tabletAddress(i: number): string {
  return `127.0.${String(1 + Math.floor(i / 250))}.${String(1 + (i % 250))}`;
}

/**
 * Enrols one tablet as a person would: past the server's budget for everyone (a whole fleet at
 * once is more than a minute's enrolments for a real server process), wait and type it again.
 */
async function enrolPatiently(transport: Transport, code: string): Promise<EnrolResponse> {
  for (;;) {
    try {
      return await transport.enrol({ type: 'enrol', protocolVersion: PROTOCOL_VERSION, code, deviceName: 'bench fleet' });
    } catch (error) {
      if (!(error instanceof TransportError) || error.code !== 'enrol_rate_limited') throw error;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/**
 * Enrols every slot over HTTP, `concurrency` at a time, each tablet from an
 * address of its own and on connections of its own (opened by the enrolment
 * and kept alive). `close` ends every connection.
 */
export async function enrolSimDevices(baseUrl: string, slots: readonly FleetSlot[], concurrency: number): Promise<{ devices: SimDevice[]; close: () => void }> {
  const devices: SimDevice[] = [];
  const connections: (() => void)[] = [];
  for (let i = 0; i < slots.length; i += concurrency) {
    const enrolled = await Promise.all(
      slots.slice(i, i + concurrency).map(async (slot, j): Promise<SimDevice> => {
        const localAddress = tabletAddress(i + j);
        const line = agentFetch({ localAddress });
        const watchLine = agentFetch({ localAddress });
        connections.push(line.close, watchLine.close);
        const transport = httpTransport(baseUrl, line.fetch);
        const e = await enrolPatiently(transport, slot.code);
        return { transport, watchTransport: httpTransport(baseUrl, watchLine.fetch), token: e.token, teamId: slot.teamId, node: e.deviceId.replaceAll('-', ''), memberIds: slot.memberIds, taskId: slot.taskId, seq: 0, made: 0 };
      }),
    );
    devices.push(...enrolled);
  }
  return {
    devices,
    close: () => {
      for (const close of connections) close();
    },
  };
}

async function runJob(job: FleetJob): Promise<FleetReport> {
  const t0 = performance.now();
  const { devices, close } = await enrolSimDevices(job.baseUrl, job.slots, job.enrolConcurrency);
  const enrolSeconds = (performance.now() - t0) / 1000;

  const sentIds: string[] = [];
  const random = seededRandom(0x5c4a);
  const phases: FleetPhaseReport[] = [];
  for (const phase of job.phases) phases.push(await runPhase(devices, phase, job.retries, sentIds, random));
  close();
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** mulberry32: the same pacing on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs the job in a child process of its own and waits for its report. */
export const runFleet = childTask(import.meta.url, runJob);
