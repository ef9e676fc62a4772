/**
 * The sizes of a `bench:sync` run. The defaults are the figures issue 13
 * asks for; the BENCH_* variables shrink a run to check that every phase
 * still completes (a short run's figures are not the benchmark's).
 */
export interface SyncBenchConfig {
  /** Which targets to run, by label; default: pglite-1, and postgres-1 and postgres-2 when DATABASE_URL is set. */
  readonly runs: readonly string[];
  readonly databaseUrl: string | undefined;
  readonly memory: boolean;
  readonly drainEvents: number;
  readonly pullRows: number;
  /** Burst and paced phases: this many tablets, in teams of TABLETS_PER_TEAM. */
  readonly burstDevices: number;
  readonly openLoopDevices: number;
  readonly openLoopSeconds: number;
}

export const TABLETS_PER_TEAM = 10;

const ALL_RUNS = ['pglite-1', 'postgres-1', 'postgres-2'] as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${raw}"`);
  return value;
}

export function readSyncBenchConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): SyncBenchConfig {
  const databaseUrl = env['DATABASE_URL'] === '' ? undefined : env['DATABASE_URL'];
  const available = ALL_RUNS.filter((run) => run === 'pglite-1' || databaseUrl !== undefined);
  const asked = env['BENCH_RUNS']?.split(',').map((r) => r.trim()).filter((r) => r !== '');
  const runs = asked === undefined || asked.length === 0 ? available : asked;
  for (const run of runs) {
    if (!(ALL_RUNS as readonly string[]).includes(run)) throw new Error(`BENCH_RUNS: unknown run "${run}"; use ${ALL_RUNS.join(', ')}`);
    if (!(available as readonly string[]).includes(run)) throw new Error(`BENCH_RUNS: ${run} needs DATABASE_URL`);
  }
  return {
    runs,
    databaseUrl,
    memory: argv.includes('--memory'),
    drainEvents: positiveInt(env, 'BENCH_DRAIN_EVENTS', 10_000),
    pullRows: positiveInt(env, 'BENCH_PULL_ROWS', 50_000),
    burstDevices: positiveInt(env, 'BENCH_BURST_DEVICES', 200),
    openLoopDevices: positiveInt(env, 'BENCH_OPEN_LOOP_DEVICES', 400),
    openLoopSeconds: positiveInt(env, 'BENCH_OPEN_LOOP_SECONDS', 60),
  };
}
